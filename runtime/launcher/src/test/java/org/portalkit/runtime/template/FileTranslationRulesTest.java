package org.portalkit.runtime.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.opencms.util.CmsResourceTranslator;
import org.portalkit.runtime.provision.WebappProvisioner;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The file name translation rules of opencms-vfs.xml, run through OpenCms' own translator: Vietnamese names
 * become readable ASCII names instead of "x" runs.
 */
class FileTranslationRulesTest {

    @Test
    void vietnameseFileNamesBecomeReadable() throws Exception {
        CmsResourceTranslator translator = new CmsResourceTranslator(rules(), true); // as OpenCms builds its file translator
        assertEquals("Hoi_nghi_So_ket_cong_tac_6_thang_dau_nam_2020.pdf",
            translator.translateResource("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.pdf"));
        assertEquals("Dang_ky_uu_dai_Thuong_binh.docx", translator.translateResource("Đăng ký ưu đãi Thương binh.docx"));
        assertEquals("Bao_cao_x_quy_1.xlsx", translator.translateResource("Báo cáo – quý 1.xlsx"), "other symbols still become x");
    }

    private static String[] rules() throws Exception {
        String xml = WebappProvisioner.readTemplates().get("WEB-INF/config/opencms-vfs.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = ((org.w3c.dom.Element)doc.getElementsByTagName("filetranslations").item(0)).getElementsByTagName("translation");
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            rules.add(nodes.item(i).getTextContent());
        }
        return rules.toArray(new String[0]);
    }
}

package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portalkit.it.TestNews.params;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pk-notice type in the real server: OpenCms knows it from the module import and runs its schema's validation
 * rules (as the content editor does, through the fixture probe) with the Vietnamese texts of the notices bundle.
 */
@ExtendWith(PortalRuntimeExtension.class)
class NoticesIT {

    private static String noticeXml(String title, String number, String attachment) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkNotices xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.notices/schemas/notice.xsd\">\n"
            + "<PkNotice language=\"vi\"><Title><![CDATA[" + title + "]]></Title>"
            + "<Number><![CDATA[" + number + "]]></Number>"
            + "<IssuingUnit><![CDATA[Sở Lao động - Thương binh và Xã hội]]></IssuingUnit>"
            + "<IssueDate>1700000000000</IssueDate><Pinned>false</Pinned>"
            + (attachment == null ? "" : "<Attachment><File><link type=\"WEAK\"><target><![CDATA[" + attachment
                + "]]></target></link></File></Attachment>")
            + "</PkNotice>\n</PkNotices>\n";
    }

    @Test
    void theNoticeSchemaIsValidatedByOpenCmsWithVietnameseTexts(RunningPortal portal) throws Exception {
        Properties vi = new Properties();
        Path file = Paths.get(System.getProperty("portalkit.dist"))
            .resolve("../../../../module-notices/src/main/resources/org/portalkit/notices/messages_vi.properties").normalize();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            vi.load(reader);
        }
        String result = portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type",
            "pk-notice", "locale", "vi", "xml", noticeXml("", "Số 125 / TB", "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg")));
        assertTrue(result.startsWith("errors yes"), result);
        for (String key : new String[] {"error.PkNotice.Title", "error.PkNotice.Number", "error.PkNoticeAttachment.File"}) {
            assertTrue(result.contains(vi.getProperty(key)), key + " (" + vi.getProperty(key) + ") missing in:\n" + result);
        }
        assertEquals("errors no", portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(),
            "type", "pk-notice", "locale", "vi", "xml", noticeXml("Thông báo tuyển dụng viên chức năm 2026",
                "125/TB-SLĐTBXH", null))));
    }
}

package org.portalkit.build.module.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes {@code manifest.xml} in the OpenCms export version 10 layout:
 * {@code <export><info/><module/><files/></export>}. Element names and their order follow
 * {@code opencms-import10.dtd} for {@code info} and {@code files}, and what OpenCms 11's module reader
 * ({@code CmsModuleXmlHandler}) reads for {@code module}.
 */
public final class ManifestWriter {

    private ManifestWriter() {
    }

    public static byte[] write(Manifest manifest) {
        return toXml(manifest).getBytes(StandardCharsets.UTF_8);
    }

    public static String toXml(Manifest manifest) {
        IndentingXmlBuilder xml = new IndentingXmlBuilder();
        xml.start("export");
        writeInfo(xml, manifest);
        writeModule(xml, manifest);
        writeFiles(xml, manifest);
        xml.end();
        return xml.build();
    }

    private static void writeInfo(IndentingXmlBuilder xml, Manifest manifest) {
        xml.start("info")
            .text("creator", manifest.creator())
            .text("opencms_version", manifest.opencmsVersion())
            .text("createdate", manifest.timestamp().headerDate())
            .text("infoproject", Manifest.INFO_PROJECT)
            .text("export_version", Manifest.EXPORT_VERSION)
            .end();
    }

    private static void writeModule(IndentingXmlBuilder xml, Manifest manifest) {
        ModuleDescriptor module = manifest.module();
        xml.start("module")
            .text("name", module.name())
            .text("nicename", module.niceName())
            .text("group", module.group())
            .text("class", module.actionClass());
        if (module.importSite() != null && !module.importSite().isBlank()) {
            xml.text("import-site", module.importSite());
        }
        xml.empty("export-mode", "name", "default")
            .text("description", module.description())
            .text("version", module.version())
            .text("authorname", module.authorName())
            .text("authoremail", module.authorEmail())
            .text("datecreated", manifest.timestamp().headerDate())
            .text("userinstalled", null)
            .text("dateinstalled", null);
        writeList(xml, "dependencies", module.dependencies().isEmpty());
        module.dependencies().forEach(d -> xml.empty("dependency", "name", d.name(), "version", d.version()));
        endList(xml, module.dependencies().isEmpty());
        writeList(xml, "exportpoints", module.exportPoints().isEmpty());
        module.exportPoints().forEach(p -> xml.empty("exportpoint", "uri", p.uri(), "destination", p.destination()));
        endList(xml, module.exportPoints().isEmpty());
        writeList(xml, "resources", module.resources().isEmpty());
        module.resources().forEach(r -> xml.empty("resource", "uri", r));
        endList(xml, module.resources().isEmpty());
        xml.text("excluderesources", null);
        writeList(xml, "parameters", module.parameters().isEmpty());
        for (Map.Entry<String, String> parameter : module.parameters().entrySet()) {
            xml.textWithAttributes("param", parameter.getValue(), "name", parameter.getKey());
        }
        endList(xml, module.parameters().isEmpty());
        writeFragment(xml, "resourcetypes", module.resourceTypes());
        writeFragment(xml, "explorertypes", module.explorerTypes());
        xml.end();
    }

    private static void writeFiles(IndentingXmlBuilder xml, Manifest manifest) {
        String date = manifest.timestamp().headerDate();
        xml.start("files");
        for (ManifestFile file : manifest.files()) {
            xml.start("file");
            if (file.source() != null) {
                xml.text("source", file.source());
            }
            xml.text("destination", file.destination()).text("type", file.type());
            if (file.structureId() != null) {
                xml.text("uuidstructure", file.structureId());
            }
            if (file.resourceId() != null) {
                xml.text("uuidresource", file.resourceId());
            }
            if (file.owned()) {
                String fileDate = file.lastModified() == null ? date : BuildTimestamp.of(file.lastModified()).headerDate();
                xml.text("datelastmodified", fileDate)
                    .text("userlastmodified", manifest.creator())
                    .text("datecreated", date)
                    .text("usercreated", manifest.creator())
                    .text("flags", "0");
            }
            writeList(xml, "properties", file.properties().isEmpty());
            for (ManifestProperty property : file.properties()) {
                if (property.shared()) {
                    xml.start("property", "type", "shared");
                } else {
                    xml.start("property");
                }
                xml.text("name", property.name()).text("value", property.value()).end();
            }
            endList(xml, file.properties().isEmpty());
            if (file.owned()) {
                xml.text("relations", null);
                writeList(xml, "accesscontrol", file.accessEntries().isEmpty());
                for (ManifestAccessEntry entry : file.accessEntries()) {
                    xml.start("accessentry")
                        .text("uuidprincipal", entry.principal())
                        .text("flags", Integer.toString(entry.flags()))
                        .start("permissionset")
                        .text("allowed", Integer.toString(entry.allowed()))
                        .text("denied", Integer.toString(entry.denied()))
                        .end()
                        .end();
                }
                endList(xml, file.accessEntries().isEmpty());
            }
            xml.end();
        }
        xml.end();
    }

    private static void writeList(IndentingXmlBuilder xml, String name, boolean empty) {
        if (empty) {
            xml.text(name, null);
        } else {
            xml.start(name);
        }
    }

    private static void endList(IndentingXmlBuilder xml, boolean empty) {
        if (!empty) {
            xml.end();
        }
    }

    private static void writeFragment(IndentingXmlBuilder xml, String name, XmlFragment fragment) {
        if (fragment == null || fragment.isEmpty()) {
            return;
        }
        xml.start(name).raw(fragment.innerXml()).end();
    }
}

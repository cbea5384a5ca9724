package org.portalkit.runtime.standins;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Minimal class file reader for the tests: reads the constant pool, super class, interfaces and declared members
 * of every class in a set of jars, so the tests can find what the real OpenCms / Solr bytecode expects from the
 * stand-ins without loading (and initialising) those classes.
 */
final class ClassFileIndex {

    /** A field or method reference from a constant pool. */
    record MemberRef(String referrer, String owner, String name, String descriptor, boolean method, boolean onInterface) {

        @Override
        public String toString() {
            return owner.replace('/', '.') + "." + name + (method ? "" : ":") + descriptor + "  (used by "
                + referrer.replace('/', '.') + ")";
        }
    }

    /** The parts of a class file the tests need. */
    record ClassInfo(
        String name,
        int access,
        String superName,
        List<String> interfaces,
        Set<String> declaredMembers,
        Set<String> abstractMethods,
        Set<String> referencedClasses,
        List<MemberRef> memberRefs) {

        boolean isInterface() {
            return (access & 0x0200) != 0;
        }

        boolean isAbstract() {
            return (access & 0x0400) != 0;
        }
    }

    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z0-9_$/]+)[;<]");

    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();

    /**
     * Reads all classes of the given jars.
     *
     * @param jars the jar files
     * @return the index
     * @throws IOException if a jar cannot be read
     */
    static ClassFileIndex of(List<Path> jars) throws IOException {
        ClassFileIndex index = new ClassFileIndex();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String entryName = entry.getName();
                    if (!entryName.endsWith(".class") || entryName.startsWith("META-INF/")
                        || entryName.endsWith("module-info.class")) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        ClassInfo info = read(in.readAllBytes());
                        index.classes.putIfAbsent(info.name(), info);
                    }
                }
            }
        }
        return index;
    }

    /**
     * Returns the jar a class resource is loaded from.
     *
     * @param resourceName e.g. {@code org/apache/solr/core/SolrCore.class}
     * @return the jar path
     */
    static Path jarContaining(String resourceName) {
        URL url = ClassFileIndex.class.getClassLoader().getResource(resourceName);
        if ((url == null) || !"jar".equals(url.getProtocol())) {
            throw new IllegalStateException("Not found in a jar on the test class path: " + resourceName + " -> " + url);
        }
        String spec = url.getPath();
        try {
            return Paths.get(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, ClassInfo> classes() {
        return Collections.unmodifiableMap(classes);
    }

    ClassInfo get(String internalName) {
        return classes.get(internalName);
    }

    private static ClassInfo read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("Not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("Unknown constant pool tag " + tag + " at " + i);
            }
        }
        int access = in.readUnsignedShort();
        String name = utf8[first[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? null : utf8[first[superIndex]];
        int interfaceCount = in.readUnsignedShort();
        List<String> interfaces = new ArrayList<>();
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(utf8[first[in.readUnsignedShort()]]);
        }
        Set<String> declared = new HashSet<>();
        Set<String> abstractMethods = new HashSet<>();
        for (int kind = 0; kind < 2; kind++) {
            int memberCount = in.readUnsignedShort();
            for (int m = 0; m < memberCount; m++) {
                int memberAccess = in.readUnsignedShort();
                String memberName = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                declared.add(memberName + descriptor);
                if ((kind == 1) && ((memberAccess & 0x0400) != 0)) {
                    abstractMethods.add(memberName + descriptor);
                }
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    in.readUnsignedShort();
                    in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
                }
            }
        }

        Set<String> referenced = new HashSet<>();
        List<MemberRef> refs = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            switch (tags[i]) {
                case 7 -> referenced.add(elementType(utf8[first[i]]));
                case 1 -> {
                    Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(utf8[i]);
                    while (matcher.find()) {
                        referenced.add(matcher.group(1));
                    }
                }
                case 9, 10, 11 -> {
                    String owner = elementType(utf8[first[first[i]]]);
                    if (owner == null) {
                        continue; // e.g. clone() on a primitive array
                    }
                    int nameAndType = second[i];
                    refs.add(new MemberRef(name, owner, utf8[first[nameAndType]], utf8[second[nameAndType]],
                        tags[i] != 9, tags[i] == 11));
                }
                default -> {
                    // not needed
                }
            }
        }
        referenced.remove(null);
        return new ClassInfo(name, access, superName, interfaces, declared, abstractMethods, referenced, refs);
    }

    /** Maps array class names such as {@code [Lorg/x/Y;} to {@code org/x/Y}; primitive arrays to {@code null}. */
    private static String elementType(String className) {
        if (!className.startsWith("[")) {
            return className;
        }
        String element = className.replaceFirst("^\\[+", "");
        return element.startsWith("L") ? element.substring(1, element.length() - 1) : null;
    }
}

package org.portalkit.runtime.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cryptix.jce.provider.CryptixCrypto;

/**
 * Checks the stand-ins against the real bytecode of opencms-core 11.0.2 and solr-core 8.0.0: every class of the
 * three replaced libraries that this bytecode references must exist in the stand-ins, every field, method and
 * constructor it references on them must resolve with the exact descriptor, and sub classes in OpenCms/Solr must
 * find a compatible super type. Fails with the list of what is missing.
 */
class StandInCoverageTest {

    /** Package prefixes (internal names) of the libraries the stand-ins replace. */
    static final List<String> REPLACED_PACKAGES = List.of("cryptix/", "org/restlet/", "org/tepi/filtertable/");

    private static ClassFileIndex index;

    @BeforeAll
    static void readRealBytecode() throws IOException {
        index = ClassFileIndex.of(List.of(
            ClassFileIndex.jarContaining("org/opencms/main/OpenCmsCore.class"),
            ClassFileIndex.jarContaining("org/apache/solr/core/SolrCore.class")));
        assertTrue(index.classes().size() > 5000, "suspiciously few classes read: " + index.classes().size());
    }

    static boolean isReplaced(String internalName) {
        return REPLACED_PACKAGES.stream().anyMatch(internalName::startsWith);
    }

    /** @return referenced class (internal name) -> classes referring to it */
    static TreeMap<String, Set<String>> referencedReplacedClasses() {
        TreeMap<String, Set<String>> result = new TreeMap<>();
        index.classes().values().forEach(info -> info.referencedClasses().stream().filter(StandInCoverageTest::isReplaced).forEach(
            ref -> result.computeIfAbsent(ref, k -> new TreeSet<>()).add(info.name())));
        return result;
    }

    @Test
    void everyReferencedClassExistsInTheStandIns() {
        TreeMap<String, Set<String>> referenced = referencedReplacedClasses();
        // guard against a broken scan: these are known references
        assertTrue(referenced.containsKey("cryptix/jce/provider/CryptixCrypto"), referenced.keySet().toString());
        assertTrue(referenced.containsKey("org/restlet/resource/ResourceException"), referenced.keySet().toString());
        assertTrue(referenced.containsKey("org/tepi/filtertable/FilterTable"), referenced.keySet().toString());

        List<String> missing = new ArrayList<>();
        for (var entry : referenced.entrySet()) {
            Class<?> standIn = load(entry.getKey());
            if (standIn == null) {
                missing.add(entry.getKey().replace('/', '.') + "  (used by " + entry.getValue() + ")");
            } else {
                assertEquals(standInLocation(), location(standIn),
                    standIn + " was not loaded from the stand-ins but from elsewhere");
            }
        }
        assertTrue(missing.isEmpty(), "Classes referenced by OpenCms/Solr but missing from the stand-ins:\n"
            + String.join("\n", missing));
    }

    @Test
    void everyStandInIsReferenced() throws IOException {
        Set<String> referenced = referencedReplacedClasses().keySet();
        Set<String> standIns;
        try (Stream<Path> files = Files.walk(standInLocation())) {
            standIns = files.map(p -> standInLocation().relativize(p).toString().replace('\\', '/')).filter(
                p -> p.endsWith(".class")).map(p -> p.substring(0, p.length() - ".class".length())).collect(
                    Collectors.toCollection(TreeSet::new));
        }
        standIns.removeIf(name -> name.contains("$"));
        assertEquals(new TreeSet<>(referenced), standIns, "stand-ins should be exactly the referenced classes");
    }

    @Test
    void everyReferencedMemberResolves() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ClassFileIndex.ClassInfo info : index.classes().values()) {
            for (ClassFileIndex.MemberRef ref : info.memberRefs()) {
                String standInOwner = standInDeclaringSearchStart(ref);
                if (standInOwner == null) {
                    continue;
                }
                checked++;
                Class<?> owner = load(standInOwner);
                if (owner == null) {
                    failures.add("owner class missing: " + ref);
                } else if (isReplaced(ref.owner()) && ref.method() && (owner.isInterface() != ref.onInterface())) {
                    failures.add("class/interface mismatch for " + ref);
                } else if (!resolves(owner, ref)) {
                    failures.add("not found: " + ref);
                }
            }
        }
        assertTrue(checked > 100, "suspiciously few member references checked: " + checked);
        assertTrue(failures.isEmpty(), "Members referenced by OpenCms/Solr that the stand-ins do not provide:\n"
            + failures.stream().sorted().distinct().collect(Collectors.joining("\n")));
    }

    @Test
    void subclassesInOpenCmsAndSolrFitTheirStandInSuperTypes() {
        List<String> failures = new ArrayList<>();
        for (ClassFileIndex.ClassInfo info : index.classes().values()) {
            if ((info.superName() != null) && isReplaced(info.superName())) {
                Class<?> parent = load(info.superName());
                if ((parent == null) || parent.isInterface() || Modifier.isFinal(parent.getModifiers())) {
                    failures.add(info.name() + " cannot extend " + parent);
                    continue;
                }
                if (!info.isAbstract() && !info.isInterface()) {
                    for (Class<?> c = parent; c != null; c = c.getSuperclass()) {
                        for (Method m : c.getDeclaredMethods()) {
                            if (Modifier.isAbstract(m.getModifiers())
                                && !implementedBelow(info, parent, m.getName() + descriptor(m))) {
                                failures.add(info.name() + " does not implement abstract " + m);
                            }
                        }
                    }
                }
            }
            for (String iface : info.interfaces()) {
                if (isReplaced(iface)) {
                    Class<?> type = load(iface);
                    if ((type == null) || !type.isInterface()) {
                        failures.add(info.name() + " cannot implement " + type);
                    } else if (!info.isAbstract() && !info.isInterface()) {
                        for (Method m : type.getMethods()) {
                            if (Modifier.isAbstract(m.getModifiers())
                                && !info.declaredMembers().contains(m.getName() + descriptor(m))) {
                                failures.add(info.name() + " does not implement " + m);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void cryptixProviderCanBeRegistered() {
        CryptixCrypto provider = new CryptixCrypto();
        assertEquals("CryptixCrypto", provider.getName());
        assertTrue(provider.getServices().isEmpty());
        try {
            assertTrue(java.security.Security.addProvider(provider) > 0);
        } finally {
            java.security.Security.removeProvider(provider.getName());
        }
        assertFalse(Set.of(java.security.Security.getProviders()).contains(provider));
    }

    /**
     * Where JVM resolution of a reference would look into a stand-in: the owner itself if it is a replaced class,
     * or - for references on OpenCms/Solr classes - the first stand-in super class reached before a declaration
     * is found.
     */
    private static String standInDeclaringSearchStart(ClassFileIndex.MemberRef ref) {
        if (isReplaced(ref.owner())) {
            return ref.owner();
        }
        String current = ref.owner();
        while (current != null) {
            ClassFileIndex.ClassInfo info = index.get(current);
            if (info == null) {
                return isReplaced(current) ? current : null;
            }
            if (info.declaredMembers().contains(ref.name() + ref.descriptor())) {
                return null;
            }
            current = info.superName();
        }
        return null;
    }

    private static boolean implementedBelow(ClassFileIndex.ClassInfo info, Class<?> standInParent, String member) {
        ClassFileIndex.ClassInfo current = info;
        while (current != null) {
            if (current.declaredMembers().contains(member) && !current.abstractMethods().contains(member)) {
                return true;
            }
            current = current.superName() == null ? null : index.get(current.superName());
        }
        for (Class<?> c = standInParent; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (member.equals(m.getName() + descriptor(m)) && !Modifier.isAbstract(m.getModifiers())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean resolves(Class<?> owner, ClassFileIndex.MemberRef ref) {
        if (!ref.method()) {
            for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(ref.name()) && f.getType().descriptorString().equals(ref.descriptor())
                        && !Modifier.isPrivate(f.getModifiers())) {
                        return true;
                    }
                }
            }
            return false;
        }
        if ("<init>".equals(ref.name())) {
            for (Constructor<?> c : owner.getDeclaredConstructors()) {
                if (descriptor(c).equals(ref.descriptor()) && !Modifier.isPrivate(c.getModifiers())) {
                    return true;
                }
            }
            return false;
        }
        List<Class<?>> search = new ArrayList<>();
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            search.add(c);
        }
        for (int i = 0; i < search.size(); i++) {
            for (Class<?> iface : search.get(i).getInterfaces()) {
                if (!search.contains(iface)) {
                    search.add(iface);
                }
            }
        }
        if (owner.isInterface()) {
            search.add(Object.class);
        }
        for (Class<?> c : search) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(ref.name()) && descriptor(m).equals(ref.descriptor())
                    && !Modifier.isPrivate(m.getModifiers())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String descriptor(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    private static String descriptor(Constructor<?> c) {
        return MethodType.methodType(void.class, c.getParameterTypes()).toMethodDescriptorString();
    }

    private static Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, StandInCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Path standInLocation() {
        return location(CryptixCrypto.class);
    }

    private static Path location(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.portalkit.runtime.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsProject;
import org.opencms.file.CmsProperty;
import org.opencms.importexport.CmsImportParameters;
import org.opencms.main.CmsShell;
import org.opencms.main.I_CmsShellCommands;
import org.opencms.main.OpenCms;
import org.opencms.module.CmsModule;
import org.opencms.module.CmsModuleImportExportHandler;
import org.opencms.module.CmsModuleVersion;
import org.opencms.report.CmsShellReport;
import org.opencms.report.I_CmsReport;

/**
 * Shell commands that {@code ./install} runs inside OpenCms, either in an offline shell on a stopped
 * web application or through the remote shell of a running one.
 *
 * <p>Every command is idempotent, so running the installer twice changes nothing. A failing command is
 * recorded; {@link OfflineShell} turns a recorded failure into a non-zero exit code.</p>
 *
 * <p>The Admin password never appears in a script: {@link #pkLogin()} reads it from the environment
 * variable {@value #ENV_ADMIN_PASSWORD}.</p>
 */
public class PortalShellCommands implements I_CmsShellCommands {

    /** Environment variable holding the Admin password. */
    public static final String ENV_ADMIN_PASSWORD = "PORTALKIT_ADMIN_PASSWORD";

    /** Environment variable set to {@code true} on the very first start (Admin still has OpenCms' default password). */
    public static final String ENV_FIRST_START = "PORTALKIT_FIRST_START";

    /** Name of the offline project created by {@link #pkSetup()}. */
    public static final String OFFLINE_PROJECT = "Offline";

    /** Name of the marker module that switches on the ADE machinery (containers, formatters, .config). */
    public static final String BASE_MODULE = "org.opencms.base";

    /** Suffix of the side files that describe seeded resources. */
    public static final String META_SUFFIX = ".meta.properties";

    private static final String OPENCMS_DEFAULT_ADMIN_PASSWORD = "admin";

    /** Prefix of PortalKit rows in CMS_COUNTERS (see org.portalkit.core.counter.internal.JdbcCounterStore). */
    static final String COUNTER_NAME_PREFIX = "portalkit:";

    private final List<String> m_failures = Collections.synchronizedList(new ArrayList<>());
    private CmsObject m_cms;
    private CmsShell m_shell;

    @Override
    public void initShellCmsObject(CmsObject cms, CmsShell shell) {
        m_cms = cms;
        m_shell = shell;
    }

    @Override
    public void shellExit() {
        // nothing to clean up
    }

    @Override
    public void shellStart() {
        // no banner: the installer prints its own progress
    }

    /** @return the failures recorded so far, in order */
    public List<String> getFailures() {
        return new ArrayList<>(m_failures);
    }

    /**
     * Logs in as Admin with the password from {@value #ENV_ADMIN_PASSWORD}. On the first start, where Admin
     * still has the OpenCms default password, the default is replaced by the given one.
     */
    public void pkLogin() {
        run("login", () -> {
            String password = System.getenv(ENV_ADMIN_PASSWORD);
            if ((password == null) || password.isEmpty()) {
                throw new IllegalStateException("The Admin password is missing: set " + ENV_ADMIN_PASSWORD + ".");
            }
            if (Boolean.parseBoolean(System.getenv(ENV_FIRST_START))) {
                try {
                    m_cms.loginUser("Admin", OPENCMS_DEFAULT_ADMIN_PASSWORD);
                    m_cms.setPassword("Admin", OPENCMS_DEFAULT_ADMIN_PASSWORD, password);
                    out("Replaced the default Admin password.");
                } catch (Exception e) {
                    // already replaced on an earlier, interrupted first start
                }
            }
            try {
                m_cms.loginUser("Admin", password);
            } catch (Exception e) {
                throw new IllegalStateException("Login as Admin failed: wrong password.", e);
            }
            m_cms.getRequestContext().setSiteRoot("");
            if (projectExists(OFFLINE_PROJECT)) {
                m_cms.getRequestContext().setCurrentProject(m_cms.readProject(OFFLINE_PROJECT));
            }
            out("Logged in as Admin.");
        });
    }

    /**
     * First-start setup, safe to repeat: the Offline project, access control entries on "/", the site and
     * shared folders and the ADE marker module.
     */
    public void pkSetup() {
        run("setup", () -> {
            m_cms.getRequestContext().setSiteRoot("");
            if (!projectExists(OFFLINE_PROJECT)) {
                CmsProject offline = m_cms.createProject(
                    OFFLINE_PROJECT,
                    "The project where editors work",
                    OpenCms.getDefaultUsers().getGroupUsers(),
                    OpenCms.getDefaultUsers().getGroupAdministrators(),
                    CmsProject.PROJECT_TYPE_NORMAL);
                m_cms.getRequestContext().setCurrentProject(offline);
                m_cms.copyResourceToProject("/");
                out("Created the Offline project.");
            }
            m_cms.getRequestContext().setCurrentProject(m_cms.readProject(OFFLINE_PROJECT));
            m_cms.lockResource("/");
            m_cms.chacc("/", "group", OpenCms.getDefaultUsers().getGroupAdministrators(), "+r+v+w+c+d+i");
            m_cms.chacc("/", "group", OpenCms.getDefaultUsers().getGroupUsers(), "+r+v+i");
            m_cms.chacc("/", "group", OpenCms.getDefaultUsers().getGroupGuests(), "+r+v+i");
            m_cms.unlockResource("/");
            for (String folder : new String[] {"/sites/", "/sites/default/", "/shared/", "/system/modules/", "/system/categories/"}) {
                ensureFolder(folder);
            }
            for (String editable : new String[] {"/sites/", "/shared/"}) {
                m_cms.lockResource(editable);
                m_cms.chacc(editable, "group", OpenCms.getDefaultUsers().getGroupUsers(), "+r+v+w+c+d+i");
                m_cms.unlockResource(editable);
            }
            if (!OpenCms.getModuleManager().hasModule(BASE_MODULE)) {
                CmsModule base = new CmsModule(
                    BASE_MODULE,
                    "ADE marker module",
                    "PortalKit runtime",
                    null,
                    null,
                    null,
                    false,
                    CmsModule.ExportMode.DEFAULT,
                    "Presence of this module switches on container pages, formatters and .config files.",
                    new CmsModuleVersion("11.0.2"),
                    "PortalKit",
                    null,
                    System.currentTimeMillis(),
                    null,
                    0L,
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    Collections.emptyMap());
                OpenCms.getModuleManager().addModule(m_cms, base);
                out("Added the " + BASE_MODULE + " marker module.");
            }
            out("Setup complete.");
        });
    }

    /**
     * Installs a module ZIP: imports it when the module is new, otherwise replaces it in place
     * (OpenCms keeps existing content when structure ids are stable).
     *
     * @param zipPath path of the module ZIP in the server's file system
     */
    public void pkInstallModule(String zipPath) {
        run("install module " + zipPath, () -> {
            File zip = new File(zipPath);
            if (!zip.isFile()) {
                throw new IllegalArgumentException("Module ZIP not found: " + zipPath);
            }
            CmsModule module = CmsModuleImportExportHandler.readModuleFromImport(zip.getAbsolutePath());
            CmsModule installed = OpenCms.getModuleManager().getModule(module.getName());
            if (installed == null) {
                out("Importing module " + module.getName() + " " + module.getVersionStr() + " …");
                I_CmsReport report = new CmsShellReport(Locale.ENGLISH);
                OpenCms.getImportExportManager().importData(
                    m_cms,
                    report,
                    new CmsImportParameters(zip.getAbsolutePath(), "/", true));
                failOnReportErrors(report);
            } else {
                out("Updating module " + module.getName() + " " + installed.getVersionStr() + " → " + module.getVersionStr() + " …");
                upgrade(installed, zip);
            }
            if (!OpenCms.getModuleManager().hasModule(module.getName())) {
                throw new IllegalStateException("Module " + module.getName() + " is not installed after import.");
            }
            markAclChangesForPublishing(OpenCms.getModuleManager().getModule(module.getName()));
            recordInstalledChecksum(module.getName(), sha256(zip.toPath()));
            out("Installed " + module.getName() + " " + OpenCms.getModuleManager().getModule(module.getName()).getVersionStr());
        });
    }

    /**
     * Prints one line per installed module: {@code MODULE <name> <version> <sha256>}, the SHA-256 being
     * that of the ZIP {@link #pkInstallModule(String)} last installed ({@code -} for modules installed
     * otherwise). The installer compares them with its ZIPs to skip modules that are up to date.
     */
    public void pkModuleInfo() {
        run("list modules", () -> {
            Properties sums = readInstalledChecksums();
            for (CmsModule module : OpenCms.getModuleManager().getAllInstalledModules()) {
                out(MODULE_INFO_PREFIX + module.getName() + " " + module.getVersionStr() + " "
                    + sums.getProperty(module.getName() + "@" + module.getVersionStr(), "-"));
            }
        });
    }

    /**
     * Prints a phase marker for the installer (which shows the phases of a script as they begin).
     *
     * @param marker the marker text
     */
    public void pkPhase(String marker) {
        out(marker);
    }

    /** Prefix of the lines {@link #pkModuleInfo()} prints. */
    public static final String MODULE_INFO_PREFIX = "MODULE ";

    private static Path installedChecksumsFile() {
        return Paths.get(OpenCms.getSystemInfo().getPackagesRfsPath(), "portalkit-installed-modules.properties");
    }

    private static Properties readInstalledChecksums() throws IOException {
        Properties sums = new Properties();
        Path file = installedChecksumsFile();
        if (Files.isRegularFile(file)) {
            try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                sums.load(reader);
            }
        }
        return sums;
    }

    private static synchronized void recordInstalledChecksum(String module, String sha256) throws IOException {
        Properties sums = readInstalledChecksums();
        sums.stringPropertyNames().stream().filter(k -> k.startsWith(module + "@")).forEach(sums::remove);
        CmsModule installed = OpenCms.getModuleManager().getModule(module);
        sums.setProperty(module + "@" + installed.getVersionStr(), sha256);
        Path file = installedChecksumsFile();
        Files.createDirectories(file.getParent());
        try (java.io.Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            sums.store(writer, "SHA-256 of the module ZIPs installed by PortalKit's installer");
        }
    }

    private static String sha256(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /**
     * Replaces an installed module; if that fails, puts the previous release back: first the module's
     * resources are reverted to their published (Online) state, then, if OpenCms dropped or changed the
     * module's registration, the release exported just before the upgrade is imported again.
     */
    private void upgrade(CmsModule installed, File zip) throws Exception {
        String name = installed.getName();
        String previousVersion = installed.getVersionStr();
        File backup = exportBackup(installed);
        try {
            I_CmsReport report = new CmsShellReport(Locale.ENGLISH);
            OpenCms.getModuleManager().replaceModule(m_cms, zip.getAbsolutePath(), report);
            failOnReportErrors(report);
        } catch (Throwable failure) {
            out("Upgrade of " + name + " failed; restoring " + previousVersion + " …");
            for (String root : installed.getResources()) {
                revertToOnline(root);
            }
            CmsModule now = OpenCms.getModuleManager().getModule(name);
            if ((now == null) || !previousVersion.equals(now.getVersionStr())) {
                I_CmsReport report = new CmsShellReport(Locale.ENGLISH);
                OpenCms.getModuleManager().replaceModule(m_cms, backup.getAbsolutePath(), report);
            }
            throw new IllegalStateException("The upgrade of " + name + " failed and " + previousVersion
                + " was kept: " + describe(failure), failure);
        }
    }

    private File exportBackup(CmsModule installed) throws Exception {
        File dir = new File(OpenCms.getSystemInfo().getPackagesRfsPath(), "backups");
        dir.mkdirs();
        File backup = new File(dir, installed.getName() + "_" + installed.getVersionStr() + "_" + System.currentTimeMillis() + ".zip");
        CmsModuleImportExportHandler handler = CmsModuleImportExportHandler.getExportHandler(m_cms, installed, "backup before upgrade");
        handler.setFileName(backup.getAbsolutePath());
        I_CmsReport report = new CmsShellReport(Locale.ENGLISH);
        OpenCms.getImportExportManager().exportData(m_cms, handler, report);
        failOnReportErrors(report);
        out("Saved " + installed.getName() + " " + installed.getVersionStr() + " to " + backup);
        return backup;
    }

    /**
     * An update in place sets the access control entries a release declares (e.g. guests may not read
     * the module's lib folder) but leaves a resource whose content did not change "unchanged", so the
     * publish that follows would not take the new entries Online. This marks such resources changed.
     */
    private void markAclChangesForPublishing(CmsModule module) throws Exception {
        m_cms.getRequestContext().setSiteRoot("");
        CmsObject online = OpenCms.initCmsObject(m_cms);
        online.getRequestContext().setCurrentProject(online.readProject(CmsProject.ONLINE_PROJECT_ID));
        for (String root : module.getResources()) {
            if (!m_cms.existsResource(root, org.opencms.file.CmsResourceFilter.ALL)) {
                continue;
            }
            List<org.opencms.file.CmsResource> resources = new ArrayList<>();
            resources.add(m_cms.readResource(root, org.opencms.file.CmsResourceFilter.ALL));
            if (resources.get(0).isFolder()) {
                resources.addAll(m_cms.readResources(root, org.opencms.file.CmsResourceFilter.ALL, true));
            }
            for (org.opencms.file.CmsResource resource : resources) {
                String path = resource.getRootPath();
                if (!resource.getState().isUnchanged() || !online.existsResource(path, org.opencms.file.CmsResourceFilter.ALL)) {
                    continue;
                }
                if (!aclText(m_cms, path).equals(aclText(online, path))) {
                    m_cms.lockResource(path);
                    m_cms.setDateLastModified(path, System.currentTimeMillis(), false);
                    m_cms.unlockResource(path);
                    out("Access control of " + path + " changed; it is published with the module.");
                }
            }
        }
    }

    private static java.util.Set<String> aclText(CmsObject cms, String path) throws Exception {
        java.util.Set<String> entries = new java.util.TreeSet<>();
        for (org.opencms.security.CmsAccessControlEntry entry : cms.getAccessControlEntries(path, false)) {
            entries.add(entry.getPrincipal() + " " + entry.getPermissions().getPermissionString() + " " + entry.getFlags());
        }
        return entries;
    }

    private void revertToOnline(String rootPath) {
        try {
            m_cms.getRequestContext().setSiteRoot("");
            if (!m_cms.existsResource(rootPath, org.opencms.file.CmsResourceFilter.ALL)) {
                return;
            }
            m_cms.lockResource(rootPath);
            // resources the failed release added exist only offline: remove them
            for (org.opencms.file.CmsResource res : m_cms.readResources(rootPath, org.opencms.file.CmsResourceFilter.ALL, true)) {
                if (res.getState().isNew() && m_cms.existsResource(res.getRootPath(), org.opencms.file.CmsResourceFilter.ALL)) {
                    m_cms.deleteResource(res.getRootPath(), org.opencms.file.CmsResource.DELETE_PRESERVE_SIBLINGS);
                }
            }
            if (m_cms.readResource(rootPath, org.opencms.file.CmsResourceFilter.ALL).getState().isNew()) {
                m_cms.deleteResource(rootPath, org.opencms.file.CmsResource.DELETE_PRESERVE_SIBLINGS);
                return;
            }
            m_cms.undoChanges(rootPath, org.opencms.file.CmsResource.UNDO_CONTENT_RECURSIVE);
            m_cms.unlockResource(rootPath);
        } catch (Exception e) {
            out("Could not revert " + rootPath + ": " + e.getLocalizedMessage());
        }
    }

    /**
     * Creates the resources of a demo content tree that do not exist yet; existing resources (perhaps
     * edited by somebody) are left alone. Each file may have a side file {@code <name>.meta.properties}
     * with {@code type=<resource type>} and {@code property.<name>=<value>} lines. The meta file of a folder
     * that exists already (a site folder) may say {@code existing.properties=add-missing}: the folder then
     * gets those of its properties that it does not have yet.
     *
     * @param dir the folder whose children map to VFS root paths (e.g. {@code dir/sites/default/index.html})
     */
    public void pkSeed(String dir) {
        run("seed " + dir, () -> {
            Path root = Paths.get(dir).toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("Demo content folder not found: " + dir);
            }
            m_cms.getRequestContext().setSiteRoot("");
            int created = 0;
            int replaced = 0;
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(p -> !p.equals(root))
                    .map(p -> p.getFileName().toString().endsWith(META_SUFFIX)
                        ? p.resolveSibling(p.getFileName().toString().substring(0, p.getFileName().toString().length() - META_SUFFIX.length()))
                        : p)
                    .distinct()
                    .sorted()
                    .collect(Collectors.toList());
            }
            for (Path path : paths) {
                String vfsPath = "/" + root.relativize(path).toString().replace(File.separatorChar, '/');
                Properties meta = readMeta(path);
                String typeName = meta.getProperty("type", Files.isDirectory(path) ? "folder" : null);
                if (typeName == null) {
                    typeName = OpenCms.getResourceManager().getDefaultTypeForName(path.getFileName().toString()).getTypeName();
                }
                if (!OpenCms.getResourceManager().hasResourceType(typeName)) {
                    out("Skipped " + vfsPath + ": resource type " + typeName + " is not installed.");
                    continue;
                }
                boolean folder = OpenCms.getResourceManager().getResourceType(typeName).isFolder();
                if (folder) {
                    vfsPath = vfsPath + "/";
                }
                List<CmsProperty> props = new ArrayList<>();
                for (String key : meta.stringPropertyNames()) {
                    if (key.startsWith("property.")) {
                        props.add(new CmsProperty(key.substring("property.".length()), meta.getProperty(key), null));
                    }
                }
                if (m_cms.existsResource(vfsPath, org.opencms.file.CmsResourceFilter.ALL)) {
                    if (!folder && replaceIfOutdated(vfsPath, typeName, path, meta, props)) {
                        replaced++;
                    }
                    if (folder && "add-missing".equals(meta.getProperty("existing.properties"))) {
                        addMissingProperties(vfsPath, props);
                    }
                    continue;
                }
                byte[] content = folder ? null : content(path, meta);
                org.opencms.file.CmsResource res = m_cms.createResource(vfsPath, OpenCms.getResourceManager().getResourceType(typeName), content, props);
                if (OpenCms.getResourceManager().getResourceType(typeName) instanceof org.opencms.file.types.CmsResourceTypeXmlContent) {
                    // writing the file applies the schema's mappings (Title property, URL name, release/expiry)
                    m_cms.writeFile(m_cms.readFile(res));
                }
                m_cms.unlockResource(vfsPath);
                seedCounter(meta, res);
                created++;
            }
            out("Seeded " + created + " new resource(s) from " + root + (replaced > 0
                ? "; replaced " + replaced + " unedited one(s) whose type changed." : "."));
        });
    }

    /**
     * Adds to an existing folder the properties of its meta file that it does not have yet ({@code
     * existing.properties=add-missing}, e.g. a site folder that OpenCms's setup created); values somebody set stay.
     */
    private void addMissingProperties(String vfsPath, List<CmsProperty> props) throws Exception {
        List<CmsProperty> missing = new ArrayList<>();
        for (CmsProperty prop : props) {
            if (m_cms.readPropertyObject(vfsPath, prop.getName(), false).isNullProperty()) {
                missing.add(prop);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        m_cms.lockResource(vfsPath);
        m_cms.writePropertyObjects(vfsPath, missing);
        m_cms.unlockResource(vfsPath);
        out("Added " + missing.size() + " missing propert" + (missing.size() == 1 ? "y" : "ies") + " to " + vfsPath + ".");
    }

    /**
     * Replaces, in place (same structure id, so links and counters stay), demo content an earlier release seeded
     * with another resource type and nobody edited since ({@link SeededResource#replaceable}).
     *
     * @return whether it was replaced
     */
    private boolean replaceIfOutdated(String vfsPath, String typeName, Path file, Properties meta, List<CmsProperty> props)
        throws Exception {
        org.opencms.file.CmsResource existing = m_cms.readResource(vfsPath, org.opencms.file.CmsResourceFilter.ALL);
        org.opencms.file.types.I_CmsResourceType type = OpenCms.getResourceManager().getResourceType(typeName);
        if (!SeededResource.replaceable(existing.getTypeId(), type.getTypeId(), existing.getDateCreated(),
            existing.getDateLastModified(), existing.getUserCreated().toString(), existing.getUserLastModified().toString())) {
            return false;
        }
        m_cms.lockResource(vfsPath);
        m_cms.replaceResource(vfsPath, type, content(file, meta), props);
        if (type instanceof org.opencms.file.types.CmsResourceTypeXmlContent) {
            m_cms.writeFile(m_cms.readFile(vfsPath, org.opencms.file.CmsResourceFilter.ALL));
        }
        m_cms.writePropertyObjects(vfsPath, props);
        m_cms.unlockResource(vfsPath);
        out("Replaced " + vfsPath + " (unedited demo content, now of type " + typeName + ").");
        return true;
    }

    /**
     * @return the file's bytes (relative dates of XML contents resolved, {@link DemoDates}), or for {@code generate=jpeg} a picture drawn now
     *     ({@code generate.width}, {@code generate.height}, {@code generate.caption})
     */
    private static byte[] content(Path path, Properties meta) throws IOException {
        String generate = meta.getProperty("generate");
        if (generate == null) {
            byte[] bytes = Files.readAllBytes(path);
            String type = meta.getProperty("type", "");
            if (type.equals("image") || type.equals("binary") || type.isEmpty()) {
                return bytes;
            }
            // XML contents may give dates relative to the seeding day: ${now-3d} (see DemoDates)
            return DemoDates.resolve(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), java.time.Instant.now())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!"jpeg".equals(generate)) {
            throw new IllegalArgumentException("Unknown generator '" + generate + "' for " + path);
        }
        return DemoImage.jpeg(
            Integer.parseInt(meta.getProperty("generate.width", "1200")),
            Integer.parseInt(meta.getProperty("generate.height", "675")),
            meta.getProperty("generate.caption", ""),
            path.getFileName().toString().hashCode());
    }

    /**
     * Imports a start value for a counter ({@code counter.key}, in which {@code ${structureId}} stands for
     * the new resource's structure id, and {@code counter.value}) into OpenCms' CMS_COUNTERS table, so a
     * migrated article keeps its view count. An existing higher value is kept.
     */
    private void seedCounter(Properties meta, org.opencms.file.CmsResource res) throws Exception {
        String key = meta.getProperty("counter.key");
        if (key == null) {
            return;
        }
        // same row name as org.portalkit.core.counter's JDBC store: "portalkit:" + counter key
        key = COUNTER_NAME_PREFIX + key.replace("${structureId}", res.getStructureId().toString());
        int value = Integer.parseInt(meta.getProperty("counter.value", "0").trim());
        try (java.sql.Connection connection = OpenCms.getSqlManager().getConnection(org.opencms.db.CmsDbPool.OPENCMS_DEFAULT_POOL_NAME)) {
            int current = -1;
            try (java.sql.PreparedStatement read = connection.prepareStatement("SELECT COUNTER FROM CMS_COUNTERS WHERE NAME = ?")) {
                read.setString(1, key);
                try (java.sql.ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        current = rs.getInt(1);
                    }
                }
            }
            if (current < 0) {
                try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO CMS_COUNTERS (NAME, COUNTER) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setInt(2, value);
                    insert.executeUpdate();
                }
            } else if (current < value) {
                try (java.sql.PreparedStatement update = connection.prepareStatement("UPDATE CMS_COUNTERS SET COUNTER = ? WHERE NAME = ?")) {
                    update.setInt(1, value);
                    update.setString(2, key);
                    update.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** Publishes the Offline project and waits until publishing (and indexing) has finished. */
    public void pkPublish() {
        run("publish", () -> {
            m_cms.getRequestContext().setCurrentProject(m_cms.readProject(OFFLINE_PROJECT));
            I_CmsReport report = new CmsShellReport(Locale.ENGLISH);
            OpenCms.getPublishManager().publishProject(m_cms, report);
            OpenCms.getPublishManager().waitWhileRunning();
            failOnReportErrors(report);
            out("Published.");
        });
    }

    private void ensureFolder(String path) throws Exception {
        if (!m_cms.existsResource(path)) {
            m_cms.createResource(path, OpenCms.getResourceManager().getResourceType("folder"));
            m_cms.unlockResource(path);
            out("Created " + path);
        }
    }

    private boolean projectExists(String name) {
        try {
            m_cms.readProject(name);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Properties readMeta(Path file) throws IOException {
        Properties meta = new Properties();
        Path metaFile = file.resolveSibling(file.getFileName().toString() + META_SUFFIX);
        if (Files.isRegularFile(metaFile)) {
            try (java.io.Reader reader = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
                meta.load(reader);
            }
        }
        return meta;
    }

    /**
     * Fails with the errors a report collected, in one line: the installer shows the first line of a
     * failure, so the reason must be on it.
     */
    private static void failOnReportErrors(I_CmsReport report) {
        if (report.hasError()) {
            List<String> errors = new ArrayList<>();
            for (Object error : report.getErrors()) {
                String text = describeReportError(error);
                if (!text.isBlank() && !errors.contains(text)) {
                    errors.add(text);
                }
            }
            throw new IllegalStateException(errors.isEmpty() ? "OpenCms reported an error without a message (see the output above)."
                : "OpenCms reported: " + String.join("; ", errors));
        }
    }

    private static String describeReportError(Object error) {
        if (error instanceof Throwable) {
            return describe((Throwable)error);
        }
        if (error instanceof org.opencms.i18n.CmsMessageContainer) {
            return ((org.opencms.i18n.CmsMessageContainer)error).key(Locale.ENGLISH);
        }
        return String.valueOf(error);
    }

    private void out(String line) {
        (m_shell != null ? m_shell.getOut() : System.out).println(line);
    }

    private void run(String what, ThrowingAction action) {
        try {
            action.run();
        } catch (Throwable t) {
            String message = "FAILED " + what + ": " + describe(t).replaceAll("\\s*[\\r\\n]+\\s*", " / ");
            m_failures.add(message);
            (m_shell != null ? m_shell.getErr() : System.err).println(message);
        }
    }

    private static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(String.valueOf(t.getLocalizedMessage()));
        Throwable cause = t.getCause();
        while ((cause != null) && (cause != t)) {
            String more = cause.getLocalizedMessage();
            // a wrapping exception usually repeats its cause's message: say each thing once
            if ((more != null) && !text.toString().contains(more)) {
                text.append(" (").append(more).append(')');
            }
            t = cause;
            cause = cause.getCause();
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}

package org.portalkit.runtime.provision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.db.HsqldbSchemaUpgrade;

class WebappProvisionerTest {

    @TempDir
    Path m_tmp;

    private RuntimeLayout m_layout;
    private Path m_libSource;

    @BeforeEach
    void setUp() throws IOException {

        m_layout = RuntimeLayout.of(m_tmp.resolve("data"));
        m_libSource = Files.createDirectories(m_tmp.resolve("webapp-lib"));
        writeJar(m_libSource.resolve("alpha-1.0.jar"), "alpha");
        writeJar(m_libSource.resolve("beta-2.0.jar"), "beta");
        Files.writeString(m_libSource.resolve("README.txt"), "not a jar");
    }

    @Test
    void firstProvisionWritesTemplatesLibrariesDatabaseAndPassword() throws Exception {

        WebappProvisioner provisioner = provisioner(m_libSource);
        assertTrue(provisioner.provision(), "first provision");

        // every template, rendered with the provisioner's values
        Map<String, String> templates = WebappProvisioner.readTemplates();
        assertTrue(templates.containsKey("WEB-INF/config/opencms.properties"));
        assertTrue(templates.containsKey("WEB-INF/web.xml"));
        assertTrue(templates.containsKey("WEB-INF/solr/solr.xml"));
        TemplateRenderer renderer = new TemplateRenderer(provisioner.templateValues());
        for (Map.Entry<String, String> template : templates.entrySet()) {
            Path file = m_layout.webappDir().resolve(template.getKey());
            assertTrue(Files.isRegularFile(file), file + " missing");
            assertEquals(renderer.render(template.getKey(), template.getValue()), Files.readString(file), template.getKey());
        }
        String properties = Files.readString(m_layout.configDir().resolve("opencms.properties"));
        assertTrue(properties.contains("db.pool.default.jdbcUrl=" + WebappProvisioner.jdbcUrl(m_layout)), properties);
        assertTrue(Files.isDirectory(m_layout.logsDir()));

        // WEB-INF/lib: the jars of the source, byte for byte, and nothing else
        for (String jar : List.of("alpha-1.0.jar", "beta-2.0.jar")) {
            assertArrayEquals(Files.readAllBytes(m_libSource.resolve(jar)), Files.readAllBytes(m_layout.libDir().resolve(jar)), jar);
        }
        assertFalse(Files.exists(m_layout.libDir().resolve("README.txt")));
        assertEquals(List.of("alpha-1.0.jar", "beta-2.0.jar"), Files.readAllLines(m_layout.copiedLibsList()));

        // the database with the OpenCms schema
        assertTrue(provisioner.databaseExists());
        assertTrue(tableExists("CMS_ONLINE_STRUCTURE"));
        assertTrue(tableExists("CMS_OFFLINE_RESOURCES"));
        assertTrue(tableExists("CMS_USERS"));
        assertFalse(tableExists("NO_SUCH_TABLE"), "the table check itself works");

        // the Admin password, readable by its owner only
        Path passwordFile = m_layout.adminPasswordFile();
        String password = Files.readString(passwordFile).trim();
        assertEquals(20, password.length(), password);
        assertTrue(password.matches("[A-Za-z0-9]{20}"), password);
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
    }

    @Test
    void secondProvisionKeepsConfigurationDatabaseAndPasswordButRefreshesTheRest() throws Exception {

        assertTrue(provisioner(m_libSource).provision());
        Path modulesXml = m_layout.configDir().resolve("opencms-modules.xml");
        String edited = Files.readString(modulesXml).replace("<modules/>", "<modules><module><name>m.x</name></module></modules>");
        Files.writeString(modulesXml, edited);
        Path webXml = m_layout.webInfDir().resolve("web.xml");
        String originalWebXml = Files.readString(webXml);
        Files.writeString(webXml, "<web-app/>");
        Path log4j = m_layout.classesDir().resolve("log4j2.xml");
        Files.delete(log4j);
        String password = Files.readString(m_layout.adminPasswordFile());
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO CMS_COUNTERS (NAME, COUNTER) VALUES ('pk-test', 42)");
        }

        assertFalse(provisioner(m_libSource).provision(), "second provision is not a first one");

        assertEquals(edited, Files.readString(modulesXml), "OpenCms' own changes to WEB-INF/config survive");
        assertEquals(originalWebXml, Files.readString(webXml), "web.xml is refreshed");
        assertTrue(Files.isRegularFile(log4j), "log4j2.xml is written again");
        assertEquals(password, Files.readString(m_layout.adminPasswordFile()), "the password stays");
        try (Connection connection = connect();
            Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT COUNTER FROM CMS_COUNTERS WHERE NAME = 'pk-test'")) {
            assertTrue(rows.next(), "the database was not re-created");
            assertEquals(42, rows.getInt(1));
        }
    }

    @Test
    void aConfigurationFromAnEarlierReleaseGetsTheGuestAwareAuthorizationHandler() throws Exception {

        assertTrue(provisioner(m_libSource).provision());
        assertEquals(List.of(), provisioner(m_libSource).pendingChanges(), "a fresh provision needs nothing");
        Path systemXml = m_layout.configDir().resolve("opencms-system.xml");
        String fresh = Files.readString(systemXml);
        assertTrue(fresh.contains("org.portalkit.runtime.support.GuestAwareAuthorizationHandler"), "new runtimes have it");
        // as written by a release before the handler existed, plus an edit OpenCms made since
        String older = fresh.replace("org.portalkit.runtime.support.GuestAwareAuthorizationHandler",
            "org.opencms.security.CmsDefaultAuthorizationHandler").replace("<maxkeys>4000</maxkeys>", "<maxkeys>5000</maxkeys>");
        Files.writeString(systemXml, older);

        assertEquals(List.of("WEB-INF/config/opencms-system.xml"), provisioner(m_libSource).pendingChanges());
        assertEquals(older, Files.readString(systemXml), "asking changes nothing");
        assertFalse(provisioner(m_libSource).provision());

        String upgraded = Files.readString(systemXml);
        assertEquals(older.replace("org.opencms.security.CmsDefaultAuthorizationHandler",
            "org.portalkit.runtime.support.GuestAwareAuthorizationHandler"), upgraded, "only the handler changes; OpenCms' edit stays");
        assertEquals(List.of(), provisioner(m_libSource).pendingChanges());
    }

    @Test
    void aConfigurationFromAnEarlierReleaseGetsCleanUrlsAndTheSiteFilesHandler() throws Exception {

        assertTrue(provisioner(m_libSource).provision());
        Path exportXml = m_layout.configDir().resolve("opencms-importexport.xml");
        Path systemXml = m_layout.configDir().resolve("opencms-system.xml");
        String freshExport = Files.readString(exportXml);
        String freshSystem = Files.readString(systemXml);
        assertTrue(freshExport.contains("<vfs-prefix>${CONTEXT_NAME}</vfs-prefix>"), "new runtimes link without /opencms");
        assertTrue(freshSystem.contains("<resourceinithandler class=\"org.portalkit.runtime.support.ModuleResourceInit\"/>"),
            "new runtimes answer robots.txt and the sitemaps");
        // as an earlier release wrote them (and OpenCms rewrote them: the handler list empty)
        String olderExport = freshExport.replace("<vfs-prefix>${CONTEXT_NAME}</vfs-prefix>",
            "<vfs-prefix>${CONTEXT_NAME}${SERVLET_NAME}</vfs-prefix>");
        String olderSystem = freshSystem.replaceAll("(?s)<resourceinit>.*?</resourceinit>", "<resourceinit/>")
            .replace("org.portalkit.runtime.support.GuestAwareAuthorizationHandler", "org.opencms.security.CmsDefaultAuthorizationHandler");
        Files.writeString(exportXml, olderExport);
        Files.writeString(systemXml, olderSystem);

        assertEquals(List.of("WEB-INF/config/opencms-system.xml", "WEB-INF/config/opencms-importexport.xml"),
            provisioner(m_libSource).pendingChanges(), "each file named once");
        assertFalse(provisioner(m_libSource).provision());

        assertTrue(Files.readString(exportXml).contains("<vfs-prefix>${CONTEXT_NAME}</vfs-prefix>"));
        String upgraded = Files.readString(systemXml);
        assertTrue(upgraded.contains("<resourceinithandler class=\"org.portalkit.runtime.support.ModuleResourceInit\"/>"), upgraded);
        assertTrue(upgraded.contains("org.portalkit.runtime.support.GuestAwareAuthorizationHandler"), "both upgrades of the file");
        assertEquals(List.of(), provisioner(m_libSource).pendingChanges());
    }

    @Test
    void aDatabaseAndConfigurationFromAnEarlierReleaseGetThePropertyKeysAndTheSqlManager() throws Exception {

        assertTrue(provisioner(m_libSource).provision());
        Path properties = m_layout.configDir().resolve("opencms.properties");
        String fresh = Files.readString(properties);
        assertTrue(fresh.contains("db.vfs.sqlmanager=org.portalkit.runtime.support.db.HsqldbSqlManager"), fresh);
        // as an earlier release left them: OpenCms' SQL manager, the old key, no schema level recorded
        Files.writeString(properties, fresh.replace("org.portalkit.runtime.support.db.HsqldbSqlManager",
            "org.opencms.db.hsqldb.CmsSqlManager"));
        try (Connection connection = DriverManager.getConnection(WebappProvisioner.jdbcUrl(m_layout), "SA", "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE CMS_OFFLINE_PROPERTIES DROP CONSTRAINT UQ_CMS_OFFLINE_PROPERTIES_MAPPING_DEF");
            statement.execute("ALTER TABLE CMS_OFFLINE_PROPERTIES ADD CONSTRAINT UQ_CMS_OFFLINE_PROPERTIES_DEF_MAPPING"
                + " UNIQUE (PROPERTYDEF_ID, PROPERTY_MAPPING_ID)");
        }
        Files.delete(m_layout.databaseDir().resolve(HsqldbSchemaUpgrade.MARKER_FILE));

        assertEquals(List.of("database keys (schema level 2)", "WEB-INF/config/opencms.properties"),
            provisioner(m_libSource).pendingChanges());
        assertFalse(provisioner(m_libSource).provision());

        assertEquals(fresh, Files.readString(properties), "all five db.*.sqlmanager entries");
        assertEquals(HsqldbSchemaUpgrade.CURRENT_LEVEL, HsqldbSchemaUpgrade.recordedLevel(m_layout.databaseDir()));
        try (Connection connection = DriverManager.getConnection(WebappProvisioner.jdbcUrl(m_layout), "SA", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                 + " WHERE TABLE_NAME = 'CMS_OFFLINE_PROPERTIES' AND CONSTRAINT_TYPE = 'UNIQUE'")) {
            assertTrue(rs.next());
            assertEquals("UQ_CMS_OFFLINE_PROPERTIES_MAPPING_DEF", rs.getString(1));
            assertFalse(rs.next());
        }
        assertEquals(List.of(), provisioner(m_libSource).pendingChanges());
    }

    @Test
    void librariesFollowTheSourceAndModuleJarsStay() throws Exception {

        assertTrue(provisioner(m_libSource).provision());
        // a jar that a module exported to WEB-INF/lib (not in the provisioner's list)
        Path moduleJar = m_layout.libDir().resolve("org.portalkit.news-0.1.0.jar");
        writeJar(moduleJar, "module");

        Files.delete(m_libSource.resolve("beta-2.0.jar"));
        writeJar(m_libSource.resolve("gamma-3.0.jar"), "gamma");
        // a rebuilt jar under the same name: different content and size, newer
        writeJar(m_libSource.resolve("alpha-1.0.jar"), "alpha, rebuilt with more content");
        Files.setLastModifiedTime(m_libSource.resolve("alpha-1.0.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        assertFalse(provisioner(m_libSource).provision());

        assertFalse(Files.exists(m_layout.libDir().resolve("beta-2.0.jar")), "a jar gone from the source is removed");
        assertTrue(Files.exists(moduleJar), "a module's jar stays");
        assertArrayEquals(Files.readAllBytes(m_libSource.resolve("gamma-3.0.jar")), Files.readAllBytes(m_layout.libDir().resolve("gamma-3.0.jar")));
        assertArrayEquals(Files.readAllBytes(m_libSource.resolve("alpha-1.0.jar")), Files.readAllBytes(m_layout.libDir().resolve("alpha-1.0.jar")));
        assertEquals(List.of("alpha-1.0.jar", "gamma-3.0.jar"), Files.readAllLines(m_layout.copiedLibsList()));

        // and a third run with nothing changed changes nothing
        assertFalse(provisioner(m_libSource).provision());
        assertTrue(Files.exists(moduleJar));
        assertEquals(List.of("alpha-1.0.jar", "gamma-3.0.jar"), Files.readAllLines(m_layout.copiedLibsList()));
    }

    @Test
    void missingLibrarySourceIsAClearError() {

        Path missing = m_tmp.resolve("no-such-webapp-lib");
        InstallException e = assertThrows(InstallException.class, () -> provisioner(missing).provision());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("run the build first"), e.getMessage());
        assertEquals(1, e.getExitStatus());
        assertFalse(Files.exists(m_layout.copiedLibsList()));
    }

    @Test
    void templateValuesDescribeTheLayout() {

        Map<String, String> values = new WebappProvisioner(m_layout, m_libSource, 8123, 18123).templateValues();
        assertEquals(m_layout.webInfDir() + "/", values.get("webInfDir"));
        assertEquals(m_layout.webappDir() + "/", values.get("webappDir"));
        assertEquals("8123", values.get("port"));
        assertEquals("18123", values.get("shellPort"));
        assertEquals("http://127.0.0.1:8123", values.get("serverUrl"));
        assertEquals(WebappProvisioner.jdbcUrl(m_layout), values.get("jdbcUrl"));
        assertTrue(values.get("jdbcUrl").startsWith("jdbc:hsqldb:file:" + m_layout.databaseFile() + ";"), values.get("jdbcUrl"));
        assertTrue(values.get("jdbcUrl").contains(";shutdown=true"), values.get("jdbcUrl"));
    }

    // ------------------------------------------------------------------ helpers

    private WebappProvisioner provisioner(Path libSource) {

        return new WebappProvisioner(m_layout, libSource, 8123, 18123);
    }

    private Connection connect() throws SQLException {

        return DriverManager.getConnection(WebappProvisioner.jdbcUrl(m_layout), "SA", "");
    }

    private boolean tableExists(String table) throws SQLException {

        try (Connection connection = connect(); ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static void writeJar(Path file, String content) throws IOException {

        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("content.txt"));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}

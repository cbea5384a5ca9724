package org.portalkit.runtime.provision;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.portalkit.runtime.FileTrees;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.db.HsqldbSchemaUpgrade;
import org.portalkit.runtime.db.SqlScript;

/**
 * Provisions the OpenCms web application in a data directory: configuration from the templates in this
 * jar, WEB-INF/lib from the runtime's jars, the HSQLDB database from our DDL, and the Admin password.
 *
 * <p>Configuration files that OpenCms rewrites at runtime (everything in {@code WEB-INF/config}) are
 * written only once, so installed modules and settings survive later runs. Files OpenCms never changes
 * (web.xml, logging, the Solr configuration set) are refreshed on every run.</p>
 */
public final class WebappProvisioner {

    /** Classpath folder holding the web application templates. */
    public static final String TEMPLATE_ROOT = "org/portalkit/runtime/template";

    private final RuntimeLayout m_layout;
    private final Path m_webappLibSource;
    private final int m_port;
    private final int m_shellPort;

    /**
     * @param layout the data directory layout
     * @param webappLibSource the folder with the jars that make up WEB-INF/lib (OpenCms and its dependencies)
     * @param port the HTTP port
     * @param shellPort the port of the OpenCms remote shell (loopback only)
     */
    public WebappProvisioner(RuntimeLayout layout, Path webappLibSource, int port, int shellPort) {
        m_layout = layout;
        m_webappLibSource = webappLibSource;
        m_port = port;
        m_shellPort = shellPort;
    }

    /** @return the placeholder values for the templates */
    public Map<String, String> templateValues() {
        Map<String, String> values = new HashMap<>();
        values.put("webInfDir", m_layout.webInfDir().toString() + "/");
        values.put("webappDir", m_layout.webappDir().toString() + "/");
        values.put("solrHome", m_layout.webInfDir().resolve("solr").toString() + "/");
        values.put("indexDir", m_layout.webInfDir().resolve("index").toString() + "/");
        values.put("jdbcDriver", "org.hsqldb.jdbc.JDBCDriver");
        values.put("jdbcUrl", jdbcUrl(m_layout));
        values.put("jdbcUser", "SA");
        values.put("jdbcPassword", "");
        values.put("timezone", TimeZone.getDefault().getID());
        values.put("serverUrl", "http://127.0.0.1:" + m_port);
        values.put("port", Integer.toString(m_port));
        values.put("shellEnabled", "true");
        values.put("shellPort", Integer.toString(m_shellPort));
        return values;
    }

    /**
     * @param layout the data directory layout
     * @return the JDBC URL of the runtime's HSQLDB file database
     */
    public static String jdbcUrl(RuntimeLayout layout) {
        return "jdbc:hsqldb:file:" + layout.databaseFile() + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;shutdown=true";
    }

    /** @return whether the database exists already */
    public boolean databaseExists() {
        return Files.exists(m_layout.databaseDir().resolve("opencms.script"))
            || Files.exists(m_layout.databaseDir().resolve("opencms.properties"));
    }

    /**
     * Runs all provisioning steps; each is skipped when its result is already present.
     *
     * @return whether this was a first provision (no configuration existed before)
     * @throws InstallException if a step fails
     */
    public boolean provision() throws InstallException {
        try {
            Path configDone = m_layout.configDir().resolve(".portalkit-config-complete");
            boolean first = !Files.exists(configDone);
            Files.createDirectories(m_layout.libDir());
            Files.createDirectories(m_layout.logsDir());
            Files.createDirectories(m_layout.databaseDir());
            writeTemplates(first);
            if (first) {
                // only now: an interrupted first run rewrites the whole configuration next time
                Files.writeString(configDone, "written by the PortalKit provisioner\n");
            }
            if (!first) {
                upgradeConfiguration(true);
            }
            syncLibraries();
            if (!databaseExists()) {
                createDatabase();
            } else if (HsqldbSchemaUpgrade.recordedLevel(m_layout.databaseDir()) < HsqldbSchemaUpgrade.CURRENT_LEVEL) {
                upgradeDatabase();
            }
            AdminPassword.readOrCreate(m_layout.adminPasswordFile());
            return first;
        } catch (IOException e) {
            throw new InstallException("Provisioning " + m_layout.dataDir() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the templates; files under WEB-INF/config only when {@code includeConfig} is set.
     *
     * @param includeConfig whether to (re)write WEB-INF/config
     * @throws IOException if writing fails
     * @throws InstallException if a template is broken
     */
    void writeTemplates(boolean includeConfig) throws IOException, InstallException {
        for (Map.Entry<String, String> rendered : renderTemplates(includeConfig).entrySet()) {
            Path target = m_layout.webappDir().resolve(rendered.getKey());
            Files.createDirectories(target.getParent());
            if (differs(target, rendered.getValue())) {
                Files.writeString(target, rendered.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * @param includeConfig whether the templates of WEB-INF/config are included
     * @return relative path to rendered text, sorted by path
     */
    private Map<String, String> renderTemplates(boolean includeConfig) throws IOException, InstallException {
        TemplateRenderer renderer = new TemplateRenderer(templateValues());
        Map<String, String> rendered = new java.util.TreeMap<>();
        for (Map.Entry<String, String> template : readTemplates().entrySet()) {
            String relative = template.getKey();
            if (relative.startsWith("WEB-INF/config/") && !includeConfig) {
                continue;
            }
            try {
                rendered.put(relative, renderer.render(relative, template.getValue()));
            } catch (IllegalArgumentException e) {
                throw new InstallException(e.getMessage(), e);
            }
        }
        return rendered;
    }

    private static boolean differs(Path file, String text) throws IOException {
        return !Files.isRegularFile(file) || !text.equals(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Says what {@link #provision()} would change, without changing anything: a server that runs on this
     * web application needs no restart when the list is empty.
     *
     * @return one short description per pending change; empty when everything is in place
     * @throws InstallException if a template is broken or a file cannot be read
     */
    public List<String> pendingChanges() throws InstallException {
        List<String> changes = new ArrayList<>();
        try {
            if (!Files.exists(m_layout.configDir().resolve(".portalkit-config-complete"))) {
                changes.add("first provision");
                return changes;
            }
            if (!databaseExists()) {
                changes.add("database missing");
            } else if (HsqldbSchemaUpgrade.recordedLevel(m_layout.databaseDir()) < HsqldbSchemaUpgrade.CURRENT_LEVEL) {
                changes.add("database keys (schema level " + HsqldbSchemaUpgrade.CURRENT_LEVEL + ")");
            }
            changes.addAll(upgradeConfiguration(false));
            for (Map.Entry<String, String> rendered : renderTemplates(false).entrySet()) {
                if (differs(m_layout.webappDir().resolve(rendered.getKey()), rendered.getValue())) {
                    changes.add(rendered.getKey());
                }
            }
            if (!Files.isDirectory(m_webappLibSource)) {
                throw new InstallException("Runtime libraries not found in " + m_webappLibSource + " (run the build first)");
            }
            Set<String> previous = new LinkedHashSet<>();
            if (Files.exists(m_layout.copiedLibsList())) {
                previous.addAll(Files.readAllLines(m_layout.copiedLibsList()));
            }
            try (Stream<Path> jars = Files.list(m_webappLibSource)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList())) {
                    String name = jar.getFileName().toString();
                    previous.remove(name);
                    if (libraryOutdated(jar, m_layout.libDir().resolve(name))) {
                        changes.add("WEB-INF/lib/" + name);
                    }
                }
            }
            for (String stale : previous) {
                changes.add("WEB-INF/lib/" + stale + " (removed)");
            }
        } catch (IOException e) {
            throw new InstallException("Cannot read " + m_layout.dataDir() + ": " + e.getMessage(), e);
        }
        return changes;
    }

    /** Settings of WEB-INF/config that later releases changed: file, old text, new text. */
    private static final String[][] CONFIG_UPGRADES = {
        // a guest asking for a protected resource gets 404 instead of OpenCms' 500 without a login form
        {"opencms-system.xml", "<authorizationhandler class=\"org.opencms.security.CmsDefaultAuthorizationHandler\"/>",
            "<authorizationhandler class=\"org.portalkit.runtime.support.GuestAwareAuthorizationHandler\"/>"},
        // links without the servlet path /opencms (the URL filter of web.xml serves the site at /)
        {"opencms-importexport.xml", "<vfs-prefix>${CONTEXT_NAME}${SERVLET_NAME}</vfs-prefix>",
            "<vfs-prefix>${CONTEXT_NAME}</vfs-prefix>"},
        // robots.txt and the sitemaps at the site root (org.portalkit.runtime.support.ModuleResourceInit)
        {"opencms-system.xml", "<resourceinit/>",
            "<resourceinit>\n      <resourceinithandler class=\"org.portalkit.runtime.support.ModuleResourceInit\"/>\n    </resourceinit>"},
        // HSQLDB: relation statements through the primary key (org.portalkit.runtime.support.db.HsqldbSqlManager)
        {"opencms.properties", "sqlmanager=org.opencms.db.hsqldb.CmsSqlManager",
            "sqlmanager=org.portalkit.runtime.support.db.HsqldbSqlManager"},
    };

    /**
     * Applies to an existing configuration (which OpenCms owns and rewrites, so it is not written again
     * from the templates) the settings later releases changed.
     *
     * @param apply whether to change the files, or only to say what would change
     * @return the files that need (or got) a change
     */
    private List<String> upgradeConfiguration(boolean apply) throws IOException {
        List<String> changed = new ArrayList<>();
        for (String[] upgrade : CONFIG_UPGRADES) {
            Path file = m_layout.configDir().resolve(upgrade[0]);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.contains(upgrade[1])) {
                if (!changed.contains("WEB-INF/config/" + upgrade[0])) {
                    changed.add("WEB-INF/config/" + upgrade[0]);
                }
                if (apply) {
                    Files.writeString(file, text.replace(upgrade[1], upgrade[2]), StandardCharsets.UTF_8);
                }
            }
        }
        return changed;
    }

    /**
     * A copy is outdated when it is missing, has another size or is older than its source. Times are
     * compared in whole seconds: a copy keeps its source's time only as precisely as the file system and
     * the JDK's copy store it (microseconds here, seconds elsewhere), so a finer comparison would call
     * every copy outdated and restart a running portal for nothing.
     */
    private static boolean libraryOutdated(Path source, Path target) throws IOException {
        return !Files.exists(target) || (Files.size(target) != Files.size(source))
            || (Files.getLastModifiedTime(target).to(java.util.concurrent.TimeUnit.SECONDS)
                < Files.getLastModifiedTime(source).to(java.util.concurrent.TimeUnit.SECONDS));
    }

    /**
     * @return all templates of this jar, relative path to text, sorted by path
     * @throws IOException if the templates cannot be read
     */
    public static Map<String, String> readTemplates() throws IOException {
        // Located through a file inside the folder: the folder name alone may also exist in other classpath
        // entries (e.g. classes of the package org.portalkit.runtime.template), and getResource takes the first.
        URL anchorUrl = WebappProvisioner.class.getClassLoader().getResource(TEMPLATE_ROOT + "/WEB-INF/web.xml");
        if (anchorUrl == null) {
            throw new IOException("Templates missing from the classpath: " + TEMPLATE_ROOT);
        }
        Map<String, String> templates = new java.util.TreeMap<>();
        try {
            URI uri = anchorUrl.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Collections.emptyMap())) {
                    collect(fs.getPath(TEMPLATE_ROOT), templates);
                }
            } else {
                collect(Paths.get(uri).getParent().getParent(), templates);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return templates;
    }

    private static void collect(Path root, Map<String, String> templates) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                templates.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Makes WEB-INF/lib hold exactly the runtime's jars, plus whatever modules exported there.
     *
     * @throws IOException if copying fails
     */
    void syncLibraries() throws IOException {
        if (!Files.isDirectory(m_webappLibSource)) {
            throw new IOException("Runtime libraries not found in " + m_webappLibSource + " (run the build first)");
        }
        Set<String> previous = new LinkedHashSet<>();
        if (Files.exists(m_layout.copiedLibsList())) {
            previous.addAll(Files.readAllLines(m_layout.copiedLibsList()));
        }
        List<String> current = new ArrayList<>();
        try (Stream<Path> jars = Files.list(m_webappLibSource)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList())) {
                String name = jar.getFileName().toString();
                current.add(name);
                Path target = m_layout.libDir().resolve(name);
                if (libraryOutdated(jar, target)) {
                    Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        previous.removeAll(current);
        for (String stale : previous) {
            Files.deleteIfExists(m_layout.libDir().resolve(stale));
        }
        Files.write(m_layout.copiedLibsList(), current);
    }

    /**
     * Brings the keys of an existing database to the current schema ({@link HsqldbSchemaUpgrade}); the server is
     * stopped, and the installer's snapshot holds the database files until the run succeeded.
     *
     * @throws InstallException if the upgrade fails
     */
    void upgradeDatabase() throws InstallException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(m_layout), "SA", "")) {
            HsqldbSchemaUpgrade.apply(connection);
        } catch (Exception e) {
            throw new InstallException("Upgrading the database in " + m_layout.databaseDir() + " failed: " + e.getMessage(), e);
        }
        try {
            HsqldbSchemaUpgrade.recordCurrentLevel(m_layout.databaseDir());
        } catch (IOException e) {
            throw new InstallException("Recording the schema level in " + m_layout.databaseDir() + " failed: " + e.getMessage(), e);
        }
    }

    /** Removes a half-created database, so that the next run creates it again. */
    private void deleteDatabaseFiles() {
        try {
            FileTrees.empty(m_layout.databaseDir());
        } catch (IOException e) {
            // the error that brought us here is reported; this cleanup is best effort
        }
    }

    /**
     * Creates the OpenCms tables in a new HSQLDB file database.
     *
     * @throws InstallException if the schema cannot be created
     */
    void createDatabase() throws InstallException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(m_layout), "SA", "")) {
            SqlScript.hsqldbSchema().execute(connection);
            HsqldbSchemaUpgrade.recordCurrentLevel(m_layout.databaseDir());
        } catch (Exception e) {
            deleteDatabaseFiles();
            throw new InstallException("Creating the database in " + m_layout.databaseDir() + " failed: " + e.getMessage(), e);
        }
    }
}

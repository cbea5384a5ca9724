package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.server.ServerControl;
import org.portalkit.runtime.shell.RemoteShellClient;

/**
 * The foundation's promises, checked in the real runtime and in this order: modules are installed, a
 * non-admin editor creates and publishes content, Solr finds it, Tomcat renders it, guests cannot write,
 * an in-place module update keeps the content, a corrupt ZIP is refused, the remote install path rejects
 * wrong passwords, and everything survives a restart.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentLifecycleIT {

    private static final String EDITOR = "it-editor";
    private static final String EDITOR_PASSWORD = "Ed1tor-Passw0rd";
    private static final String CONTENT = "/sites/default/it/hoi-nghi-so-ket.xml";
    private static final String TITLE = "Hội nghị sơ kết công tác IT";
    private static final String TOKEN = "zqxlifecycletoken";

    @Test
    @Order(1)
    void modulesAreInstalledAndTheLandingPageIsServed(RunningPortal portal) throws Exception {
        String modules;
        try (RemoteShellClient shell = RemoteShellClient.connect("127.0.0.1", portal.shellPort())) {
            shell.login("Admin", portal.adminPassword());
            modules = shell.execute("listModules");
        }
        for (String module : new String[] {"org.portalkit.core", "org.portalkit.news", "org.portalkit.banners",
            "org.portalkit.notices", "org.portalkit.template", RunningPortal.FIXTURE_MODULE}) {
            assertTrue(modules.contains(module), module + " missing in: " + modules);
        }
        HttpResponse<String> home = portal.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<body class=\"pk-site\">") && home.body().contains("<h1 class=\"pk-main__title"), home.body());
    }

    @Test
    @Order(2)
    void aNonAdminEditorCreatesAndPublishesContent(RunningPortal portal) throws Exception {
        assertEquals("ok", portal.probe(params("action", "setup-editor", "adminPassword", portal.adminPassword(),
            "user", EDITOR, "password", EDITOR_PASSWORD)));
        String result = portal.probe(params("action", "editor-create", "user", EDITOR, "password", EDITOR_PASSWORD,
            "name", "hoi-nghi-so-ket", "title", TITLE, "text", "Nội dung " + TOKEN));
        assertEquals("ok " + CONTENT + " by " + EDITOR, result);
        assertEquals("exists", portal.probe(params("action", "exists", "path", CONTENT)), "published to the Online project");
    }

    @Test
    @Order(3)
    void solrFindsThePublishedContent(RunningPortal portal) throws Exception {
        String byToken = portal.probe(params("action", "solr", "q", TOKEN));
        assertTrue(byToken.contains(CONTENT), byToken);
        // the demo news also talk about "hội nghị": look in the test's own folder
        String withoutDiacritics = portal.probe(params("action", "solr", "q", "hoi nghi so ket cong tac", "root", "/sites/default/it/"));
        assertTrue(withoutDiacritics.contains(CONTENT), "search ignores Vietnamese tone marks: " + withoutDiacritics);
        String unrelated = portal.probe(params("action", "solr", "q", "nothingmatchesthisword"));
        assertEquals("hits 0", unrelated);
    }

    @Test
    @Order(4)
    void tomcatServesThePageRenderedByOpenCms(RunningPortal portal) throws Exception {
        HttpResponse<String> page = portal.get("/it/hoi-nghi-so-ket.xml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1 class=\"it-title\">" + TITLE + "</h1>"), page.body());
        assertTrue(page.body().contains("fixture-v1"), page.body());
        assertEquals(200, portal.get("/opencms/it/hoi-nghi-so-ket.xml").statusCode(), "also under the servlet path");
        assertEquals(404, portal.get("/it/does-not-exist.xml").statusCode());
    }

    @Test
    @Order(5)
    void aGuestCannotWrite(RunningPortal portal) throws Exception {
        String result = portal.probe(params("action", "guest-write"));
        assertTrue(result.startsWith("denied "), result);
        assertEquals("missing", portal.probe(params("action", "exists", "path", "/sites/default/guest-was-here.txt")));
    }

    @Test
    @Order(5)
    void aGuestCannotDownloadTheModuleJarsAndPagesStillRender(RunningPortal portal) throws Exception {
        for (String path : new String[] {"/system/modules/org.portalkit.core/lib/portal-core-0.1.0.jar",
            "/opencms/system/modules/org.portalkit.core/lib/portal-core-0.1.0.jar",
            "/system/modules/org.portalkit.news/lib/", "/system/modules/org.portalkit.core/lib/"}) {
            HttpResponse<String> response = portal.get(path);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, path + " -> " + response.statusCode());
            assertFalse(response.body().startsWith("PK"), path + " must not deliver the jar");
        }
        // rendering as Guest uses the exported jars in WEB-INF/lib, never the VFS copies
        HttpResponse<String> home = portal.get("/");
        assertEquals(200, home.statusCode());
        // the home page's news list: templates' pk-list classes, portal-core's engine and module-news' mapping
        // (found through ServiceLoader in module-news' jar)
        assertTrue(home.body().contains("pk-list__link"), "the news list renders: " + home.body());
    }

    @Test
    @Order(6)
    void updatingTheModuleThroughTheRemoteShellKeepsContent(RunningPortal portal) throws Exception {
        String output = portal.runInstaller(portal.adminPassword(),
            "--remote", "127.0.0.1:" + portal.shellPort(), "--modules", RunningPortal.fixtureV2().toString());
        assertTrue(output.contains("updating " + RunningPortal.FIXTURE_MODULE + " 1.0.1"), output);
        // the same ZIP again: the server's record of installed ZIPs shows it is in place
        String again = portal.runInstaller(portal.adminPassword(),
            "--remote", "127.0.0.1:" + portal.shellPort(), "--modules", RunningPortal.fixtureV2().toString());
        assertTrue(again.contains(RunningPortal.FIXTURE_MODULE + " 1.0.1 is installed from this very ZIP: skipped"), again);
        assertTrue(again.contains("Nothing to install"), again);
        assertFalse(again.contains("updating "), again);
        // Jasper notices the republished formatter JSP on its next check; allow it a few seconds.
        HttpResponse<String> page = portal.get("/it/hoi-nghi-so-ket.xml");
        for (int i = 0; i < 30 && !page.body().contains("fixture-v2"); i++) {
            Thread.sleep(500);
            page = portal.get("/it/hoi-nghi-so-ket.xml");
        }
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("fixture-v2"), "new formatter is live: " + page.body());
        assertTrue(page.body().contains(TITLE), "content kept: " + page.body());
        assertTrue(portal.probe(params("action", "solr", "q", TOKEN)).contains(CONTENT));
    }

    @Test
    @Order(7)
    void aCorruptZipIsRefusedAndTheInstalledModuleStays(RunningPortal portal, @TempDir Path temp) throws Exception {
        Path original = onlyZip(RunningPortal.fixtureV1());
        Path corrupt = temp.resolve(original.getFileName());
        Files.copy(original, corrupt);
        Files.copy(original.resolveSibling(original.getFileName() + ".sha256"), temp.resolve(original.getFileName() + ".sha256"));
        byte[] bytes = Files.readAllBytes(corrupt);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(corrupt, bytes);
        InstallException refused = assertThrows(InstallException.class, () -> portal.runInstaller(portal.adminPassword(),
            "--remote", "127.0.0.1:" + portal.shellPort(), "--modules", temp.toString()));
        assertTrue(refused.getMessage().contains("corrupt"), refused.getMessage());
        HttpResponse<String> page = portal.get("/it/hoi-nghi-so-ket.xml");
        assertTrue(page.body().contains("fixture-v2") && page.body().contains(TITLE), "module 1.0.1 and content stay: " + page.body());
    }

    @Test
    @Order(8)
    void theRemoteInstallRejectsAWrongPasswordAndAnUnreachableServer(RunningPortal portal) {
        InstallException wrong = assertThrows(InstallException.class, () -> portal.runInstaller("not-the-password",
            "--remote", "127.0.0.1:" + portal.shellPort(), "--modules", RunningPortal.fixtureV2().toString()));
        assertTrue(wrong.getMessage().contains("wrong user name or password"), wrong.getMessage());
        InstallException unreachable = assertThrows(InstallException.class, () -> portal.runInstaller("x",
            "--remote", "127.0.0.1:1", "--modules", RunningPortal.fixtureV2().toString()));
        assertTrue(unreachable.getMessage().contains("not reachable"), unreachable.getMessage());
    }

    @Test
    @Order(9)
    void aFailedUpgradeKeepsThePreviousReleaseAndContent(RunningPortal portal) throws Exception {
        // release 1.0.2 declares a resource type id that pk-page already uses: OpenCms rejects it mid-import
        InstallException failed = assertThrows(InstallException.class, () -> portal.runInstaller(portal.adminPassword(),
            "--remote", "127.0.0.1:" + portal.shellPort(), "--modules", RunningPortal.fixtureBroken().toString()));
        assertTrue(failed.getMessage().contains("1.0.1 was kept"), failed.getMessage());
        assertEquals("1.0.1", portal.probe(params("action", "module-version", "module", RunningPortal.FIXTURE_MODULE)));
        assertEquals("changed 0", portal.probe(params("action", "offline-changes", "adminPassword", portal.adminPassword(),
            "path", "/system/modules/org.portalkit.itfixture/")), "nothing half-installed is left in the Offline project");
        HttpResponse<String> page = portal.get("/it/hoi-nghi-so-ket.xml");
        assertTrue(page.body().contains("fixture-v2") && page.body().contains(TITLE), page.body());
    }

    @Test
    @Order(10)
    void rerunningTheInstallerChangesNothingAndContentSurvivesARestart(RunningPortal portal) throws Exception {
        String modules = portal.dist().moduleDir() + "," + RunningPortal.fixtureV2();
        String demo = String.join(",", portal.dist().demoDirs().stream().map(Path::toString).toList());
        String common = "--data " + portal.layout().dataDir() + " --port " + portal.port();
        String first = portal.runInstaller(null, (common + " --modules " + modules + " --demo " + demo).split(" "));
        // the fixture went to 1.0.1 through the remote shell: the installer knows it from the server's record
        assertFalse(first.contains("[import]"), "nothing to import: " + first);
        portal.runInstaller(null, "--data", portal.layout().dataDir().toString(), "--stop");
        String second = portal.runInstaller(null, (common + " --modules " + modules + " --demo " + demo).split(" "));
        assertTrue(second.contains("everything up to date"), second);
        assertTrue(second.contains("[start]"), "a stopped portal is started: " + second);
        HttpResponse<String> page = portal.get("/it/hoi-nghi-so-ket.xml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(TITLE) && page.body().contains("fixture-v2"), page.body());
        assertTrue(portal.probe(params("action", "solr", "q", TOKEN)).contains(CONTENT), "index survives the restart");
        assertFalse(second.contains("Importing module"), second);
    }

    @Test
    @Order(11)
    void theWebappModeInstallsIntoAStoppedOpenCms(RunningPortal portal) throws Exception {
        portal.runInstaller(null, "--data", portal.layout().dataDir().toString(), "--stop");
        String output = portal.runInstaller(portal.adminPassword(),
            "--webapp", portal.layout().webappDir().toString(), "--modules", RunningPortal.fixtureV1().toString());
        assertTrue(output.contains("Installed org.portalkit.itfixture 1.0.0"), output);
        InstallException notOpenCms = assertThrows(InstallException.class, () -> portal.runInstaller(portal.adminPassword(),
            "--webapp", portal.layout().dataDir().resolve("db").toString(), "--modules", RunningPortal.fixtureV1().toString()));
        assertTrue(notOpenCms.getMessage().contains("is not an OpenCms web application"), notOpenCms.getMessage());
        // serve again for the other test classes; the downgraded fixture is live after the restart
        new ServerControl(portal.layout(), portal.dist().serverClasspath()).start(portal.port(), portal.shellPort());
        HttpResponse<String> page = portal.get("/it/hoi-nghi-so-ket.xml");
        assertTrue(page.body().contains("fixture-v1") && page.body().contains(TITLE), page.body());
    }

    private static Path onlyZip(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
    }

    private static Map<String, String> params(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}

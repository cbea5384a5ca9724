package org.portalkit.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.provision.TemplateRenderer;
import org.portalkit.runtime.provision.WebappProvisioner;

/** {@link WebappLock}: a web application whose HSQLDB lock file has a fresh heartbeat is in use. */
class WebappLockTest {

    @TempDir
    Path m_tmp;

    private Path m_webInf;
    private Path m_lock;

    @BeforeEach
    void setUp() throws IOException {

        m_webInf = Files.createDirectories(m_tmp.resolve("webapp/WEB-INF/config")).getParent();
        m_lock = Files.createDirectories(m_tmp.resolve("x/db")).resolve("opencms.lck");
    }

    @Test
    void aFreshLockFileMeansInUse() throws Exception {

        properties("db.pool.default.jdbcUrl=jdbc:hsqldb:file:" + m_tmp + "/x/db/opencms;hsqldb.tx=mvcc\n");
        Files.writeString(m_lock, "HSQLLOCK");
        Optional<String> inUse = WebappLock.inUse(m_webInf);
        assertTrue(inUse.isPresent());
        assertTrue(inUse.get().contains(m_lock.toString()), inUse.get());
    }

    @Test
    void colonsEscapedInThePropertiesFileAreReadAsColons() throws Exception {

        properties("db.pool.default.jdbcUrl=jdbc\\:hsqldb\\:file\\:" + m_tmp + "/x/db/opencms;hsqldb.tx\\=mvcc\n");
        Files.writeString(m_lock, "HSQLLOCK");
        assertTrue(WebappLock.inUse(m_webInf).orElseThrow().contains(m_lock.toString()));
    }

    @Test
    void aUrlWithoutParametersNamesTheSameLockFile() throws Exception {

        properties("db.pool.default.jdbcUrl = jdbc:hsqldb:file:" + m_tmp + "/x/db/opencms  \n");
        Files.writeString(m_lock, "HSQLLOCK");
        assertTrue(WebappLock.inUse(m_webInf).orElseThrow().contains(m_lock.toString()));
    }

    @Test
    void theUrlTheProvisionerWritesIsUnderstood() throws Exception {

        RuntimeLayout layout = RuntimeLayout.of(m_tmp.resolve("data"));
        String template = WebappProvisioner.readTemplates().get("WEB-INF/config/opencms.properties");
        String rendered = new TemplateRenderer(new WebappProvisioner(layout, m_tmp, 8080, 18080).templateValues())
            .render("opencms.properties", template);
        Files.createDirectories(layout.configDir());
        Files.writeString(layout.configDir().resolve("opencms.properties"), rendered, StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), WebappLock.inUse(layout.webInfDir()), "no lock file yet");
        Path lock = Files.createDirectories(layout.databaseDir()).resolve("opencms.lck");
        Files.writeString(lock, "HSQLLOCK");
        assertTrue(WebappLock.inUse(layout.webInfDir()).orElseThrow().contains(lock.toString()));
    }

    @Test
    void aLockFileWithoutHeartbeatIsLeftOver() throws Exception {

        properties("db.pool.default.jdbcUrl=jdbc:hsqldb:file:" + m_tmp + "/x/db/opencms;hsqldb.tx=mvcc\n");
        Files.writeString(m_lock, "HSQLLOCK");
        Files.setLastModifiedTime(m_lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        assertEquals(Optional.empty(), WebappLock.inUse(m_webInf), "a lock file an ended HSQLDB left behind");
        // just inside the heartbeat window counts as running
        Files.setLastModifiedTime(m_lock, FileTime.from(Instant.now().minus(WebappLock.HEARTBEAT).plusSeconds(10)));
        assertTrue(WebappLock.inUse(m_webInf).isPresent());
    }

    @Test
    void noLockFileMeansNotInUse() throws Exception {

        properties("db.pool.default.jdbcUrl=jdbc:hsqldb:file:" + m_tmp + "/x/db/opencms;hsqldb.tx=mvcc\n");
        assertEquals(Optional.empty(), WebappLock.inUse(m_webInf));
        // a folder of that name is no lock file
        Files.createDirectories(m_lock);
        assertEquals(Optional.empty(), WebappLock.inUse(m_webInf));
    }

    @Test
    void anotherDatabaseCannotBeToldAndCountsAsNotInUse() throws Exception {

        Files.writeString(m_lock, "HSQLLOCK");
        properties("db.pool.default.jdbcUrl=jdbc:mysql://localhost:3306/opencms?useSSL=false\n");
        assertEquals(Optional.empty(), WebappLock.inUse(m_webInf));
        properties("db.pool.default.jdbcUrl=jdbc:hsqldb:mem:" + m_tmp + "/x/db/opencms\n");
        assertEquals(Optional.empty(), WebappLock.inUse(m_webInf));
        properties("db.pool.other.jdbcUrl=jdbc:hsqldb:file:" + m_tmp + "/x/db/opencms\n");
        assertEquals(Optional.empty(), WebappLock.inUse(m_webInf), "only the default pool counts");
    }

    @Test
    void aMissingPropertiesFileMeansNotInUse() throws Exception {

        Files.writeString(m_lock, "HSQLLOCK");
        assertEquals(Optional.empty(), WebappLock.inUse(m_webInf));
        assertEquals(Optional.empty(), WebappLock.inUse(m_tmp.resolve("nowhere/WEB-INF")));
    }

    private void properties(String text) throws IOException {

        Files.writeString(m_webInf.resolve("config/opencms.properties"), "# OpenCms\ndb.name=hsqldb\n" + text, StandardCharsets.ISO_8859_1);
    }
}

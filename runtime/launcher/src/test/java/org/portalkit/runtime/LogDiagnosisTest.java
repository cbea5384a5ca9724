package org.portalkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LogDiagnosis}: the one line that says why a shell or the server failed, and what to do about it. */
class LogDiagnosisTest {

    /** A real line from an offline shell started on the database of a running OpenCms. */
    private static final String LOCK_LINE = "java.sql.SQLException: Database lock acquisition failure: lockFile: "
        + "org.hsqldb.persist.LockFile@e55a50a3[file =/work/main/data/db/opencms.lck, exists=true, locked=false, valid=false, ] "
        + "method: checkHeartbeat read: 2026-12-01 21:25:57 heartbeat - read: -9150 ms.";

    private static final String CRITICAL = "21:25:59 ERROR [CmsDriverManager] Critical error during OpenCms initialization: "
        + "Unable to initialize connection pool \"default\".";

    @TempDir
    Path m_tmp;

    @Test
    void aLockedDatabaseSaysStopTheRunningOpenCmsAndNamesTheLockFile() {

        String cause = LogDiagnosis.cause(List.of("Welcome to the OpenCms shell", LOCK_LINE, "\tat org.hsqldb.jdbc.JDBCUtil")).orElseThrow();
        assertTrue(cause.contains("stop the running OpenCms first"), cause);
        assertTrue(cause.contains("(lock file /work/main/data/db/opencms.lck)"), cause);
        assertTrue(cause.contains("--stop"), cause);
        assertTrue(cause.contains("--remote"), cause);
    }

    @Test
    void aLockHeldExternallyIsALockedDatabaseToo() {

        String cause = LogDiagnosis.cause(List.of("org.hsqldb.persist.LockFile$LockHeldExternallyException: locked")).orElseThrow();
        assertTrue(cause.contains("stop the running OpenCms first"), cause);
        assertTrue(!cause.contains("lock file"), "no file named in the line, none in the message: " + cause);
    }

    @Test
    void theLockWinsOverAnErrorReportedBeforeIt() {

        String cause = LogDiagnosis.cause(List.of(CRITICAL, "FAILED install module a.zip: boom", LOCK_LINE)).orElseThrow();
        assertTrue(cause.contains("stop the running OpenCms first"), cause);
    }

    @Test
    void aFailedShellCommandIsQuoted() {

        String line = "FAILED install module x.zip: Resource type \"pk-itfixture\" (id: 7.400) of module x conflicts with "
            + "the resource type \"pk-other\" (id: 7.400) of module y.";
        String cause = LogDiagnosis.cause(List.of("OK login", line, CRITICAL)).orElseThrow();
        assertEquals(line.substring("FAILED ".length()), cause);
        assertTrue(cause.startsWith("install module x.zip: Resource type \"pk-itfixture\" (id: 7.400)"), cause);
        assertTrue(cause.contains("conflicts"), cause);
    }

    @Test
    void anOpenCmsErrorIsQuotedWithoutItsLogPrefix() {

        String cause = LogDiagnosis.cause(List.of("21:25:58 INFO  [CmsShell] starting", CRITICAL, "21:26:00 ERROR [Other] later")).orElseThrow();
        assertEquals("OpenCms reported: Critical error during OpenCms initialization: Unable to initialize connection pool \"default\".",
            cause);
    }

    @Test
    void aPortInUseIsNamed() {

        String cause = LogDiagnosis.cause(List.of(CRITICAL, "java.net.BindException: Address already in use")).orElseThrow();
        assertTrue(cause.startsWith("A port the server needs is in use"), cause);
        assertTrue(cause.contains("Address already in use"), cause);
    }

    @Test
    void aFailedServerStartIsQuoted() {

        String line = "PortalKit server failed to start: no webapp";
        assertEquals(Optional.of(line), LogDiagnosis.cause(List.of("starting", line)));
    }

    @Test
    void veryLongLinesAreCut() {

        String dump = "FAILED " + "x".repeat(5000);
        String cause = LogDiagnosis.cause(List.of(dump)).orElseThrow();
        assertEquals("x".repeat(LogDiagnosis.MAX_QUOTE) + " …", cause);

        String error = LogDiagnosis.cause(List.of("10:00:00 ERROR [A] " + "y".repeat(1000))).orElseThrow();
        assertEquals("OpenCms reported: " + "y".repeat(LogDiagnosis.MAX_QUOTE) + " …", error);

        String exact = "z".repeat(LogDiagnosis.MAX_QUOTE);
        assertEquals(exact, LogDiagnosis.cause(List.of("FAILED " + exact)).orElseThrow(), "a quote of the limit's length is not cut");
    }

    @Test
    void outputWithoutACauseHasNone() {

        assertEquals(Optional.empty(), LogDiagnosis.cause(List.of()));
        assertEquals(Optional.empty(), LogDiagnosis.cause(List.of("", "OK login", "21:00:00 INFO  [CmsShell] done", "10:00:00 ERROR [A] ")));
    }

    @Test
    void causeInLogReadsOnlyWhatFollowsTheOffset() throws Exception {

        Path log = m_tmp.resolve("server.log");
        Files.writeString(log, "earlier run\n" + LOCK_LINE + "\n" + CRITICAL + "\n", StandardCharsets.UTF_8);
        long offset = LogDiagnosis.sizeOf(log);
        assertEquals(Files.size(log), offset);
        assertTrue(LogDiagnosis.causeInLog(log, offset).contains("wrote nothing"), LogDiagnosis.causeInLog(log, offset));

        Files.writeString(log, "Starting\nFAILED start: port taken\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals("start: port taken", LogDiagnosis.causeInLog(log, offset), "the errors of earlier runs are ignored");
        assertTrue(LogDiagnosis.causeInLog(log, 0).contains("stop the running OpenCms first"), "from 0 the whole log counts");
    }

    @Test
    void causeInLogQuotesTheLastOutputWhenItShowsNoCause() throws Exception {

        Path log = m_tmp.resolve("server.log");
        Files.writeString(log, CRITICAL + "\n", StandardCharsets.UTF_8);
        long offset = LogDiagnosis.sizeOf(log);
        Files.writeString(log, "Starting Tomcat\nKilled\n\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals("its last output was: Killed", LogDiagnosis.causeInLog(log, offset));
    }

    @Test
    void aMissingLogWroteNothing() {

        Path missing = m_tmp.resolve("no.log");
        assertEquals(0, LogDiagnosis.sizeOf(missing));
        assertTrue(LogDiagnosis.causeInLog(missing, 0).contains("wrote nothing"), LogDiagnosis.causeInLog(missing, 0));
    }
}

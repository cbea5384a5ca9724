package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class BuildTimestampTest {

    @Test
    void usesTheConstantWhenUnset() throws Exception {
        assertEquals(BuildTimestamp.DEFAULT, BuildTimestamp.fromOutputTimestamp(null).instant());
        assertEquals(BuildTimestamp.DEFAULT, BuildTimestamp.fromOutputTimestamp("").instant());
        assertEquals(BuildTimestamp.DEFAULT, BuildTimestamp.fromOutputTimestamp("a").instant());
    }

    @Test
    void readsIsoDatesAndEpochSeconds() throws Exception {
        assertEquals(Instant.parse("2024-03-05T06:07:08Z"),
            BuildTimestamp.fromOutputTimestamp("2024-03-05T07:07:08+01:00").instant());
        assertEquals(Instant.ofEpochSecond(1700000000L), BuildTimestamp.fromOutputTimestamp("1700000000").instant());
    }

    @Test
    void formatsTheHeaderDateOpenCmsReads() throws Exception {
        assertEquals("Tue, 05 Mar 2024 06:07:08 GMT",
            BuildTimestamp.fromOutputTimestamp("2024-03-05T06:07:08Z").headerDate());
    }

    @Test
    void zipTimeIsUtcWallClock() {
        assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), BuildTimestamp.of(BuildTimestamp.DEFAULT).zipEntryTime());
    }

    @Test
    void rejectsGarbage() {
        assertThrows(ModulePackagingException.class, () -> BuildTimestamp.fromOutputTimestamp("yesterday"));
    }
}

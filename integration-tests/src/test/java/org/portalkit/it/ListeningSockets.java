package org.portalkit.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Which local addresses listen on a TCP port, read from Linux's /proc/net/tcp and tcp6. */
final class ListeningSockets {

    /** The loopback address as /proc/net/tcp writes it (little-endian hex). */
    static final String IPV4_LOOPBACK = "0100007F";

    private static final String LISTEN = "0A";

    /** 127.0.0.1 as an IPv4-mapped IPv6 address (a Java socket bound to 127.0.0.1 on a dual-stack system). */
    static final String IPV4_MAPPED_LOOPBACK = "0000000000000000FFFF00000100007F";

    /** ::1 as /proc/net/tcp6 writes it. */
    static final String IPV6_LOOPBACK = "00000000000000000000000001000000";

    /**
     * @param hexAddress a local address as {@link #addresses} returns it
     * @return whether it is a loopback address
     */
    static boolean isLoopback(String hexAddress) {
        return IPV4_LOOPBACK.equals(hexAddress) || IPV4_MAPPED_LOOPBACK.equals(hexAddress) || IPV6_LOOPBACK.equals(hexAddress);
    }

    private ListeningSockets() {
    }

    /**
     * @param port a TCP port
     * @return the hex local addresses of the sockets listening on it, e.g. {@code 0100007F} (127.0.0.1),
     *     {@code 00000000} (all IPv4 interfaces) or 32 zeros (all interfaces, IPv6)
     */
    static Set<String> addresses(int port) {
        Set<String> result = new LinkedHashSet<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && LISTEN.equals(fields[3]) && fields[1].endsWith(":" + hexPort)) {
                        result.add(fields[1].substring(0, fields[1].indexOf(':')));
                    }
                }
            } catch (IOException e) {
                // no such table (IPv6 off): nothing listens there
            }
        }
        return result;
    }
}

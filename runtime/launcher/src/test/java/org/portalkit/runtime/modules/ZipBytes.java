package org.portalkit.runtime.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Test helper: where an entry's bytes lie inside a ZIP file, so tests can damage exactly that entry. */
public final class ZipBytes {

    private ZipBytes() {
    }

    /**
     * @param zip a ZIP file
     * @param name an entry name
     * @return the position of the first data byte of the entry, from its local file header
     * @throws IOException if the ZIP cannot be read
     */
    public static long dataStart(Path zip, String name) throws IOException {

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int pos = 0; pos + 30 <= bytes.limit(); pos++) {
            if (bytes.getInt(pos) == 0x04034b50) {
                int nameLength = Short.toUnsignedInt(bytes.getShort(pos + 26));
                int extraLength = Short.toUnsignedInt(bytes.getShort(pos + 28));
                if (Arrays.equals(Arrays.copyOfRange(bytes.array(), pos + 30, pos + 30 + nameLength), wanted)) {
                    return pos + 30L + nameLength + extraLength;
                }
            }
        }
        throw new IllegalArgumentException(name + " not in " + zip);
    }

    /**
     * @param length the least number of characters
     * @param seed the random seed (the same seed gives the same text)
     * @return text of words that deflates with dynamic Huffman codes, so a ZIP entry holding it has compressed data
     *     worth damaging
     */
    public static String wordText(int length, long seed) {
        String[] words = {"portal", "tin", "tuc", "news", "module", "<div class=\"pk\">", "</div>", "opencms", "123", "\n"};
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }
}

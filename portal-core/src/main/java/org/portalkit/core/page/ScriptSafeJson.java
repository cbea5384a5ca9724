package org.portalkit.core.page;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON written by Jackson's {@link JsonGenerator}, with string escapes that make the result safe to place unchanged
 * inside an HTML {@code <script>} element (JSON-LD) as well as to send as {@code application/json}: besides JSON's
 * own escapes (quote, backslash, control characters) {@code <}, {@code >} and {@code &} become {@code \u003C},
 * {@code \u003E}, {@code \u0026}, and the line separators U+2028/U+2029 become {@code \u2028}/{@code \u2029}. So no
 * {@code </script>}, {@code <!--} or character reference can appear in the text, and the JSON stays valid JSON.
 */
public final class ScriptSafeJson {

    /** Writes one JSON value with the generator it is given. */
    @FunctionalInterface
    public interface Body {

        /**
         * @param json the generator; the body writes exactly one value (usually an object)
         * @throws IOException from the generator
         */
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new Escapes()).build();

    private ScriptSafeJson() {
    }

    /**
     * @param body writes the value
     * @return the JSON text
     */
    public static String write(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            // a StringWriter does not fail; Jackson reports misuse (e.g. a field outside an object) this way
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** JSON's standard escapes plus {@code < > &} and U+2028/U+2029 as {@code \}{@code uXXXX}. */
    static final class Escapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] asciiEscapes;

        Escapes() {
            asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
            asciiEscapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            asciiEscapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            asciiEscapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}

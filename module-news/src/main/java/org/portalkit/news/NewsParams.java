package org.portalkit.news;

import java.util.Locale;

/**
 * Checks the one parameter of the news module's own endpoints: the structure id {@code id} of the print view and
 * the view beacon (list settings and page numbers are portal-core's, {@code org.portalkit.core.list.ElementSettings}).
 * A bad value raises {@link BadParameter}, whose {@link BadParameter#getMessageKey() message key} names the text to
 * show. The check looks at the length first and then walks the value once; no regular expression.
 */
public final class NewsParams {

    /** The length of a structure id ({@code 8-4-4-4-12} hexadecimal digits). */
    public static final int UUID_LENGTH = 36;

    /** Room for white space around a value that is otherwise within its cap. */
    private static final int SPACE = 16;

    private NewsParams() {
    }

    /**
     * @param raw the parameter value
     * @return the UUID in lower case
     * @throws BadParameter ({@code news.error.id}) if it is missing or not a UUID
     */
    public static String structureId(String raw) {
        if (raw == null || raw.length() > UUID_LENGTH + SPACE) {
            throw new BadParameter("news.error.id", raw);
        }
        String value = raw.strip();
        if (value.length() != UUID_LENGTH) {
            throw new BadParameter("news.error.id", raw);
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                throw new BadParameter("news.error.id", raw);
            }
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** A request parameter with a value the module does not accept. */
    public static final class BadParameter extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String messageKey;

        private final int length;

        BadParameter(String messageKey, String value) {
            super(messageKey);
            this.messageKey = messageKey;
            this.length = value == null ? 0 : value.length();
        }

        /** Key of the text (in {@link Messages}) that explains the problem. */
        public String getMessageKey() {
            return messageKey;
        }

        /** A refused parameter is an answer, not a fault: no stack trace is taken (nor could one be logged). */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        /** Length of the refused value (for a log line; the value itself is never logged). */
        public int getValueLength() {
            return length;
        }
    }
}

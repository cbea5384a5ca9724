package org.portalkit.notices;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One notice (THÔNG BÁO) as read from its XML content in one locale: plain values, the body HTML as stored (to be
 * sanitized before output) and the documents that the reader may download. Dates are epoch milliseconds, 0 when not
 * set.
 */
public final class Notice {

    private final String id;
    private final Locale locale;
    private final String link;
    private final String title;
    private final String number;
    private final String summary;
    private final String bodyHtml;
    private final String issuingUnit;
    private final long issueDate;
    private final long deadline;
    private final long expiry;
    private final long lastModified;
    private final boolean pinned;
    private final List<String> categories;
    private final List<Document> documents;

    private Notice(Builder b) {
        id = b.id;
        locale = b.locale;
        link = b.link;
        title = b.title;
        number = b.number;
        summary = b.summary;
        bodyHtml = b.bodyHtml;
        issuingUnit = b.issuingUnit;
        issueDate = b.issueDate;
        deadline = b.deadline;
        expiry = b.expiry;
        lastModified = b.lastModified;
        pinned = b.pinned;
        categories = Collections.unmodifiableList(new ArrayList<>(b.categories));
        documents = Collections.unmodifiableList(new ArrayList<>(b.documents));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The structure id. */
    public String getId() {
        return id;
    }

    /** The locale of the values (the request's, else the content's first). */
    public Locale getLocale() {
        return locale;
    }

    /** The server-relative link of the notice's page. */
    public String getLink() {
        return link;
    }

    public String getTitle() {
        return title;
    }

    /** The number/symbol (số hiệu), e.g. {@code 125/TB-SLĐTBXH}; empty when none. */
    public String getNumber() {
        return number;
    }

    /** The summary (trích yếu), plain text; empty when none. */
    public String getSummary() {
        return summary;
    }

    /** The body as the editor stored it: never write it unsanitized. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getIssuingUnit() {
        return issuingUnit;
    }

    public long getIssueDate() {
        return issueDate;
    }

    /** The deadline (hạn) the notice states, 0 when none. */
    public long getDeadline() {
        return deadline;
    }

    /** When the notice goes offline (the resource's expiry), 0 when never. */
    public long getExpiry() {
        return expiry;
    }

    public long getLastModified() {
        return lastModified;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** The titles of its categories. */
    public List<String> getCategories() {
        return categories;
    }

    /** The documents the reader may download, in the editor's order. */
    public List<Document> getDocuments() {
        return documents;
    }

    /** A document of a notice: its place among the notice's attachments, link text, file name, size in bytes. */
    public static final class Document {

        private final int index;
        private final String text;
        private final String fileName;
        private final long bytes;

        /**
         * @param index    its position among the notice's {@code Attachment} elements, from 1 (the download link
         *                 names the notice and this number, never a file path)
         * @param text     the link text (the editor's title, else the file name)
         * @param fileName the name of the file in the VFS, e.g. {@code ke-hoach-tuyen-dung.pdf}
         * @param bytes    its size
         */
        public Document(int index, String text, String fileName, long bytes) {
            this.index = index;
            this.text = text;
            this.fileName = fileName;
            this.bytes = bytes;
        }

        public int getIndex() {
            return index;
        }

        public String getText() {
            return text;
        }

        public String getFileName() {
            return fileName;
        }

        public long getBytes() {
            return bytes;
        }
    }

    /** Collects the values of a {@link Notice}. */
    public static final class Builder {

        private String id = "";
        private Locale locale = Locale.ENGLISH;
        private String link = "";
        private String title = "";
        private String number = "";
        private String summary = "";
        private String bodyHtml = "";
        private String issuingUnit = "";
        private long issueDate;
        private long deadline;
        private long expiry;
        private long lastModified;
        private boolean pinned;
        private final List<String> categories = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();

        private Builder() {
        }

        private static String clean(String value) {
            return value == null ? "" : value.strip();
        }

        public Builder id(String value) {
            id = clean(value);
            return this;
        }

        public Builder locale(Locale value) {
            locale = value == null ? Locale.ENGLISH : value;
            return this;
        }

        public Builder link(String value) {
            link = clean(value);
            return this;
        }

        public Builder title(String value) {
            title = clean(value);
            return this;
        }

        public Builder number(String value) {
            number = clean(value);
            return this;
        }

        public Builder summary(String value) {
            summary = clean(value);
            return this;
        }

        public Builder bodyHtml(String value) {
            bodyHtml = value == null ? "" : value;
            return this;
        }

        public Builder issuingUnit(String value) {
            issuingUnit = clean(value);
            return this;
        }

        public Builder issueDate(long value) {
            issueDate = Math.max(0, value);
            return this;
        }

        public Builder deadline(long value) {
            deadline = Math.max(0, value);
            return this;
        }

        /** @param value the resource's expiry; {@code Long.MAX_VALUE} (OpenCms' "never") is stored as 0 */
        public Builder expiry(long value) {
            expiry = value <= 0 || value == Long.MAX_VALUE ? 0 : value;
            return this;
        }

        public Builder lastModified(long value) {
            lastModified = Math.max(0, value);
            return this;
        }

        public Builder pinned(boolean value) {
            pinned = value;
            return this;
        }

        public Builder addCategory(String value) {
            if (value != null && !value.isBlank()) {
                categories.add(value.strip());
            }
            return this;
        }

        public Builder addDocument(Document value) {
            documents.add(value);
            return this;
        }

        public Notice build() {
            return new Notice(this);
        }
    }
}

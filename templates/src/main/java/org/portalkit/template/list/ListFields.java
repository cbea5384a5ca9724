package org.portalkit.template.list;

import java.util.List;

/**
 * The fields of one locale of a {@code pk-list} content, by element name ({@code Title}, {@code Type}, …), as
 * {@link ListConfigReader} reads them. {@link XmlListFields} reads an OpenCms XML content; tests give maps.
 */
public interface ListFields {

    /**
     * @param name an element name
     * @return the values of every occurrence, in order, blank ones left out
     */
    List<String> values(String name);

    /**
     * @param name an element name
     * @return the first value, or {@code null} when there is none
     */
    default String value(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.get(0);
    }
}

package org.tepi.filtertable;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.ui.Component;
import com.vaadin.v7.ui.Table;
import com.vaadin.v7.ui.TextField;

/**
 * Stand-in for FilteringTable's {@code org.tepi.filtertable.FilterTable} (FilteringTable is not published on Maven
 * Central).
 *
 * <p>OpenCms' message bundle editor ({@code org.opencms.ui.editors.messagebundle.CmsMessageBundleEditor} and its
 * helper classes) keeps its table in a field of this type. {@code CmsWorkplaceAppManager}'s static initialiser
 * instantiates that editor, so the JVM verifier loads this class while the workplace starts and checks that it is
 * a {@link Table} (the Vaadin 7 compatibility table, like the original's super class).
 *
 * <p>The stand-in is a plain {@link Table} plus the filter API OpenCms calls. It renders no filter bar and never
 * filters the container: filter values are only remembered, in one (never displayed) text field per property, so
 * that {@link #getFilterField(Object)} returns a focusable component and the values read back as written.
 */
public class FilterTable extends Table {

    private static final long serialVersionUID = 1L;

    private final Map<Object, TextField> filterFields = new HashMap<>();
    private FilterDecorator filterDecorator;
    private boolean filterBarVisible;

    /** Creates an empty table. */
    public FilterTable() {
        super();
    }

    /**
     * Creates an empty table with a caption.
     *
     * @param caption the caption
     */
    public FilterTable(String caption) {
        super(caption);
    }

    /** Clears all remembered filter values. */
    public void clearFilters() {
        filterFields.values().forEach(field -> field.setValue(""));
    }

    /** @param decorator the decorator for filter captions and icons (stored, not used) */
    public void setFilterDecorator(FilterDecorator decorator) {
        filterDecorator = decorator;
    }

    /** @return the decorator set with {@link #setFilterDecorator(FilterDecorator)} */
    public FilterDecorator getFilterDecorator() {
        return filterDecorator;
    }

    /** @param visible whether the filter bar should be shown (stored; the stand-in renders none) */
    public void setFilterBarVisible(boolean visible) {
        filterBarVisible = visible;
    }

    /** @return the value set with {@link #setFilterBarVisible(boolean)} */
    public boolean isFilterBarVisible() {
        return filterBarVisible;
    }

    /**
     * Shows or hides the filter field of a column.
     *
     * @param propertyId the column
     * @param visible whether the field is visible
     */
    public void setFilterFieldVisible(Object propertyId, boolean visible) {
        filterField(propertyId).setVisible(visible);
    }

    /**
     * @param propertyId the column
     * @return whether the filter field of the column is visible
     */
    public boolean isFilterFieldVisible(Object propertyId) {
        return filterField(propertyId).isVisible();
    }

    /**
     * Sets the filter value of a column.
     *
     * @param propertyId the column
     * @param value the value; its string form is stored, {@code null} clears it
     * @return always {@code true}: the column's field exists (it is created on demand)
     */
    public boolean setFilterFieldValue(Object propertyId, Object value) {
        filterField(propertyId).setValue(value == null ? "" : value.toString());
        return true;
    }

    /**
     * @param propertyId the column
     * @return the filter value of the column, an empty string if none was set
     */
    public Object getFilterFieldValue(Object propertyId) {
        return filterField(propertyId).getValue();
    }

    /**
     * @param propertyId the column
     * @return the (never displayed) filter field of the column
     */
    public Component getFilterField(Object propertyId) {
        return filterField(propertyId);
    }

    private TextField filterField(Object propertyId) {
        return filterFields.computeIfAbsent(propertyId, id -> new TextField());
    }
}

package org.tepi.filtertable;

import java.io.Serializable;
import java.util.Locale;

import org.tepi.filtertable.numberfilter.NumberFilterPopupConfig;

import com.vaadin.server.Resource;
import com.vaadin.v7.shared.ui.datefield.Resolution;

/**
 * Stand-in for FilteringTable's {@code org.tepi.filtertable.FilterDecorator} (FilteringTable is not published on
 * Maven Central).
 *
 * <p>Implemented by OpenCms' {@code CmsMessageBundleEditorFilterDecorator} and handed to
 * {@link FilterTable#setFilterDecorator(FilterDecorator)} by the message bundle editor. The methods are the ones
 * that implementation provides: captions, icons and formats for the filter fields. The stand-in table stores the
 * decorator but renders no filter bar, so none of them is called.
 */
public interface FilterDecorator extends Serializable {

    /**
     * @param propertyId the property
     * @param value an enum constant
     * @return the display name for the constant in an enum filter
     */
    String getEnumFilterDisplayName(Object propertyId, Object value);

    /**
     * @param propertyId the property
     * @param value an enum constant
     * @return the icon for the constant in an enum filter
     */
    Resource getEnumFilterIcon(Object propertyId, Object value);

    /**
     * @param propertyId the property
     * @param value the boolean value
     * @return the display name of the value in a boolean filter
     */
    String getBooleanFilterDisplayName(Object propertyId, boolean value);

    /**
     * @param propertyId the property
     * @param value the boolean value
     * @return the icon of the value in a boolean filter
     */
    Resource getBooleanFilterIcon(Object propertyId, boolean value);

    /**
     * @param propertyId the property
     * @return whether a text filter applies on every key stroke
     */
    boolean isTextFilterImmediate(Object propertyId);

    /**
     * @param propertyId the property
     * @return the delay of an immediate text filter in milliseconds
     */
    int getTextChangeTimeout(Object propertyId);

    /** @return caption of the "from" field of range filters */
    String getFromCaption();

    /** @return caption of the "to" field of range filters */
    String getToCaption();

    /** @return caption of the "set" button of range filters */
    String getSetCaption();

    /** @return caption of the "clear" button of range filters */
    String getClearCaption();

    /**
     * @param propertyId the property
     * @return the resolution of date filter fields
     */
    Resolution getDateFieldResolution(Object propertyId);

    /**
     * @param propertyId the property
     * @return the date format pattern of date filter fields
     */
    String getDateFormatPattern(Object propertyId);

    /** @return the locale of the filter fields */
    Locale getLocale();

    /** @return the caption meaning "no filter" in selection filters */
    String getAllItemsVisibleString();

    /** @return the configuration of the numeric filter pop-up */
    NumberFilterPopupConfig getNumberFilterPopupConfig();

    /**
     * @param propertyId the property
     * @return whether numeric properties are filtered through a pop-up
     */
    boolean usePopupForNumericProperty(Object propertyId);

    /** @return the message for invalid numbers in numeric filters */
    String getNumberValidationErrorMessage();
}

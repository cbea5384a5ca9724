package org.tepi.filtertable.numberfilter;

import java.io.Serializable;

/**
 * Stand-in for FilteringTable's {@code org.tepi.filtertable.numberfilter.NumberFilterPopupConfig}
 * (FilteringTable is not published on Maven Central).
 *
 * <p>It only occurs as the return type of {@link org.tepi.filtertable.FilterDecorator#getNumberFilterPopupConfig()},
 * implemented by OpenCms' {@code CmsMessageBundleEditorFilterDecorator} (which returns {@code null}). The
 * stand-in {@link org.tepi.filtertable.FilterTable} has no numeric filter pop-up, so the configuration carries no
 * settings.
 */
public class NumberFilterPopupConfig implements Serializable {

    private static final long serialVersionUID = 1L;
}

package org.portalkit.core.text;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.opencms.loader.CmsDefaultFileNameGenerator;

/**
 * OpenCms file name generator whose URL names follow {@link UrlNames}: a content's title
 * "Hội nghị Sơ kết công tác 6 tháng đầu năm 2020" gets the URL name
 * {@code hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020}; when that is taken, OpenCms tries
 * {@code …-2020-2}, {@code …-2020-3} and so on, so URL names stay unique.
 *
 * <p>Everything else (new file names from name patterns, copy names) is OpenCms' default behaviour.
 * Enable it in {@code WEB-INF/config/opencms-vfs.xml} with
 * {@code <namegenerator class="org.portalkit.core.text.UrlNameGenerator"/>} (after {@code <collectors>}); the
 * class must be in WEB-INF/lib when OpenCms starts, so install the org.portalkit.core module and restart
 * first. The PortalKit runtime does this itself (module parameter {@code opencms.namegenerator}).</p>
 */
public class UrlNameGenerator extends CmsDefaultFileNameGenerator {

    @Override
    public Iterator<String> getUrlNameSequence(String baseName) {
        return sequence(UrlNames.slugify(baseName == null ? "" : baseName));
    }

    /**
     * @param slug the first name
     * @return slug, slug-2, slug-3, … (endless)
     */
    static Iterator<String> sequence(String slug) {
        return new Iterator<>() {
            private int m_next = 1;

            @Override
            public boolean hasNext() {
                return m_next < Integer.MAX_VALUE;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int number = m_next++;
                return number == 1 ? slug : slug + "-" + number;
            }
        };
    }
}

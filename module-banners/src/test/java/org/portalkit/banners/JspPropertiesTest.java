package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ModuleFiles;

/** Every property zone.jsp reads is a bean property of its class (JSP EL finds no record accessors). */
class JspPropertiesTest {

    @Test
    void everyPropertyTheZoneJspReadsExists() throws Exception {
        StringBuilder expressions = new StringBuilder();
        Matcher el = Pattern.compile("\\$\\{[^}]*}").matcher(
            ModuleFiles.read(BannersModule.FILES.folder().resolve("elements/zone.jsp")));
        while (el.find()) {
            expressions.append(' ').append(el.group());
        }
        String jsp = expressions.toString();
        Map<String, Class<?>> variables = Map.of("view", ZoneView.class, "zone", ZoneConfig.Zone.class, "b",
            BannerItem.class);
        int checked = 0;
        for (Map.Entry<String, Class<?>> v : variables.entrySet()) {
            Set<String> properties = new HashSet<>();
            for (PropertyDescriptor d : Introspector.getBeanInfo(v.getValue()).getPropertyDescriptors()) {
                if (d.getReadMethod() != null) {
                    properties.add(d.getName());
                }
            }
            Matcher m = Pattern.compile("[^\\w.]" + v.getKey() + "\\.(\\w+)").matcher(jsp);
            while (m.find()) {
                assertTrue(properties.contains(m.group(1)), v.getKey() + "." + m.group(1) + " of " + v.getValue());
                checked++;
            }
        }
        assertFalse(checked < 20, "checked " + checked);
    }
}

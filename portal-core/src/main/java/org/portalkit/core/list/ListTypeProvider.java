package org.portalkit.core.list;

import java.util.List;

/**
 * Service provider interface: a module that has listable resource types names their {@link ListTypeMapping}s, so
 * that list configurations (e.g. the {@code pk-list} type of the templates module) can list them without a compile
 * dependency on the module. A module registers its implementation in
 * {@code META-INF/services/org.portalkit.core.list.ListTypeProvider} of its jar; {@link ListTypeMappings} finds it with
 * {@link java.util.ServiceLoader}. Implementations need a public no-argument constructor and must not fail.
 */
public interface ListTypeProvider {

    /** @return the mappings of the module's listable types (each type name once) */
    List<ListTypeMapping> mappings();
}

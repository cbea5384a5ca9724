package org.portalkit.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link RunningPortal}: started by the first test class that asks for it, shared by all,
 * stopped when the whole test run ends.
 */
public class PortalRuntimeExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPortal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(RunningPortal.class, key -> {
                try {
                    return RunningPortal.start();
                } catch (Exception e) {
                    throw new IllegalStateException("The PortalKit runtime did not start: " + e.getMessage(), e);
                }
            }, RunningPortal.class);
    }
}

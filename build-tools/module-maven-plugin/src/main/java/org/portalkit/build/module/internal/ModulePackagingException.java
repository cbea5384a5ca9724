package org.portalkit.build.module.internal;

/**
 * A module cannot be packaged because its inputs are invalid; the message says what to fix.
 */
public class ModulePackagingException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModulePackagingException(String message) {
        super(message);
    }

    public ModulePackagingException(String message, Throwable cause) {
        super(message, cause);
    }
}

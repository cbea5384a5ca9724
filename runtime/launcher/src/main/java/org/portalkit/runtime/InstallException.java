package org.portalkit.runtime;

/**
 * A failure that ends the installer with one clear message and a non-zero exit status.
 */
public class InstallException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int m_exitStatus;

    /**
     * @param message what went wrong and, where possible, what to do about it
     */
    public InstallException(String message) {
        this(message, 1, null);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying error
     */
    public InstallException(String message, Throwable cause) {
        this(message, 1, cause);
    }

    /**
     * @param message what went wrong
     * @param exitStatus the process exit status to use
     * @param cause the underlying error, may be null
     */
    public InstallException(String message, int exitStatus, Throwable cause) {
        super(message, cause);
        m_exitStatus = exitStatus;
    }

    /** @return the process exit status */
    public int getExitStatus() {
        return m_exitStatus;
    }
}

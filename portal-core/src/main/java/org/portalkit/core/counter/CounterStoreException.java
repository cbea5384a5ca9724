package org.portalkit.core.counter;

/**
 * The counter database could not be read or written.
 */
public class CounterStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the underlying error
     */
    public CounterStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

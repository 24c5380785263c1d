package com.webook.provider.support.error;

/**
 * A dependency (a store, another service) failed, so nothing was done and the same request may succeed
 * later. Plain Java, so a domain port may declare it; {@link ErrorBoundary} answers it as
 * {@code UNAVAILABLE} with an incident id and logs its cause once.
 */
public class Unavailable extends RuntimeException {

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

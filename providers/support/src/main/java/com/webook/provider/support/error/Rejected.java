package com.webook.provider.support.error;

/**
 * A request a context's rules refuse, the base of each context's own rejection ({@code UserRejected},
 * {@code ArticleRejected}, ...). Plain Java, so the domain may throw it. The message is written for the
 * end user: it names the field and the rule, never internal details. It has no stack trace: it is an
 * answer, not a crash.
 *
 * <p>At the service boundary, {@link ErrorBoundary} answers it with the constant of the service's
 * declared error codes ({@code @ErrorCodes} on the contract) named like {@link #rejection()}; a provider's
 * build checks that every rejection has one.
 */
public abstract class Rejected extends RuntimeException {

    protected Rejected(String message) {
        super(message, null, false, false);
    }

    /** Why: a constant of the context's own {@code Rejection} enum. */
    public abstract Enum<?> rejection();
}

package com.webook.api.common.v1;

/**
 * The one way a service answers with an error. A declared rejection carries its code and a message
 * written for the end user; a failure the provider did not expect carries a {@link PlatformErrorCode}
 * and an {@link #incidentId()} under which the provider logged the details, and never the details
 * themselves. It has no stack trace: it is an answer, not a crash.
 */
public final class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    private final ErrorCode code;
    private final String incidentId;

    public ServiceException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** Left lenient about nulls on purpose: Hessian2 builds exceptions through a constructor with nulls. */
    public ServiceException(ErrorCode code, String message, String incidentId) {
        super(message, null, false, false);
        this.code = code;
        this.incidentId = incidentId;
    }

    public ErrorCode errorCode() {
        return code == null ? PlatformErrorCode.INTERNAL : code;
    }

    public ErrorKind kind() {
        return errorCode().kind();
    }

    /** Set for unexpected failures: the key to the provider's log line. Null for declared rejections. */
    public String incidentId() {
        return incidentId;
    }

    /** True when {@code failure} is a service's answer with one of these codes. */
    public static boolean is(Throwable failure, ErrorCode... codes) {
        if (failure instanceof ServiceException answer) {
            for (ErrorCode code : codes) {
                if (answer.errorCode() == code) {
                    return true;
                }
            }
        }
        return false;
    }
}

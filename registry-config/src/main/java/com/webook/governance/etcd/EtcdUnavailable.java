package com.webook.governance.etcd;

import java.util.concurrent.ExecutionException;

/** etcd did not answer in time, refused the credentials, or is not there. */
public class EtcdUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EtcdUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    static String reason(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}

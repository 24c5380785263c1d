package com.webook.api.common.v1;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calling this method twice may do something twice or answer differently, so callers never retry it
 * blindly: a failure whose outcome is unknown reaches the caller. The value says what a retry would do.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotIdempotent {

    /** What a blind retry would do, e.g. "a retried sign-up answers 'email taken'". */
    String value();
}

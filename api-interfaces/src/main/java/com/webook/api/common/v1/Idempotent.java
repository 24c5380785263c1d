package com.webook.api.common.v1;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calling this method again with the same arguments changes nothing more than calling it once, so a
 * caller may retry it on another instance after a failure whose outcome it cannot know (a timeout, a
 * dropped connection). Every method of a service declares this or {@link NotIdempotent}; the platform's
 * clients retry only these.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}

package com.webook.api.common.v1;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error codes a service answers its declared rejections with, besides the
 * {@link PlatformErrorCode}s every service may answer. A provider's error boundary turns a domain
 * rejection into the constant of this enum with the rejection's name.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ErrorCodes {

    Class<? extends Enum<? extends ErrorCode>> value();
}

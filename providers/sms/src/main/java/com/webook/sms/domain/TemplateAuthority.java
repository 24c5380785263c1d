package com.webook.sms.domain;

/** Checks the template tokens the platform's operators issue. */
public interface TemplateAuthority {

    /**
     * The grant a token carries, or {@link SmsRejected} with {@link Rejection#UNAUTHORIZED} when the
     * token is missing, malformed, forged or expired.
     */
    TemplateGrant verify(String token);
}

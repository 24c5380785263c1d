package com.webook.api.sms.v1;

import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.NotIdempotent;
import com.webook.api.common.v1.ServiceException;

/**
 * Sends templated text messages through the platform's SMS vendors, failing over between them and
 * queueing for a later retry when all are limited or failing. Rejections are {@link ServiceException}s
 * with an {@link SmsErrorCode}.
 * Not safe to retry blindly: a retried send may deliver twice.
 */
@ErrorCodes(SmsErrorCode.class)
public interface SmsService {

    String VERSION = "1.0.0";

    /**
     * Sends one message to each number. The request's template token, issued by the platform's
     * operators, names the template the caller may use; a missing, forged or expired token is
     * {@link SmsErrorCode#UNAUTHORIZED}. Returns once a vendor accepted the message, or once it is
     * stored for asynchronous sending ({@link SmsReceipt#queued()}).
     */
    @NotIdempotent("a retried send may deliver the message twice")
    SmsReceipt send(SendSmsRequest request);
}

package com.webook.api.code.v1;

import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.NotIdempotent;
import com.webook.api.common.v1.ServiceException;

/**
 * One-time verification codes sent by SMS, per business purpose ({@code biz}, e.g. {@code login})
 * and phone number. Rejections are {@link ServiceException}s with a {@link CodeErrorCode}; neither
 * method is safe to retry blindly (a retried send is refused as too frequent; a retried verify spends
 * an attempt).
 */
@ErrorCodes(CodeErrorCode.class)
public interface CodeService {

    String VERSION = "1.0.0";

    /**
     * Draws a fresh 6-digit code, valid for 10 minutes, and sends it to {@code phone}.
     * {@link CodeErrorCode#TOO_FREQUENT} within a minute of the previous send for the same biz and
     * phone; {@link CodeErrorCode#SEND_FAILED} when the message could not be handed to the SMS service
     * (the code is then withdrawn, so the user may ask again at once).
     *
     * @param biz   what the code is for: 1–32 of {@code [a-z0-9_]}
     * @param phone digits with an optional leading {@code +}, as normalized by the caller
     */
    @NotIdempotent("a retried send is refused as too frequent")
    void send(String biz, String phone);

    /**
     * Checks a code the user typed. Returns normally when it is right; a right code is then used up.
     * {@link CodeErrorCode#WRONG_CODE} for a wrong one (each costs one of 3 attempts),
     * {@link CodeErrorCode#TOO_MANY_ATTEMPTS} once 3 attempts are spent (even the right code then fails),
     * {@link CodeErrorCode#CODE_EXPIRED} when no live code exists (never sent, expired or used up).
     */
    @NotIdempotent("a retried verify spends one more of the code's 3 attempts")
    void verify(String biz, String phone, String code);
}

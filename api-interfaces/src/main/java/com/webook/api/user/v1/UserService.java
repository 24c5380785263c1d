package com.webook.api.user.v1;

import java.util.List;

import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.Idempotent;
import com.webook.api.common.v1.NotIdempotent;
import com.webook.api.common.v1.ServiceException;

/**
 * Accounts and profiles. Every method throws a {@link ServiceException} with a {@link UserErrorCode} for
 * a rejection the caller can act on; anything else is a system failure.
 */
@ErrorCodes(UserErrorCode.class)
public interface UserService {

    String VERSION = "1.0.0";

    /** Creates an account; {@link UserErrorCode#EMAIL_TAKEN} when the email is registered. */
    @NotIdempotent("a retried sign-up after a timeout answers 'email taken'")
    UserProfile signUp(SignUpRequest request);

    /** {@link UserErrorCode#INVALID_CREDENTIALS} for an unknown email and for a wrong password alike. */
    @Idempotent
    UserProfile logIn(LogInRequest request);

    /** The user with this phone number, created on first use; concurrent calls create one user. */
    @Idempotent
    UserProfile findOrCreateByPhone(String phone);

    /** The user with this WeChat identity (unionId first, then openId), created on first use. */
    @Idempotent
    UserProfile findOrCreateByWechat(WechatIdentity identity);

    /** {@link UserErrorCode#USER_NOT_FOUND} when there is no such user. */
    @Idempotent
    UserProfile getProfile(long userId);

    /** Validates and stores the editable fields; returns the profile as stored. */
    @Idempotent
    UserProfile editProfile(EditProfileRequest request);

    /** Profiles for the ids that exist, in the order asked; unknown ids are left out. At most 500 ids. */
    @Idempotent
    List<UserProfile> getProfiles(List<Long> userIds);
}

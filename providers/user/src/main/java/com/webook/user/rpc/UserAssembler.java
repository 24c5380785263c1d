package com.webook.user.rpc;

import java.util.List;

import com.webook.api.user.v1.UserErrorCode;
import com.webook.api.user.v1.UserException;
import com.webook.api.user.v1.UserProfile;
import com.webook.user.domain.User;
import com.webook.user.domain.UserRejected;

/** Maps the domain to the published records and rejections to published error codes. Nothing else. */
final class UserAssembler {

    private UserAssembler() {
    }

    static UserProfile toProfile(User user) {
        return new UserProfile(user.id().value(), user.email(), user.phone(), user.profile().nickname(),
                user.profile().birthday(), user.profile().aboutMe(), user.createdAt());
    }

    static List<UserProfile> toProfiles(List<User> users) {
        return users.stream().map(UserAssembler::toProfile).toList();
    }

    static UserException toException(UserRejected rejected) {
        UserErrorCode code = switch (rejected.rejection()) {
            case INVALID_ARGUMENT -> UserErrorCode.INVALID_ARGUMENT;
            case EMAIL_TAKEN -> UserErrorCode.EMAIL_TAKEN;
            case INVALID_CREDENTIALS -> UserErrorCode.INVALID_CREDENTIALS;
            case USER_NOT_FOUND -> UserErrorCode.USER_NOT_FOUND;
        };
        return new UserException(code, rejected.getMessage());
    }
}

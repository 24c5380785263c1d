package com.webook.user.rpc;

import java.util.List;

import com.webook.api.user.v1.UserProfile;
import com.webook.user.domain.User;

/** Maps the domain to the published records. Nothing else. */
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
}

package com.webook.web.user;

import java.util.Objects;

import com.webook.api.user.v1.UserProfile;

/** A user's own profile as the API shows it; birthday as {@code YYYY-MM-DD}. */
public record ProfileView(long id, String email, String phone, String nickname, String birthday, String aboutMe,
                          String createdAt) {

    static ProfileView of(UserProfile profile) {
        return new ProfileView(profile.id(), profile.email(), profile.phone(), profile.nickname(),
                Objects.toString(profile.birthday(), null), profile.aboutMe(), Objects.toString(profile.createdAt(), null));
    }
}

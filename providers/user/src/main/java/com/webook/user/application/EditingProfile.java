package com.webook.user.application;

import java.time.Clock;
import java.time.LocalDate;

import com.webook.user.domain.Profile;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.domain.UserRepository;

/** Replaces a user's profile after checking the rules. */
public class EditingProfile {

    private final UserRepository users;
    private final Clock clock;

    public EditingProfile(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public User edit(UserId id, String nickname, LocalDate birthday, String aboutMe) {
        Profile edited = Profile.edited(nickname, birthday, aboutMe, clock);
        User user = users.find(id).orElseThrow(ViewingProfiles::notFound);
        if (!users.storeProfile(id, edited)) {
            throw ViewingProfiles.notFound();
        }
        return user.withProfile(edited);
    }

}

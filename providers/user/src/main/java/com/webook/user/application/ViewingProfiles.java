package com.webook.user.application;

import java.util.List;

import com.webook.user.domain.Rejection;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.domain.UserRejected;
import com.webook.user.domain.UserRepository;

/** Reads profiles, one or many at a time. */
public class ViewingProfiles {

    public static final int MAX_BATCH = 500;

    private final UserRepository users;

    public ViewingProfiles(UserRepository users) {
        this.users = users;
    }

    public User one(UserId id) {
        return users.find(id).orElseThrow(ViewingProfiles::notFound);
    }

    /** The users that exist among {@code ids}, in the order asked, duplicates once. */
    public List<User> many(List<UserId> ids) {
        if (ids.size() > MAX_BATCH) {
            throw UserRejected.invalid("at most " + MAX_BATCH + " ids per call");
        }
        return users.findAll(ids.stream().distinct().toList());
    }

    static UserRejected notFound() {
        return new UserRejected(Rejection.USER_NOT_FOUND, "no such user");
    }
}

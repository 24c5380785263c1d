package com.webook.user.application;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import com.webook.user.domain.IdentityTaken;
import com.webook.user.domain.NewUser;
import com.webook.user.domain.PhoneNumber;
import com.webook.user.domain.User;
import com.webook.user.domain.UserRepository;
import com.webook.user.domain.WechatAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user behind a phone number or a WeChat identity, created on first use. Concurrent first
 * uses of one identity create one user: the unique index decides, and the losers read the winner.
 */
public class FindingOrCreatingUser {

    private static final Logger log = LoggerFactory.getLogger(FindingOrCreatingUser.class);

    private final UserRepository users;
    private final Clock clock;

    public FindingOrCreatingUser(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public User byPhone(String phone) {
        String checked = PhoneNumber.check(phone);
        return findOrCreate(() -> users.findByPhone(checked), () -> NewUser.withPhone(checked, clock.instant()));
    }

    public User byWechat(WechatAccount wechat) {
        return findOrCreate(() -> users.findByWechat(wechat), () -> NewUser.withWechat(wechat, clock.instant()));
    }

    private User findOrCreate(Supplier<Optional<User>> find, Supplier<NewUser> create) {
        Optional<User> existing = find.get();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            User created = users.store(create.get());
            log.info("account {} created on first {} log-in", created.id(), created.phone() != null ? "phone" : "WeChat");
            return created;
        } catch (IdentityTaken raced) {
            return find.get().orElseThrow(() -> new IllegalStateException(
                    "identity taken by a user that cannot be read back", raced));
        }
    }
}

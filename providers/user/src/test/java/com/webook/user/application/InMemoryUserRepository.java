package com.webook.user.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import com.webook.user.domain.Credentials;
import com.webook.user.domain.IdentityTaken;
import com.webook.user.domain.IdentityTaken.Identity;
import com.webook.user.domain.NewUser;
import com.webook.user.domain.Profile;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.domain.UserRepository;
import com.webook.user.domain.WechatAccount;

/** A repository with the same unique identities as the table, for use-case tests. */
class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new LinkedHashMap<>();
    private final Map<UserId, String> hashes = new LinkedHashMap<>();
    private long nextId = 1;
    /** When set, the next store first lets this "concurrent" user in, as a racing caller would. */
    private NewUser racer;

    void letRacerInFirst(NewUser racer) {
        this.racer = racer;
    }

    int size() {
        return users.size();
    }

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public List<User> findAll(List<UserId> ids) {
        List<User> found = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(found::add));
        return found;
    }

    @Override
    public Optional<User> findByPhone(String phone) {
        return first(u -> Objects.equals(u.phone(), phone));
    }

    @Override
    public Optional<User> findByWechat(WechatAccount wechat) {
        Optional<User> byUnion = wechat.hasUnionId()
                ? first(u -> u.wechat() != null && wechat.unionId().equals(u.wechat().unionId()))
                : Optional.empty();
        return byUnion.or(() -> first(u -> u.wechat() != null && wechat.openId().equals(u.wechat().openId())));
    }

    @Override
    public Optional<Credentials> findCredentials(String email) {
        return first(u -> Objects.equals(u.email(), email)).map(u -> new Credentials(u.id(), hashes.get(u.id())));
    }

    @Override
    public User store(NewUser user) {
        if (racer != null) {
            NewUser first = racer;
            racer = null;
            store(first);
        }
        if (user.email() != null && first(u -> user.email().equals(u.email())).isPresent()) {
            throw new IdentityTaken(Identity.EMAIL);
        }
        if (user.phone() != null && findByPhone(user.phone()).isPresent()) {
            throw new IdentityTaken(Identity.PHONE);
        }
        if (user.wechat() != null && first(u -> u.wechat() != null
                && u.wechat().openId().equals(user.wechat().openId())).isPresent()) {
            throw new IdentityTaken(Identity.WECHAT);
        }
        User stored = new User(new UserId(nextId++), user.email(), user.phone(), user.wechat(), Profile.EMPTY,
                user.createdAt());
        users.put(stored.id(), stored);
        hashes.put(stored.id(), user.passwordHash());
        return stored;
    }

    @Override
    public boolean storeProfile(UserId id, Profile profile) {
        User user = users.get(id);
        if (user == null) {
            return false;
        }
        users.put(id, user.withProfile(profile));
        return true;
    }

    String hashOf(UserId id) {
        return hashes.get(id);
    }

    private Optional<User> first(Predicate<User> test) {
        return users.values().stream().filter(test).findFirst();
    }
}

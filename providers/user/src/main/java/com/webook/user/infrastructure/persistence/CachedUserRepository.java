package com.webook.user.infrastructure.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.webook.provider.support.cache.CacheFallback;
import com.webook.provider.support.persistence.DuplicateKeys;
import com.webook.user.domain.Credentials;
import com.webook.user.domain.IdentityTaken;
import com.webook.user.domain.IdentityTaken.Identity;
import com.webook.user.domain.NewUser;
import com.webook.user.domain.Profile;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.domain.UserRepository;
import com.webook.user.domain.WechatAccount;
import com.webook.user.infrastructure.cache.UserCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * MySQL behind a cache-aside cache of users by id. The cache is an optimisation, never a
 * dependency: when it fails, reads go to MySQL and the failure is logged and counted
 * ({@code webook.cache.degraded}).
 */
public class CachedUserRepository implements UserRepository {

    private static final Logger log = LoggerFactory.getLogger(CachedUserRepository.class);

    private final MybatisUserDao dao;
    private final UserCache cache;
    private final Clock clock;
    private final CacheFallback fallback;

    public CachedUserRepository(MybatisUserDao dao, UserCache cache, Clock clock, MeterRegistry meters) {
        this.dao = dao;
        this.cache = cache;
        this.clock = clock;
        this.fallback = new CacheFallback("user", meters);
    }

    @Override
    public Optional<User> find(UserId id) {
        Optional<User> cached = fallback.get("get", () -> cache.get(id)).flatMap(hit -> hit);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<User> stored = Optional.ofNullable(dao.findById(id.value())).map(UserRow::toUser);
        stored.ifPresent(user -> fallback.run("put", () -> cache.put(user)));
        return stored;
    }

    @Override
    public List<User> findAll(List<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UserId, User> found = new LinkedHashMap<>(fallback.get("getAll", () -> cache.getAll(ids)).orElse(Map.of()));
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).map(UserId::value).toList();
        if (!missing.isEmpty()) {
            List<User> loaded = dao.findByIds(missing).stream().map(UserRow::toUser).toList();
            loaded.forEach(user -> found.put(user.id(), user));
            if (!loaded.isEmpty()) {
                fallback.run("putAll", () -> cache.putAll(loaded));
            }
        }
        List<User> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    @Override
    public Optional<User> findByPhone(String phone) {
        return Optional.ofNullable(dao.findByPhone(phone)).map(UserRow::toUser);
    }

    @Override
    public Optional<User> findByWechat(WechatAccount wechat) {
        UserRow row = wechat.hasUnionId() ? dao.findByWechatUnionId(wechat.unionId()) : null;
        if (row == null) {
            row = dao.findByWechatOpenId(wechat.openId());
        }
        return Optional.ofNullable(row).map(UserRow::toUser);
    }

    @Override
    public Optional<Credentials> findCredentials(String email) {
        return Optional.ofNullable(dao.findByEmail(email)).map(UserRow::toCredentials);
    }

    @Override
    public User store(NewUser user) {
        NewUserRow row = new NewUserRow(user);
        try {
            dao.insert(row);
        } catch (DuplicateKeyException duplicate) {
            throw new IdentityTaken(identityOf(duplicate));
        }
        // As stored: the table keeps milliseconds.
        return new User(new UserId(row.getId()), user.email(), user.phone(), user.wechat(), Profile.EMPTY,
                Instant.ofEpochMilli(row.getCreatedAt()));
    }

    @Override
    public boolean storeProfile(UserId id, Profile profile) {
        int updated = dao.updateProfile(id.value(), profile.nickname(), profile.birthday(), profile.aboutMe(),
                clock.millis());
        // Evict even when the update touched no row: an entry for a missing user must not linger.
        boolean evicted = fallback.run("evict", () -> cache.evict(id));
        if (!evicted) {
            log.error("user {} edited but its cache entry could not be evicted; it may be served stale for up to 15 minutes", id);
        }
        return updated == 1;
    }

    private static Identity identityOf(DuplicateKeyException duplicate) {
        String key = DuplicateKeys.violatedKey(duplicate).orElse("");
        if (key.contains("email")) {
            return Identity.EMAIL;
        }
        if (key.contains("phone")) {
            return Identity.PHONE;
        }
        if (key.contains("wechat")) {
            return Identity.WECHAT;
        }
        throw duplicate;
    }
}

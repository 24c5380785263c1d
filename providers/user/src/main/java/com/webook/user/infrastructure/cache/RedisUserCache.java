package com.webook.user.infrastructure.cache;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.provider.support.cache.RedisJsonEntries;
import com.webook.user.domain.Profile;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.domain.WechatAccount;
import org.springframework.data.redis.core.StringRedisTemplate;

/** {@code user:info:<id>} → the user as JSON, for 15 minutes. Credentials are never cached. */
public class RedisUserCache implements UserCache {

    public static final String KEY_PREFIX = "user:info:";
    public static final Duration TTL = Duration.ofMinutes(15);

    private final RedisJsonEntries<Entry> entries;

    public RedisUserCache(StringRedisTemplate redis, ObjectMapper json) {
        this.entries = new RedisJsonEntries<>(redis, json, Entry.class, KEY_PREFIX, TTL);
    }

    @Override
    public Optional<User> get(UserId id) {
        return entries.get(id.value()).map(Entry::toUser);
    }

    @Override
    public Map<UserId, User> getAll(Collection<UserId> ids) {
        Map<UserId, User> users = new LinkedHashMap<>();
        entries.getAll(ids.stream().map(UserId::value).toList())
                .forEach((id, entry) -> users.put(new UserId(id), entry.toUser()));
        return users;
    }

    @Override
    public void put(User user) {
        entries.put(user.id().value(), Entry.of(user));
    }

    @Override
    public void putAll(List<User> users) {
        Map<Long, Entry> batch = new LinkedHashMap<>();
        users.forEach(user -> batch.put(user.id().value(), Entry.of(user)));
        entries.putAll(batch);
    }

    @Override
    public void evict(UserId id) {
        entries.evict(id.value());
    }

    /** The cached shape: flat, so the domain can change without breaking entries already in Redis. */
    record Entry(long id, String email, String phone, String wechatOpenId, String wechatUnionId,
                 String nickname, LocalDate birthday, String aboutMe, long createdAt) {

        static Entry of(User user) {
            WechatAccount wechat = user.wechat();
            Profile profile = user.profile();
            return new Entry(user.id().value(), user.email(), user.phone(),
                    wechat == null ? null : wechat.openId(), wechat == null ? null : wechat.unionId(),
                    profile.nickname(), profile.birthday(), profile.aboutMe(), user.createdAt().toEpochMilli());
        }

        User toUser() {
            return new User(new UserId(id), email, phone,
                    wechatOpenId == null ? null : new WechatAccount(wechatOpenId, wechatUnionId),
                    new Profile(nickname, birthday, aboutMe), Instant.ofEpochMilli(createdAt));
        }
    }
}

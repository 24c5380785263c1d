package com.webook.code.infrastructure.redis;

import java.util.List;

import com.webook.code.domain.CodeStore;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.VerificationCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Codes in Redis: {@code phone_code:<biz>:{<phone>}} holds the code and
 * {@code phone_code:<biz>:{<phone>}:cnt} the attempts left ({@code -1} once used), both expiring with
 * the code. Every operation is one Lua script (EVALSHA), so it is atomic; the braces keep a target's
 * two keys in one slot of a Redis Cluster.
 */
public class RedisCodeStore implements CodeStore {

    public static final String KEY_PREFIX = "phone_code:";

    private static final RedisScript<Long> STORE = script("lua/store_code.lua");
    private static final RedisScript<Long> CHECK = script("lua/check_code.lua");
    private static final RedisScript<Long> WITHDRAW = script("lua/withdraw_code.lua");

    private final StringRedisTemplate redis;

    public RedisCodeStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public static String key(CodeTarget target) {
        return KEY_PREFIX + target.biz() + ":{" + target.phone() + "}";
    }

    @Override
    public Stored store(CodeTarget target, VerificationCode code) {
        long result = run(STORE, target, code.digits(), Long.toString(VALIDITY.toMillis()),
                Long.toString(RESEND_INTERVAL.toMillis()), Integer.toString(ATTEMPTS));
        if (result == 0) {
            return Stored.STORED;
        }
        if (result == -1) {
            return Stored.TOO_FREQUENT;
        }
        throw new CodeStoreUnavailable("the code key " + key(target) + " has no expiry; refusing to overwrite it", null);
    }

    @Override
    public Checked check(CodeTarget target, VerificationCode typed) {
        long result = run(CHECK, target, typed.digits());
        return switch ((int) result) {
            case 0 -> Checked.ACCEPTED;
            case 1 -> Checked.WRONG;
            case 2 -> Checked.TOO_MANY_ATTEMPTS;
            case 3 -> Checked.NO_LIVE_CODE;
            default -> throw new CodeStoreUnavailable("unexpected answer " + result + " from the check script", null);
        };
    }

    @Override
    public void withdraw(CodeTarget target, VerificationCode code) {
        run(WITHDRAW, target, code.digits());
    }

    private long run(RedisScript<Long> script, CodeTarget target, String... args) {
        String key = key(target);
        Long result;
        try {
            result = redis.execute(script, List.of(key, key + ":cnt"), (Object[]) args);
        } catch (DataAccessException e) {
            throw new CodeStoreUnavailable("Redis failed: " + e.getMessage(), e);
        }
        if (result == null) {
            throw new CodeStoreUnavailable("Redis answered nothing", null);
        }
        return result;
    }

    private static RedisScript<Long> script(String path) {
        return RedisScript.of(new ClassPathResource(path), Long.class);
    }
}

package com.webook.governance.limit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.webook.governance.text.Digests;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The platform's one rate limiter, shared by every instance through Redis: the generic cell rate
 * algorithm (GCRA) in one Lua script, one key per limit and subject holding a single number, which
 * expires as soon as the subject has its full allowance back.
 *
 * <p>Several limits are checked at once and atomically ({@link #take}): a request is charged to all of
 * them or to none, so a refusal by one does not spend another's allowance. Limits that count only some
 * outcomes (failed log-ins) charge before the attempt and {@link #refund} after one that did not count:
 * checking first and charging after a failure would let parallel attempts all pass the check.
 *
 * <p>Subjects (an address, a phone number, an account) appear in keys only as a digest:
 * {@code <prefix>:<limit>:<digest>}. Redis failures surface as Spring's {@code DataAccessException}; what
 * that means for a request (refuse or let through) is the caller's policy.
 */
public class RedisRateLimiter {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> GCRA = RedisScript.of(new ClassPathResource("lua/webook-gcra.lua"), List.class);

    private final StringRedisTemplate redis;
    private final String keyPrefix;

    /** @param keyPrefix the first part of every key, e.g. {@code web:limit} */
    public RedisRateLimiter(StringRedisTemplate redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    /** One limit applied to one subject. */
    public record Charge(Limit limit, String subject) {
    }

    /** Allowed when every limit allows it; then it is charged to every one. */
    public Decision take(Charge... charges) {
        return run("take", charges);
    }

    /** Gives back one charge of each limit (as far as it was spent), for an attempt that did not count. */
    public void refund(Charge... charges) {
        run("refund", charges);
    }

    private Decision run(String mode, Charge... charges) {
        if (charges.length == 0) {
            return Decision.ALLOWED;
        }
        List<String> keys = new ArrayList<>(charges.length);
        List<String> arguments = new ArrayList<>(1 + 2 * charges.length);
        arguments.add(mode);
        for (Charge charge : charges) {
            keys.add(key(charge));
            arguments.add(Long.toString(charge.limit().intervalMillis()));
            arguments.add(Integer.toString(charge.limit().limit()));
        }
        List<?> answer = redis.execute(GCRA, keys, arguments.toArray());
        if (answer == null || answer.size() != 3) {
            throw new IllegalStateException("Redis answered " + answer + " to the rate-limit script");
        }
        if (((Number) answer.get(0)).longValue() == 1) {
            return Decision.ALLOWED;
        }
        Limit refusedBy = charges[((Number) answer.get(2)).intValue() - 1].limit();
        return new Decision(false, Duration.ofMillis(((Number) answer.get(1)).longValue()), refusedBy);
    }

    String key(Charge charge) {
        // 128 bits of SHA-256: short keys of fixed length, and no address or number in clear.
        return keyPrefix + ":" + charge.limit().name() + ":" + Digests.sha256(charge.subject(), 16);
    }

}

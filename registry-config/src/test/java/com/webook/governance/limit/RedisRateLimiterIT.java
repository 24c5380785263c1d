package com.webook.governance.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.webook.governance.limit.RedisRateLimiter.Charge;
import com.webook.governance.testkit.Concurrently;
import com.webook.governance.testkit.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The GCRA script against the real Redis (database 15, which no other test uses). */
class RedisRateLimiterIT {

    private static final StringRedisTemplate redis = TestRedis.template();

    private final String subject = "it-" + UUID.randomUUID();
    private RedisRateLimiter limiter;

    private RedisRateLimiter limiter() {
        if (limiter == null) {
            limiter = new RedisRateLimiter(redis, "it:limit");
        }
        return limiter;
    }

    /**
     * One more per interval is shown by moving the key's TAT (the time, in ms, at which the subject has its
     * whole allowance back; the script reads nothing else) back by the wait the refusal named, as if that
     * wait had passed. With a 10 s interval nothing here depends on how fast the machine is.
     */
    @Test
    void allowsTheBurstThenOneMorePerIntervalAndSaysHowLongToWait() {
        Duration interval = Duration.ofSeconds(10);
        Limit three = new Limit("three", 3, interval.multipliedBy(3));
        Charge charge = new Charge(three, subject);

        long start = System.nanoTime();
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(limiter().take(charge).allowed());
        }
        Decision refused = limiter().take(charge);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answers).containsExactly(true, true, true);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusedBy()).isEqualTo(three);
        // The first charge's interval, less the time since it: Redis counts whole ms, hence the 2 ms.
        assertThat(refused.retryAfter()).isBetween(interval.minus(elapsed).minusMillis(2), interval);

        redis.opsForValue().decrement(limiter().key(charge), refused.retryAfter().toMillis());

        assertThat(limiter().take(charge).allowed()).as("once the wait has passed").isTrue();
        assertThat(limiter().take(charge).allowed()).as("and only one").isFalse();
    }

    @Test
    void severalLimitsChargeAllOrNothing() {
        Limit roomy = new Limit("roomy", 10, Duration.ofMinutes(1));
        Limit tight = new Limit("tight", 1, Duration.ofMinutes(1));

        assertThat(limiter().take(new Charge(roomy, subject), new Charge(tight, subject)).allowed()).isTrue();
        for (int i = 0; i < 5; i++) {
            Decision decision = limiter().take(new Charge(roomy, subject), new Charge(tight, subject));
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.refusedBy()).isEqualTo(tight);
        }

        // The refusals did not spend the roomy limit: 9 of its 10 are left.
        int left = 0;
        while (limiter().take(new Charge(roomy, subject)).allowed()) {
            left++;
        }
        assertThat(left).isEqualTo(9);
    }

    @Test
    void aRefundGivesBackOneChargeAndNoMore() {
        Limit two = new Limit("two", 2, Duration.ofMinutes(1));
        Charge charge = new Charge(two, subject);

        limiter().refund(charge); // nothing spent: nothing to give back, no credit beyond the burst
        assertThat(limiter().take(charge).allowed()).isTrue();
        assertThat(limiter().take(charge).allowed()).isTrue();
        assertThat(limiter().take(charge).allowed()).isFalse();

        limiter().refund(charge);
        assertThat(limiter().take(charge).allowed()).isTrue();
        assertThat(limiter().take(charge).allowed()).isFalse();

        limiter().refund(charge);
        limiter().refund(charge);
        limiter().refund(charge);
        assertThat(redis.hasKey(limiter().key(charge))).as("all given back: the key is gone").isFalse();
        assertThat(limiter().take(charge).allowed()).isTrue();
        assertThat(limiter().take(charge).allowed()).isTrue();
        assertThat(limiter().take(charge).allowed()).isFalse();
    }

    /** 40 takes by 16 callers released at once (callers 0 to 7 make three, the others two). */
    @Test
    void concurrentCallersGetExactlyTheLimit() throws Exception {
        Charge charge = new Charge(new Limit("ten", 10, Duration.ofMinutes(1)), subject);
        RedisRateLimiter limiter = limiter();
        int takes = 40;
        int callers = 16;

        List<Integer> allowedPerCaller = Concurrently.all(callers, caller -> () -> {
            int allowed = 0;
            for (int take = caller; take < takes; take += callers) {
                allowed += limiter.take(charge).allowed() ? 1 : 0;
            }
            return allowed;
        });

        assertThat(allowedPerCaller.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
    }

    @Test
    void keysHoldADigestOfTheSubjectAndExpireWithTheAllowance() {
        Limit two = new Limit("two", 2, Duration.ofSeconds(10));
        String phone = "+8613800138000";

        limiter().take(new Charge(two, phone));

        String key = limiter().key(new Charge(two, phone));
        assertThat(key).startsWith("it:limit:two:").doesNotContain("13800138000");
        assertThat(redis.getExpire(key)).isBetween(1L, 5L);
    }
}

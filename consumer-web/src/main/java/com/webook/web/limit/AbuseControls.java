package com.webook.web.limit;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.governance.limit.Decision;
import com.webook.governance.limit.Limit;
import com.webook.governance.limit.RedisRateLimiter.Charge;
import com.webook.governance.limit.RedisRateLimiter;
import com.webook.web.common.ApiError;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;

/**
 * The limits that keep one client from draining the SMS budget, guessing passwords or codes, or flooding
 * writes, on the platform's one rate limiter. Each check names a limit of {@code webook.limits}:
 * <ul>
 *   <li>sending a login code: {@code code-send-per-client} (the client's address),
 *       {@code code-send-per-phone} and {@code code-send-global}, charged together;</li>
 *   <li>checking a code: {@code code-check-failures-per-phone}, counting wrong codes, and once spent not
 *       even the right code is checked;</li>
 *   <li>logging in with a password: {@code login-failures-per-account} and {@code login-failures-per-client},
 *       counting failures, and once spent no password is checked (so a locked account costs no bcrypt).
 *       Unknown and existing accounts count alike, so the answers do not tell them apart.</li>
 *   <li>writes (drafts, folders, likes, profile): {@code writes-per-user}.</li>
 * </ul>
 * The two guessing limits charge every attempt before it is made and give it back when it turns out
 * not to be a guess that failed; checking first and charging after a failure would let a burst of
 * parallel guesses all pass the check. When Redis cannot be reached the guessing and SMS limits refuse
 * (503: an unknown count must not mean "unlimited", and codes and sessions need Redis anyway) while the
 * write limit lets requests through and counts them in {@code webook.limit.unchecked}.
 */
public class AbuseControls {

    private static final Logger log = LoggerFactory.getLogger(AbuseControls.class);

    private final RedisRateLimiter limiter;
    private final MeterRegistry meters;
    private final Limit codeSendPerClient;
    private final Limit codeSendPerPhone;
    private final Limit codeSendGlobal;
    private final Limit codeCheckFailuresPerPhone;
    private final Limit loginFailuresPerAccount;
    private final Limit loginFailuresPerClient;
    private final Limit writesPerUser;

    public AbuseControls(RedisRateLimiter limiter, Map<String, LimitsProperties.Setting> settings, MeterRegistry meters) {
        this.limiter = limiter;
        this.meters = meters;
        this.codeSendPerClient = limit(settings, "code-send-per-client");
        this.codeSendPerPhone = limit(settings, "code-send-per-phone");
        this.codeSendGlobal = limit(settings, "code-send-global");
        this.codeCheckFailuresPerPhone = limit(settings, "code-check-failures-per-phone");
        this.loginFailuresPerAccount = limit(settings, "login-failures-per-account");
        this.loginFailuresPerClient = limit(settings, "login-failures-per-client");
        this.writesPerUser = limit(settings, "writes-per-user");
    }

    /** Before a login code is sent to {@code phone} for {@code client}: charges all three limits or none. */
    public void sendingCode(String client, String phone) {
        Decision decision = closed(() -> limiter.take(new Charge(codeSendPerClient, client),
                new Charge(codeSendPerPhone, phone), new Charge(codeSendGlobal, "all")));
        refuseUnless(decision, switch (decision.refusedBy() == null ? "" : decision.refusedBy().name()) {
            case "code-send-per-phone" -> "too many codes were sent to this number today";
            case "code-send-global" -> "codes cannot be sent right now, too many are being asked for";
            default -> "too many codes were asked for from this address";
        });
    }

    /**
     * Checks a code typed for {@code phone} ({@code check}), within {@code code-check-failures-per-phone}:
     * the check is charged as a wrong code before it runs, so parallel guesses cannot all slip past the
     * limit, and given back unless it threw what {@code wrong} recognises as a wrong code.
     *
     * @throws Throttled when the number's wrong codes are spent (then no code is checked)
     */
    public <T> T codeCheck(String phone, Supplier<T> check, Predicate<RuntimeException> wrong) {
        checkingCode(phone);
        return countedIf(wrong, check, () -> refund(new Charge(codeCheckFailuresPerPhone, phone)));
    }

    /** Charges one check of a code for {@code phone} as wrong, or refuses it. */
    public void checkingCode(String phone) {
        Decision decision = closed(() -> limiter.take(new Charge(codeCheckFailuresPerPhone, phone)));
        refuseUnless(decision, "too many wrong codes for this number");
    }

    /**
     * Checks a password for {@code email} from {@code client} ({@code check}), within
     * {@code login-failures-per-account} and {@code login-failures-per-client}: charged as a failure
     * before it runs and given back unless it threw what {@code failed} recognises as wrong credentials.
     *
     * @throws Throttled when either allowance is spent (then no password is checked)
     */
    public <T> T passwordCheck(String client, String email, Supplier<T> check, Predicate<RuntimeException> failed) {
        loggingIn(client, email);
        return countedIf(failed, check, () -> refund(new Charge(loginFailuresPerAccount, account(email)),
                new Charge(loginFailuresPerClient, client)));
    }

    /** Charges one password check for {@code email} from {@code client} as failed, or refuses it. */
    public void loggingIn(String client, String email) {
        Decision decision = closed(() -> limiter.take(new Charge(loginFailuresPerAccount, account(email)),
                new Charge(loginFailuresPerClient, client)));
        refuseUnless(decision, decision.refusedBy() == loginFailuresPerClient
                ? "too many failed log-ins from this address"
                : "too many failed log-ins for this account");
    }

    /** Runs an attempt that was charged already, and gives the charge back unless it failed as {@code counts} says. */
    private static <T> T countedIf(Predicate<RuntimeException> counts, Supplier<T> attempt, Runnable giveBack) {
        boolean failed = false;
        try {
            return attempt.get();
        } catch (RuntimeException e) {
            failed = counts.test(e);
            throw e;
        } finally {
            if (!failed) {
                giveBack.run();
            }
        }
    }

    /** Gives an attempt back; when Redis is away it stays charged (stricter, never looser). */
    private void refund(Charge... charges) {
        try {
            limiter.refund(charges);
        } catch (DataAccessException unreachable) {
            log.warn("attempt not given back, Redis unreachable: {}", unreachable.toString());
        }
    }

    /** Before a write by {@code userId}; lets it through when the count cannot be checked. */
    public void writing(long userId) {
        Decision decision;
        try {
            decision = limiter.take(new Charge(writesPerUser, Long.toString(userId)));
        } catch (DataAccessException unreachable) {
            meters.counter("webook.limit.unchecked", "limit", writesPerUser.name()).increment();
            log.warn("write limit not checked, Redis unreachable: {}", unreachable.toString());
            return;
        }
        refuseUnless(decision, "too many changes in a short time");
    }

    /** One account however its email was typed. */
    private static String account(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private void refuseUnless(Decision decision, String what) {
        if (!decision.allowed()) {
            meters.counter("webook.limit.refused", "limit", decision.refusedBy().name()).increment();
            throw new Throttled(what + "; try again in " + decision.retryAfterSeconds() + " s",
                    decision.retryAfterSeconds());
        }
    }

    private Decision closed(Supplier<Decision> check) {
        try {
            return check.get();
        } catch (DataAccessException unreachable) {
            log.error("abuse limit not checked, Redis unreachable; refusing: {}", unreachable.toString());
            throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, PlatformErrorCode.UNAVAILABLE,
                    PlatformErrorCode.UNAVAILABLE.message());
        }
    }

    private static Limit limit(Map<String, LimitsProperties.Setting> settings, String name) {
        LimitsProperties.Setting setting = settings == null ? null : settings.get(name);
        if (setting == null) {
            throw new IllegalStateException("webook.limits." + name + " is not set");
        }
        return new Limit(name, setting.limit(), setting.period());
    }
}

package com.webook.code.application;

import java.util.random.RandomGenerator;

import com.webook.code.domain.CodeRejected;
import com.webook.code.domain.CodeStore;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.Rejection;
import com.webook.code.domain.SmsSender;
import com.webook.code.domain.VerificationCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a fresh code: draw it, store it (refused within a minute of the last one), hand it to SMS.
 * When SMS does not take it (or sending fails in any other way), the code is withdrawn so the user
 * may ask again at once.
 */
public class SendingCode {

    private static final Logger log = LoggerFactory.getLogger(SendingCode.class);

    private final CodeStore store;
    private final SmsSender sms;
    private final RandomGenerator random;
    private final MeterRegistry meters;
    private final Timer sendTimer;

    public SendingCode(CodeStore store, SmsSender sms, RandomGenerator random, MeterRegistry meters) {
        this.store = store;
        this.sms = sms;
        this.random = random;
        this.meters = meters;
        this.sendTimer = Timer.builder("webook.code.send").description("Time to store and send a code")
                .register(meters);
    }

    public void send(String biz, String phone) {
        CodeTarget target = new CodeTarget(biz, phone);
        sendTimer.record(() -> sendTo(target));
    }

    private void sendTo(CodeTarget target) {
        VerificationCode code = VerificationCode.draw(random);
        if (store.store(target, code) == CodeStore.Stored.TOO_FREQUENT) {
            count("too_frequent");
            throw new CodeRejected(Rejection.TOO_FREQUENT, "a code was sent less than a minute ago; wait and try again");
        }
        try {
            sms.send(target.phone(), code, CodeStore.VALIDITY);
        } catch (RuntimeException notSent) {
            withdraw(target, code);
            count("sms_failed");
            throw notSent;
        }
        count("sent");
    }

    private void withdraw(CodeTarget target, VerificationCode code) {
        try {
            store.withdraw(target, code);
        } catch (RuntimeException e) {
            // The code stays until it expires; the user waits a minute before asking again.
            log.warn("could not withdraw an unsent code for biz {}: {}", target.biz(), e.toString());
        }
    }

    /** Tagged by outcome only: biz is the caller's free text and would grow the metric without bound. */
    private void count(String outcome) {
        meters.counter("webook.code.sends", "outcome", outcome).increment();
    }
}

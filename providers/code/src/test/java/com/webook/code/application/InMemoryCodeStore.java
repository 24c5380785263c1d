package com.webook.code.application;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.webook.code.domain.CodeStore;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.VerificationCode;

/**
 * The code store imitated in memory, on a clock the test moves, for the use cases to talk to; can be made
 * to fail. Its rules are the Lua scripts': they are asserted against Redis (RedisCodeStoreIT, CodeServiceIT).
 */
final class InMemoryCodeStore implements CodeStore {

    private record Entry(VerificationCode code, Instant storedAt, int attemptsLeft) {
    }

    private final Map<CodeTarget, Entry> entries = new HashMap<>();
    private final Supplier<Instant> now;
    boolean down;
    int calls;

    InMemoryCodeStore(Supplier<Instant> now) {
        this.now = now;
    }

    @Override
    public Stored store(CodeTarget target, VerificationCode code) {
        touch();
        Entry live = live(target);
        if (live != null && Duration.between(live.storedAt(), now.get()).compareTo(RESEND_INTERVAL) < 0) {
            return Stored.TOO_FREQUENT;
        }
        entries.put(target, new Entry(code, now.get(), ATTEMPTS));
        return Stored.STORED;
    }

    @Override
    public Checked check(CodeTarget target, VerificationCode typed) {
        touch();
        Entry live = live(target);
        if (live == null || live.attemptsLeft() == -1) {
            return Checked.NO_LIVE_CODE;
        }
        if (live.attemptsLeft() <= 0) {
            return Checked.TOO_MANY_ATTEMPTS;
        }
        boolean right = live.code().equals(typed);
        entries.put(target, new Entry(live.code(), live.storedAt(), right ? -1 : live.attemptsLeft() - 1));
        return right ? Checked.ACCEPTED : Checked.WRONG;
    }

    @Override
    public void withdraw(CodeTarget target, VerificationCode code) {
        touch();
        Entry live = live(target);
        if (live != null && live.code().equals(code)) {
            entries.remove(target);
        }
    }

    VerificationCode codeOf(CodeTarget target) {
        Entry live = live(target);
        return live == null ? null : live.code();
    }

    private Entry live(CodeTarget target) {
        Entry entry = entries.get(target);
        if (entry != null && !now.get().isBefore(entry.storedAt().plus(VALIDITY))) {
            entries.remove(target);
            return null;
        }
        return entry;
    }

    private void touch() {
        calls++;
        if (down) {
            throw new CodeStoreUnavailable("store down", null);
        }
    }
}

package com.webook.code.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.webook.code.domain.CodeStore;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.VerificationCode;

/**
 * The code store for the use cases to talk to, without its rules: it keeps each target's code and calls
 * any further one for that target too frequent (no test here lets a minute pass), answers every check as
 * the test says, and can be made to fail. The rules (resend interval, attempts, expiry) are the Lua
 * scripts', asserted against Redis in RedisCodeStoreIT and CodeServiceIT.
 */
final class InMemoryCodeStore implements CodeStore {

    /** A check the store was asked for. */
    record Check(CodeTarget target, VerificationCode typed) {
    }

    private final Map<CodeTarget, VerificationCode> codes = new HashMap<>();
    final List<Check> checks = new ArrayList<>();
    Checked answer = Checked.ACCEPTED;
    boolean down;
    int calls;

    @Override
    public Stored store(CodeTarget target, VerificationCode code) {
        touch();
        return codes.putIfAbsent(target, code) == null ? Stored.STORED : Stored.TOO_FREQUENT;
    }

    @Override
    public Checked check(CodeTarget target, VerificationCode typed) {
        touch();
        checks.add(new Check(target, typed));
        return answer;
    }

    @Override
    public void withdraw(CodeTarget target, VerificationCode code) {
        touch();
        codes.remove(target, code);
    }

    VerificationCode codeOf(CodeTarget target) {
        return codes.get(target);
    }

    private void touch() {
        calls++;
        if (down) {
            throw new CodeStoreUnavailable("store down", null);
        }
    }
}

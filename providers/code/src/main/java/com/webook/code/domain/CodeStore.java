package com.webook.code.domain;

import java.time.Duration;

/**
 * Where live codes are kept. Each operation is atomic on its own: two concurrent {@link #store}s for
 * one target store one code, two concurrent {@link #check}s of the right code accept it once.
 * Every method throws {@link CodeStoreUnavailable} when the store fails.
 */
public interface CodeStore {

    /** How long a code lives. */
    Duration VALIDITY = Duration.ofMinutes(10);
    /** How long after a send the next one for the same target is refused. */
    Duration RESEND_INTERVAL = Duration.ofMinutes(1);
    /** Verifications a code allows, right or wrong. */
    int ATTEMPTS = 3;

    enum Stored { STORED, TOO_FREQUENT }

    enum Checked { ACCEPTED, WRONG, TOO_MANY_ATTEMPTS, NO_LIVE_CODE }

    /** Keeps a new code for the target, unless one was stored less than {@link #RESEND_INTERVAL} ago. */
    Stored store(CodeTarget target, VerificationCode code);

    /** Spends one attempt on the target's live code; a right code is used up. */
    Checked check(CodeTarget target, VerificationCode typed);

    /** Forgets the target's code if it is still this one (its message was never sent). */
    void withdraw(CodeTarget target, VerificationCode code);
}

package com.webook.interactive.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.Rejection;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call is refused for the given reason. */
final class Rejections {

    private Rejections() {
    }

    static void assertRejected(ThrowingCallable call, Rejection rejection) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InteractiveRejected.class,
                r -> assertThat(r.rejection()).isEqualTo(rejection));
    }
}

package com.webook.governance.sentinel;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.slots.block.authority.AuthorityException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowException;
import com.alibaba.csp.sentinel.slots.system.SystemBlockException;
import com.webook.api.common.v1.ErrorKind;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import org.junit.jupiter.api.Test;

class BlockedCallsTest {

    @Test
    void aRefusedCallAnswersWhyItWasRefused() {
        assertThat(BlockedCalls.answerFor(new FlowException("default")).errorCode()).isEqualTo(PlatformErrorCode.THROTTLED);
        assertThat(BlockedCalls.answerFor(new ParamFlowException("r", "p")).errorCode()).isEqualTo(PlatformErrorCode.THROTTLED);
        assertThat(BlockedCalls.answerFor(new SystemBlockException("r", "qps")).errorCode()).isEqualTo(PlatformErrorCode.THROTTLED);
        assertThat(BlockedCalls.answerFor(new DegradeException("default")).errorCode()).isEqualTo(PlatformErrorCode.DEGRADED);
        assertThat(BlockedCalls.answerFor(new AuthorityException("default")).errorCode()).isEqualTo(PlatformErrorCode.REFUSED);

        ServiceException throttled = BlockedCalls.answerFor(new FlowException("default"));
        assertThat(throttled.kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(throttled.incidentId()).isNull();
        assertThat(throttled.getMessage()).isEqualTo(PlatformErrorCode.THROTTLED.message());
    }

    @Test
    void onlyFailuresOfThePlatformCountAsErrorsForBreakers() {
        assertThat(BlockedCalls.COUNTS_AS_ERROR).accepts(new IllegalStateException("boom"),
                new ServiceException(PlatformErrorCode.UNAVAILABLE, "down", "abc"),
                new ServiceException(PlatformErrorCode.DEGRADED, "open"));
        assertThat(BlockedCalls.COUNTS_AS_ERROR).rejects(
                new ServiceException(PlatformErrorCode.THROTTLED, "slow down"),
                new ServiceException(PlatformErrorCode.REFUSED, "no"));
    }
}

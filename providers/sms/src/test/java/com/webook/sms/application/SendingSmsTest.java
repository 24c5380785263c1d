package com.webook.sms.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;

import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.Rejection;
import com.webook.sms.domain.ScriptedVendor;
import com.webook.sms.domain.SmsRejected;
import com.webook.sms.domain.TemplateAuthority;
import com.webook.sms.domain.TemplateGrant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendingSmsTest {

    /** Tokens are "good:<template>" or anything else (refused). */
    static final TemplateAuthority AUTHORITY = token -> {
        if (token != null && token.startsWith("good:")) {
            return new TemplateGrant("webook-code", token.substring(5), null);
        }
        throw SmsRejected.unauthorized("the template token is not valid");
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            known template, vendor accepts   | good:login_code | ok           | +8613800138000 | SENT         | 1
            known template, chain fails      | good:login_code | vendor_error | +8613800138000 | SEND_FAILED  | 1
            unknown template                 | good:promotion  | ok           | +8613800138000 | UNAUTHORIZED | 0
            forged token                     | forged          | ok           | +8613800138000 | UNAUTHORIZED | 0
            missing token                    |                 | ok           | +8613800138000 | UNAUTHORIZED | 0
            bad number checked before token  | forged          | ok           | 12ab           | INVALID_ARGUMENT | 0
            """)
    void sendsOnlyWithAValidTokenForAKnownTemplate(String name, String token, String chainScript, String number,
                                                   String expected, int vendorCalls) {
        ScriptedVendor chain = ScriptedVendor.of("tencent", chainScript);
        SendingSms sending = new SendingSms(AUTHORITY, Set.of("login_code"), chain, () -> "m-1");

        if (expected.equals("SENT")) {
            SentSms sent = sending.send(token, List.of("004213", "10"), List.of(number));
            assertThat(sent).isEqualTo(new SentSms("m-1", Dispatch.accepted("tencent", "tencent-ref-1")));
            assertThat(chain.sent()).singleElement().satisfies(message -> {
                assertThat(message.template()).isEqualTo("login_code");
                assertThat(message.args()).containsExactly("004213", "10");
                assertThat(message.numbers()).containsExactly(number);
            });
        } else {
            SmsRejected rejected = catchThrowableOfType(SmsRejected.class,
                    () -> sending.send(token, List.of("004213", "10"), List.of(number)));
            assertThat(rejected.rejection()).isEqualTo(Rejection.valueOf(expected));
        }
        assertThat(chain.calls()).isEqualTo(vendorCalls);
    }
}

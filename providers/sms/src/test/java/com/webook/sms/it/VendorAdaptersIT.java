package com.webook.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.OrderedFailover;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.TimeoutCountFailover;
import com.webook.sms.domain.VendorFailure;
import com.webook.sms.infrastructure.vendor.VendorTemplate;
import com.webook.sms.infrastructure.vendor.VendorTemplates;
import com.webook.sms.infrastructure.vendor.aliyun.AliyunSmsVendor;
import com.webook.sms.infrastructure.vendor.tencent.TencentSmsVendor;
import com.webook.sms.stub.VendorStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Tencent and Aliyun adapters, through the vendors' official SDKs, against stub servers that
 * answer in the vendors' wire formats. No Spring here: each case starts the stubs it needs.
 */
class VendorAdaptersIT {

    static final SmsMessage MESSAGE = new SmsMessage("m-it", "login_code", List.of("004213", "10"),
            List.of("+8613800138000", "+8613900139000"));

    final VendorStub tencentStub = VendorStub.start(VendorStub.Kind.TENCENT);
    final VendorStub aliyunStub = VendorStub.start(VendorStub.Kind.ALIYUN);

    @AfterEach
    void stopStubs() {
        tencentStub.close();
        aliyunStub.close();
    }

    SmsVendor tencent() {
        return new TencentSmsVendor(new TencentSmsVendor.Settings("id", "key", "1400000001", "ap-guangzhou",
                tencentStub.endpoint(), "http://", 1, 1),
                new VendorTemplates("tencent", Map.of("login_code", new VendorTemplate("100001", "Webook", null))));
    }

    SmsVendor aliyun() {
        return new AliyunSmsVendor(new AliyunSmsVendor.Settings("id", "secret", "cn-hangzhou", aliyunStub.endpoint(),
                "http", 1000, 800),
                new VendorTemplates("aliyun", Map.of("login_code", new VendorTemplate("SMS_1", "Webook",
                        List.of("code", "minutes")))), new ObjectMapper());
    }

    SmsVendor vendor(String name) {
        return name.equals("tencent") ? tencent() : aliyun();
    }

    VendorStub stub(String name) {
        return name.equals("tencent") ? tencentStub : aliyunStub;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tencent accepts                      | tencent | ok                                       | ok
            tencent error                        | tencent | error:FailedOperation.SignatureIncorrectOrUnapproved | VENDOR_ERROR
            tencent auth failure                 | tencent | error:AuthFailure.SecretIdNotFound       | VENDOR_ERROR
            tencent per-number limit             | tencent | error:LimitExceeded.PhoneNumberDailyLimit | LIMITED
            tencent request limit                | tencent | error:RequestLimitExceeded               | LIMITED
            tencent too slow                     | tencent | slow                                     | TIMEOUT
            tencent stopped                      | tencent | stopped                                  | VENDOR_ERROR
            aliyun accepts                       | aliyun  | ok                                       | ok
            aliyun error                         | aliyun  | error:isv.SMS_TEMPLATE_ILLEGAL           | VENDOR_ERROR
            aliyun limit                         | aliyun  | error:isv.BUSINESS_LIMIT_CONTROL         | LIMITED
            aliyun too slow                      | aliyun  | slow                                     | TIMEOUT
            aliyun stopped                       | aliyun  | stopped                                  | VENDOR_ERROR
            """)
    void eachAnswerBecomesItsOutcome(String name, String vendorName, String mode, String expected) {
        VendorStub stub = stub(vendorName);
        if (mode.startsWith("error:")) {
            stub.failingWith(mode.substring(6));
        } else if (mode.equals("slow")) {
            stub.slow(2500);
        } else if (mode.equals("stopped")) {
            stub.close();
        }
        SmsVendor vendor = vendor(vendorName);

        if (expected.equals("ok")) {
            Dispatch dispatch = vendor.send(MESSAGE);
            assertThat(dispatch.vendor()).isEqualTo(vendorName);
            assertThat(dispatch.reference()).isNotBlank();
            assertThat(stub.received()).hasSize(1);
        } else {
            VendorFailure failure = catchThrowableOfType(VendorFailure.class, () -> vendor.send(MESSAGE));
            assertThat(failure).as("a VendorFailure").isNotNull();
            assertThat(failure.outcome()).isEqualTo(VendorFailure.Outcome.valueOf(expected));
            assertThat(failure.vendor()).isEqualTo(vendorName);
            if (mode.startsWith("error:")) {
                assertThat(failure.getMessage()).contains(mode.substring(6));
            }
        }
    }

    @Test
    void tencentReceivesTheTemplateSignAndEveryNumber() {
        tencent().send(MESSAGE);

        assertThat(tencentStub.received()).singleElement().satisfies(request -> {
            assertThat(request.action()).isEqualTo("SendSms");
            assertThat(request.body()).contains("\"TemplateId\":\"100001\"", "\"SignName\":\"Webook\"",
                    "\"PhoneNumberSet\":[\"+8613800138000\",\"+8613900139000\"]", "\"SessionContext\":\"m-it\"");
        });
    }

    @Test
    void aTemplateTheVendorDoesNotKnowIsAVendorErrorWithoutACall() {
        SmsMessage other = new SmsMessage("m-2", "promotion", List.of(), List.of("+8613800138000"));

        VendorFailure failure = catchThrowableOfType(VendorFailure.class, () -> tencent().send(other));

        assertThat(failure.outcome()).isEqualTo(VendorFailure.Outcome.VENDOR_ERROR);
        assertThat(tencentStub.received()).isEmpty();
    }

    @Test
    void whenTheFirstVendorIsStoppedTheSecondSends() {
        tencentStub.close();
        SmsVendor failover = new OrderedFailover(List.of(tencent(), aliyun()));

        assertThat(failover.send(MESSAGE).vendor()).isEqualTo("aliyun");
        assertThat(aliyunStub.received()).hasSize(1);
    }

    @Test
    void afterTwoTimeoutsTheTimeoutCountFailoverMovesToTheSecondVendor() {
        tencentStub.slow(2500);
        TimeoutCountFailover failover = new TimeoutCountFailover(List.of(tencent(), aliyun()), 2);

        for (int i = 0; i < 2; i++) {
            VendorFailure failure = catchThrowableOfType(VendorFailure.class, () -> failover.send(MESSAGE));
            assertThat(failure.outcome()).isEqualTo(VendorFailure.Outcome.TIMEOUT);
        }

        assertThat(failover.send(MESSAGE).vendor()).isEqualTo("aliyun");
        assertThat(tencentStub.received()).hasSize(2);
    }
}

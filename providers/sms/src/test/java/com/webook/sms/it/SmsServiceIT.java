package com.webook.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.webook.api.common.v1.ServiceException;
import com.webook.api.sms.v1.SendSmsRequest;
import com.webook.api.sms.v1.SmsErrorCode;
import com.webook.api.sms.v1.SmsReceipt;
import com.webook.api.sms.v1.SmsService;
import com.webook.provider.support.testing.RemoteServices;
import com.webook.sms.stub.VendorStubs;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SMS provider's contract, called over Triple through the etcd registry, with stub vendors. */
@SmsProviderIntegrationTest
class SmsServiceIT {

    /** Signed with the development key; the code provider ships it as its default. */
    static final String TOKEN = "v1.eyJjYWxsZXIiOiJ3ZWJvb2stY29kZSIsInRlbXBsYXRlIjoibG9naW5fY29kZSJ9"
            + ".14HlwJkEk5GdDNgNUv6yWBrKP0MQX1NqGLRpxXcvKBE";

    @Autowired
    RemoteServices remote;

    SmsService sms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @BeforeEach
    void providerIsDiscovered() {
        VendorStubs.reset();
        sms = remote.discovered(SmsService.class);
    }

    @AfterEach
    void stubsAccept() {
        VendorStubs.reset();
    }

    /** Sends measured so far for the vendor and outcome; the registry is the provider's, shared by every test. */
    private long sends(String vendor, String outcome) {
        Timer timer = meters.find("webook.sms.send").tags("vendor", vendor, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    static String uniquePhone() {
        return "+861" + (3_000_000_000L + ThreadLocalRandom.current().nextLong(6_999_999_999L));
    }

    @Test
    void aMessageGoesToTheFirstVendorWithItsTemplateAndSign() {
        String phone = uniquePhone();
        long sentBefore = sends("tencent", "ok");

        SmsReceipt receipt = sms.send(new SendSmsRequest(TOKEN, List.of("004213", "10"), List.of(phone)));

        assertThat(receipt.vendor()).isEqualTo("tencent");
        assertThat(receipt.queued()).isFalse();
        assertThat(receipt.messageId()).isNotBlank();
        assertThat(VendorStubs.TENCENT.received()).singleElement().satisfies(request -> {
            assertThat(request.action()).isEqualTo("SendSms");
            assertThat(request.body()).contains("\"TemplateId\":\"100001\"", "\"SignName\":\"Webook\"",
                    "\"SmsSdkAppId\":\"1400000001\"", "\"PhoneNumberSet\":[\"" + phone + "\"]",
                    "\"TemplateParamSet\":[\"004213\",\"10\"]");
        });
        assertThat(VendorStubs.ALIYUN.received()).isEmpty();
        assertThat(sends("tencent", "ok")).as("this send, measured").isEqualTo(sentBefore + 1);
    }

    @Test
    void whenTheFirstVendorRefusesTheSecondSendsWithNamedParameters() {
        VendorStubs.TENCENT.failingWith("FailedOperation.InsufficientBalanceInSmsPackage");
        String phone = uniquePhone();
        long refusedBefore = sends("tencent", "vendor_error");
        long sentBefore = sends("aliyun", "ok");

        SmsReceipt receipt = sms.send(new SendSmsRequest(TOKEN, List.of("004213", "10"), List.of(phone)));

        assertThat(receipt.vendor()).isEqualTo("aliyun");
        assertThat(VendorStubs.TENCENT.received()).hasSize(1);
        assertThat(VendorStubs.ALIYUN.received()).singleElement().satisfies(request -> {
            String all = java.net.URLDecoder.decode(request.uri() + "&" + request.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(request.action()).isEqualTo("SendSms");
            assertThat(all).contains("TemplateCode=SMS_100001", "PhoneNumbers=" + phone,
                    "SignName=Webook", "TemplateParam={\"code\":\"004213\",\"minutes\":\"10\"}");
        });
        assertThat(sends("tencent", "vendor_error")).as("tencent's refusal, measured").isEqualTo(refusedBefore + 1);
        assertThat(sends("aliyun", "ok")).as("aliyun's send, measured").isEqualTo(sentBefore + 1);
    }

    @Test
    void aForgedTokenIsRefusedAndNothingIsSent() {
        String forged = TOKEN.substring(0, TOKEN.length() - 2) + (TOKEN.endsWith("BE") ? "AA" : "BE");

        ServiceException thrown = catchThrowableOfType(ServiceException.class,
                () -> sms.send(new SendSmsRequest(forged, List.of("1"), List.of(uniquePhone()))));
        ServiceException missing = catchThrowableOfType(ServiceException.class,
                () -> sms.send(new SendSmsRequest(null, List.of("1"), List.of(uniquePhone()))));

        assertThat(thrown.errorCode()).isEqualTo(SmsErrorCode.UNAUTHORIZED);
        assertThat(missing.errorCode()).isEqualTo(SmsErrorCode.UNAUTHORIZED);
        assertThat(VendorStubs.TENCENT.received()).isEmpty();
        assertThat(VendorStubs.ALIYUN.received()).isEmpty();
    }

    @Test
    void anInvalidNumberIsRefused() {
        ServiceException thrown = catchThrowableOfType(ServiceException.class,
                () -> sms.send(new SendSmsRequest(TOKEN, List.of("1"), List.of("+86 138'; DROP TABLE async_sms;--"))));

        assertThat(thrown.errorCode()).isEqualTo(SmsErrorCode.INVALID_ARGUMENT);
        assertThat(VendorStubs.TENCENT.received()).isEmpty();
    }

    /**
     * Sending free text to any number was tried from outside. Only the code provider may send: consumer-web
     * (whose users could otherwise drain the SMS budget), another app and outsiders are refused, nothing sent.
     */
    @Test
    void onlyTheCodeProviderMaySend() {
        remote.assertOnlyAllowedCallers(SmsService.class, "webook-consumer-web", "send",
                "{\"templateToken\":\"" + TOKEN + "\",\"args\":[],\"phoneNumbers\":[\"" + uniquePhone() + "\"]}");
        assertThat(VendorStubs.TENCENT.received()).isEmpty();
    }

    @Test
    void whenEveryVendorIsFailingTheMessageIsQueuedAndSentLater() {
        VendorStubs.TENCENT.failingWith("InternalError");
        VendorStubs.ALIYUN.failingWith("isv.BUSINESS_LIMIT_CONTROL");
        double queuedBefore = meters.counter("webook.sms.queued").count();
        double sentBefore = meters.counter("webook.sms.async.sent").count();
        String phone = uniquePhone();

        SmsReceipt receipt = sms.send(new SendSmsRequest(TOKEN, List.of("777777", "10"), List.of(phone)));

        assertThat(receipt.queued()).isTrue();
        assertThat(receipt.vendor()).isNull();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM async_sms WHERE message_id = ?", receipt.messageId());
        assertThat(row).containsEntry("template", "login_code").containsEntry("numbers", "[\"" + phone + "\"]")
                .containsEntry("args", "[\"777777\",\"10\"]").containsEntry("retry_max", 3);
        assertThat(meters.counter("webook.sms.queued").count()).isEqualTo(queuedBefore + 1);

        VendorStubs.reset();
        await().atMost(Duration.ofSeconds(15)).until(() -> "success".equals(
                jdbc.queryForObject("SELECT status FROM async_sms WHERE message_id = ?", String.class, receipt.messageId())));
        assertThat(VendorStubs.TENCENT.received()).filteredOn(r -> r.body().contains(phone)).hasSize(1);
        assertThat(meters.counter("webook.sms.async.sent").count()).isGreaterThanOrEqualTo(sentBefore + 1);
    }

    @Test
    void theDevelopmentInboxDoesNotExistWithoutTheLocalProfile() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/dev/sms/inbox?phone=13800138000")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}

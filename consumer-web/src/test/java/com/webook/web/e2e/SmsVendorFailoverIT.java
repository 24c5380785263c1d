package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.webook.governance.testkit.TestRun;
import com.webook.sms.stub.VendorStub;
import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SMS provider sends through Tencent Cloud first and Aliyun second, both played by local stubs
 * that answer in the vendors' wire formats. Users log in with SMS codes one after another; the Tencent
 * stub is stopped in the middle of the run; every login still succeeds, the later ones with codes
 * Aliyun delivered. Runs a platform of its own (user, code and SMS providers and a consumer-web) under
 * another etcd namespace, so the shared test platform is not disturbed.
 */
class SmsVendorFailoverIT {

    private static final String NAMESPACE = TestRun.etcdNamespace("sms-failover");
    private static final Pattern TENCENT_CODE = Pattern.compile("\"TemplateParamSet\":\\[\"([0-9]{6})\"");
    private static final Pattern ALIYUN_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([0-9]{6})\"");

    private final VendorStub tencent = VendorStub.start(VendorStub.Kind.TENCENT);
    private final VendorStub aliyun = VendorStub.start(VendorStub.Kind.ALIYUN);
    private final List<BootProcess> apps = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        apps.forEach(BootProcess::stop);
        tencent.close();
        aliyun.close();
    }

    @Test
    void whenTheFirstVendorStopsMidRunLoginsGoOnThroughTheSecond() {
        Api api = startPlatform();

        List<String> deliveredBy = new ArrayList<>();
        for (int login = 0; login < 6; login++) {
            if (login == 3) {
                tencent.close(); // connection refused from now on
            }
            deliveredBy.add(logInWithSmsCode(api));
        }

        assertThat(deliveredBy).containsExactly("tencent", "tencent", "tencent", "aliyun", "aliyun", "aliyun");
    }

    /** Logs a new phone number in; returns which vendor delivered its code. */
    private String logInWithSmsCode(Api api) {
        String phone = "+8613" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        // Each login from a device of its own: one client asking six codes in a minute would be limited.
        Api device = api.from("198.19.4." + ThreadLocalRandom.current().nextInt(1, 255));
        Answer sent = device.post("/users/login_sms/code/send", Map.of("phone", phone), null);
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);

        Optional<String> viaTencent = codeIn(tencent, phone, TENCENT_CODE);
        Optional<String> viaAliyun = codeIn(aliyun, phone, ALIYUN_CODE);
        assertThat(viaTencent.isPresent() ^ viaAliyun.isPresent()).as("exactly one vendor delivered to " + phone).isTrue();

        Answer loggedIn = device.post("/users/login_sms",
                Map.of("phone", phone, "code", viaTencent.or(() -> viaAliyun).orElseThrow()), null);
        assertThat(loggedIn.status()).as(loggedIn.raw().body()).isEqualTo(200);
        assertThat(loggedIn.header("x-jwt-token")).isNotBlank();
        return viaTencent.isPresent() ? "tencent" : "aliyun";
    }

    private static Optional<String> codeIn(VendorStub stub, String phone, Pattern code) {
        return stub.received().stream()
                .map(request -> URLDecoder.decode(request.uri() + "\n" + request.body(), StandardCharsets.UTF_8))
                .filter(request -> request.contains(phone) || request.contains(phone.substring(1)))
                .map(code::matcher)
                .filter(Matcher::find)
                .map(found -> found.group(1))
                .reduce((first, second) -> second);
    }

    private Api startPlatform() {
        List<String> providers = new ArrayList<>(Platform.inNamespace(Platform.IT_SETTINGS, NAMESPACE));
        providers.add("--dubbo.protocol.port=-1");
        apps.add(BootProcess.start("failover-user-provider", Platform.jar("webook.it.user-provider-jar"), providers));

        List<String> sms = new ArrayList<>(Platform.inNamespace(Platform.COMMON_SETTINGS, NAMESPACE));
        sms.addAll(List.of(
                "--dubbo.protocol.port=-1",
                "--webook.mysql.host=" + Platform.mysqlHost(),
                "--webook.mysql.database=" + TestRun.database("sms", "e2e"),
                "--webook.sms.vendors=tencent,aliyun",
                "--webook.sms.failover=ordered",
                "--webook.sms.templates.login_code.tencent=100001",
                "--webook.sms.templates.login_code.aliyun=SMS_100001",
                "--webook.sms.tencent.endpoint=" + tencent.endpoint(),
                "--webook.sms.tencent.protocol=http://",
                "--webook.sms.tencent.secret-id=e2e-secret-id",
                "--webook.sms.tencent.secret-key=e2e-secret-key",
                "--webook.sms.tencent.sdk-app-id=1400000001",
                "--webook.sms.aliyun.endpoint=" + aliyun.endpoint(),
                "--webook.sms.aliyun.protocol=http",
                "--webook.sms.aliyun.access-key-id=e2e-access-key-id",
                "--webook.sms.aliyun.access-key-secret=e2e-access-key-secret"));
        apps.add(BootProcess.start("failover-sms-provider", Platform.jar("webook.it.sms-provider-jar"), sms));

        List<String> code = new ArrayList<>(Platform.inNamespace(Platform.COMMON_SETTINGS, NAMESPACE));
        code.add("--dubbo.protocol.port=-1");
        apps.add(BootProcess.start("failover-code-provider", Platform.jar("webook.it.code-provider-jar"), code));

        // Behind a "proxy" on loopback like the consumer-web under test, so this client's code requests are
        // counted for its own address (see Api), not for everyone on 127.0.0.1.
        List<String> web = new ArrayList<>(Platform.inNamespace(Platform.IT_SETTINGS, NAMESPACE));
        web.add("--server.forward-headers-strategy=native");
        BootProcess consumerWeb = BootProcess.start("failover-consumer-web", Platform.jar("webook.it.consumer-web-jar"), web);
        apps.add(consumerWeb);

        Api api = new Api(consumerWeb.baseUrl());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("/users/login_sms", Map.of("phone", "+8613000000000", "code", "000000"), null)
                        .code() == 404004);
        return api;
    }
}

package com.webook.sms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.sms.v1.SendSmsRequest;
import com.webook.api.sms.v1.SmsReceipt;
import com.webook.api.sms.v1.SmsService;
import com.webook.sms.SmsProviderApplication;
import com.webook.sms.infrastructure.vendor.local.RedisSmsInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The provider as a developer runs it (profile local): messages land in Redis inboxes that the
 * development endpoint shows. Its own context; it neither registers in etcd nor shares the Dubbo
 * service path (its own group) with the other tests' provider in this JVM, so their clients never reach it.
 */
@SpringBootTest(classes = SmsProviderApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dubbo.registry.register=false", "dubbo.provider.group=local-profile-it",
                "webook.sms.async.enabled=false"})
@ActiveProfiles({"it", "local"})
class LocalProfileIT {

    static final String TOKEN = SmsServiceIT.TOKEN;

    @Autowired
    SmsService sms;

    @Autowired
    StringRedisTemplate redis;

    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();

    JsonNode inbox(String phoneQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/dev/sms/inbox?phone=" + phoneQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void messagesLandInTheInboxNewestFirst() throws Exception {
        String phone = "+861" + (3_000_000_000L + ThreadLocalRandom.current().nextLong(6_999_999_999L));

        SmsReceipt first = sms.send(new SendSmsRequest(TOKEN, List.of("111111", "10"), List.of(phone)));
        sms.send(new SendSmsRequest(TOKEN, List.of("004213", "10"), List.of(phone)));

        assertThat(first.vendor()).isEqualTo("local");
        JsonNode answer = inbox("%2B" + phone.substring(1));
        assertThat(answer.path("code").asInt()).isZero();
        assertThat(answer.path("msg").asText()).isEqualTo("ok");
        assertThat(answer.path("data")).hasSize(2);
        JsonNode newest = answer.path("data").get(0);
        assertThat(newest.path("template").asText()).isEqualTo("login_code");
        assertThat(json.convertValue(newest.path("args"), List.class)).containsExactly("004213", "10");
        assertThat(newest.path("at").asText()).endsWith("Z");
        assertThat(answer.path("data").get(1).path("args").get(0).asText()).isEqualTo("111111");
        assertThat(inbox("+" + phone.substring(1)).path("data")).as("an unencoded + still finds the inbox").hasSize(2);
        assertThat(redis.getExpire(RedisSmsInbox.key(phone))).isBetween(3500L, 3600L);
    }

    @Test
    void aPhoneWithoutMessagesHasAnEmptyInbox() throws Exception {
        assertThat(inbox("13000000000").path("data")).isEmpty();
    }
}

package com.webook.web.oauth2;

import java.net.http.HttpClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.user.v1.WechatIdentity;
import com.webook.web.common.ApiError;
import com.webook.web.common.WebErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * WeChat's OAuth2 token endpoint ({@code GET /sns/oauth2/access_token}): trades the authorization code
 * the browser brought back for the user's identity. WeChat answers HTTP 200 for errors too, with an
 * {@code errcode}, and often as {@code text/plain}; both are handled here.
 */
class WechatClient {

    private static final Logger log = LoggerFactory.getLogger(WechatClient.class);

    private final RestClient http;
    private final WechatProperties properties;
    private final ObjectMapper json;

    WechatClient(WechatProperties properties, ObjectMapper json) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(properties.apiBaseUrl()).requestFactory(requests).build();
        this.properties = properties;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenAnswer(@JsonProperty("openid") String openId, @JsonProperty("unionid") String unionId,
                       @JsonProperty("errcode") Integer errCode, @JsonProperty("errmsg") String errMsg) {
    }

    /**
     * Who the authorization code belongs to.
     *
     * @throws ApiError 400 when WeChat refuses the code (used, expired, forged), 503 when WeChat cannot
     *                  be reached or answers nonsense
     */
    WechatIdentity identify(String code) {
        String body;
        try {
            body = http.get()
                    .uri(uri -> uri.path("/sns/oauth2/access_token")
                            .queryParam("appid", properties.appId())
                            .queryParam("secret", properties.appSecret())
                            .queryParam("code", code)
                            .queryParam("grant_type", "authorization_code")
                            .build())
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            log.error("WeChat's token endpoint failed: {}", e.toString());
            throw unavailable();
        }
        TokenAnswer answer;
        try {
            answer = json.readValue(body == null ? "" : body, TokenAnswer.class);
        } catch (JsonProcessingException e) {
            log.error("WeChat's token endpoint answered something that is not its JSON: {}", e.getOriginalMessage());
            throw unavailable();
        }
        if (answer.errCode() != null && answer.errCode() != 0) {
            log.warn("WeChat refused an authorization code: {} {}", answer.errCode(), answer.errMsg());
            throw new ApiError(HttpStatus.BAD_REQUEST, WebErrorCode.OAUTH_REJECTED,
                    "WeChat did not accept this login; please scan the QR code again");
        }
        if (answer.openId() == null || answer.openId().isBlank()) {
            log.error("WeChat's token answer has no openid");
            throw unavailable();
        }
        return new WechatIdentity(answer.openId(), blankToNull(answer.unionId()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ApiError unavailable() {
        return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, PlatformErrorCode.UNAVAILABLE,
                "WeChat login is temporarily unavailable, please try again");
    }
}

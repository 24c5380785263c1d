package com.webook.web.oauth2;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * WeChat website login ({@code webook.wechat.*}). The app secret and the state key are secrets: set
 * them from the environment ({@code WEBOOK_WECHAT_APP_SECRET}, {@code WEBOOK_WECHAT_STATE_KEY}); the
 * prod profile refuses the development defaults.
 *
 * @param appId         the website application's id at open.weixin.qq.com
 * @param appSecret     its secret, sent only to WeChat's token endpoint
 * @param redirectUri   where WeChat sends the browser back: this app's /oauth2/wechat/callback
 * @param authorizeUrl  WeChat's QR-code login page
 * @param apiBaseUrl    WeChat's API (tests point it at a local stub)
 * @param stateKey      signs the state cookie; at least 32 bytes
 * @param stateTtl      how long a login attempt may take
 * @param secureCookie  send the state cookie over HTTPS only (true in production)
 * @param connectTimeout connect timeout to WeChat's API
 * @param readTimeout   read timeout of WeChat's API
 */
@ConfigurationProperties("webook.wechat")
public record WechatProperties(String appId, String appSecret, String redirectUri, String authorizeUrl,
                               String apiBaseUrl, String stateKey, Duration stateTtl, boolean secureCookie,
                               Duration connectTimeout, Duration readTimeout) {
}

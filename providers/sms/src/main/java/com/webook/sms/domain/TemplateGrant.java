package com.webook.sms.domain;

import java.time.Instant;

/**
 * What a verified template token allows: {@code caller} may send with {@code template} until
 * {@code expiresAt} (null: no expiry).
 */
public record TemplateGrant(String caller, String template, Instant expiresAt) {
}

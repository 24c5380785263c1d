package com.webook.sms.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For operators: prints a template token that lets a calling service send with one template.
 *
 * <pre>
 * WEBOOK_SMS_TEMPLATE_TOKEN_KEY=... java -cp webook-sms-provider-exec.jar \
 *     -Dloader.main=com.webook.sms.infrastructure.security.IssueTemplateToken \
 *     org.springframework.boot.loader.launch.PropertiesLauncher webook-code login_code [validity, e.g. P365D]
 * </pre>
 *
 * The key is read from the environment variable {@code WEBOOK_SMS_TEMPLATE_TOKEN_KEY} (the same
 * value the provider reads as {@code webook.sms.template-token-key}), never from the command line,
 * so it stays out of shell history and process lists.
 */
public final class IssueTemplateToken {

    static final String KEY_VARIABLE = "WEBOOK_SMS_TEMPLATE_TOKEN_KEY";

    private IssueTemplateToken() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: IssueTemplateToken <caller> <template> [validity as ISO-8601, e.g. P365D]");
            System.err.println("the key comes from the environment variable " + KEY_VARIABLE);
            System.exit(2);
            return;
        }
        String key = System.getenv(KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            System.err.println(KEY_VARIABLE + " is not set");
            System.exit(2);
            return;
        }
        System.out.println(issue(key, args[0], args[1], args.length == 3 ? Duration.parse(args[2]) : null,
                Clock.systemUTC()));
    }

    static String issue(String key, String caller, String template, Duration validity, Clock clock) {
        Instant expiresAt = validity == null ? null : clock.instant().plus(validity);
        return new HmacTemplateTokens(key, new ObjectMapper(), clock).issue(caller, template, expiresAt);
    }
}

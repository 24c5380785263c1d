package com.webook.sms.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.webook.sms.domain.Rejection;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsMessages;
import com.webook.sms.domain.SmsRejected;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.TemplateAuthority;
import com.webook.sms.domain.TemplateGrant;
import com.webook.sms.domain.VendorFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one templated message: checks the numbers and arguments, checks that the template token is
 * genuine, unexpired and names a template this provider knows, then hands the message to the
 * configured chain of vendors (which may queue it).
 */
public class SendingSms {

    private static final Logger log = LoggerFactory.getLogger(SendingSms.class);

    private final TemplateAuthority authority;
    private final Set<String> templates;
    private final SmsVendor chain;
    private final Supplier<String> ids;

    public SendingSms(TemplateAuthority authority, Set<String> templates, SmsVendor chain) {
        this(authority, templates, chain, () -> UUID.randomUUID().toString());
    }

    SendingSms(TemplateAuthority authority, Set<String> templates, SmsVendor chain, Supplier<String> ids) {
        this.authority = authority;
        this.templates = Set.copyOf(templates);
        this.chain = chain;
        this.ids = ids;
    }

    public SentSms send(String templateToken, List<String> args, List<String> numbers) {
        SmsMessages.check(args, numbers);
        TemplateGrant grant = authority.verify(templateToken);
        if (!templates.contains(grant.template())) {
            throw SmsRejected.unauthorized("the template token names a template this service does not know");
        }
        SmsMessage message = new SmsMessage(ids.get(), grant.template(), args, numbers);
        try {
            return new SentSms(message.messageId(), chain.send(message));
        } catch (VendorFailure failure) {
            log.warn("SMS {} ({} for {}) not sent: {}", message.messageId(), message.template(), grant.caller(),
                    failure.getMessage());
            throw new SmsRejected(Rejection.SEND_FAILED, "the message could not be sent; please try again later");
        }
    }
}

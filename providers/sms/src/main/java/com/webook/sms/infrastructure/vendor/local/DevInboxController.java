package com.webook.sms.infrastructure.vendor.local;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development only (registered with profile {@code local}): what the local vendor "sent" to a phone,
 * newest first, in the platform's envelope. A {@code +} in a query string decodes to a space, so a
 * leading space is read as the {@code +} it was meant to be.
 */
@RestController
public class DevInboxController {

    private final RedisSmsInbox inbox;

    public DevInboxController(RedisSmsInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/dev/sms/inbox")
    public ResponseEntity<Envelope<List<InboxEntry>>> inbox(@RequestParam(name = "phone", required = false) String phone) {
        if (phone == null || phone.isBlank()) {
            return ResponseEntity.badRequest().body(new Envelope<>(405001, "phone is required", List.of()));
        }
        String number = phone.startsWith(" ") ? "+" + phone.strip() : phone.strip();
        return ResponseEntity.ok(new Envelope<>(0, "ok", inbox.read(number)));
    }

    /** The platform's response envelope {@code {code, msg, data}}. */
    public record Envelope<T>(int code, String msg, T data) {
    }
}

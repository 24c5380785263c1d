package com.webook.sms.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * A vendor that answers from a script: each send takes the next step ({@code ok}, {@code vendor_error},
 * {@code timeout}, {@code limited}), repeating the last one when the script runs out. Records what it sent.
 */
public final class ScriptedVendor implements SmsVendor {

    private final String name;
    private final Deque<String> script;
    private String last;
    private final List<SmsMessage> sent = Collections.synchronizedList(new ArrayList<>());
    private int calls;

    public ScriptedVendor(String name, String... steps) {
        this.name = name;
        this.script = new ArrayDeque<>(List.of(steps));
        this.last = steps.length == 0 ? "ok" : steps[steps.length - 1];
    }

    /** Steps separated by spaces, e.g. {@code "timeout timeout ok"}. */
    public static ScriptedVendor of(String name, String steps) {
        return new ScriptedVendor(name, steps.isBlank() ? new String[0] : steps.trim().split("\\s+"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized Dispatch send(SmsMessage message) {
        calls++;
        String step = script.isEmpty() ? last : script.poll();
        return switch (step) {
            case "ok" -> {
                sent.add(message);
                yield Dispatch.accepted(name, name + "-ref-" + calls);
            }
            case "vendor_error" -> throw VendorFailure.error(name, "refused");
            case "timeout" -> throw VendorFailure.timeout(name, "no answer");
            case "limited" -> throw VendorFailure.limited(name, "too many");
            default -> throw new IllegalArgumentException("unknown step " + step);
        };
    }

    public synchronized int calls() {
        return calls;
    }

    public List<SmsMessage> sent() {
        return List.copyOf(sent);
    }

    public static SmsMessage message() {
        return new SmsMessage("m-" + System.nanoTime(), "login_code", List.of("004213", "10"), List.of("+8613800138000"));
    }
}

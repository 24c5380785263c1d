package com.webook.sms.infrastructure.vendor.local;

import java.util.List;

/** One message in a development inbox, as stored and as the dev endpoint shows it. */
public record InboxEntry(String template, List<String> args, String at) {
}

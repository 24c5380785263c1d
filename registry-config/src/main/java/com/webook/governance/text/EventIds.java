package com.webook.governance.text;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for events, drawn from the calling thread's own generator. An event id only
 * needs to be unique, not unpredictable, and {@link UUID#randomUUID()} would make every read of the
 * reader path queue on the one shared SecureRandom.
 */
public final class EventIds {

    private EventIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}

package com.webook.api.ranking.v1;

import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.Idempotent;
import com.webook.api.common.v1.ServiceException;

/**
 * The hot list: the {@link #MAX_ITEMS} hottest articles published or updated in the last days, served from
 * the memory of each ranking instance. Rejections are {@link ServiceException}s with a
 * {@link RankingErrorCode}.
 */
@ErrorCodes(RankingErrorCode.class)
public interface RankingService {

    String VERSION = "1.0.0";

    /** How many articles the list holds. */
    int MAX_ITEMS = 100;

    /**
     * The part of the hot list from {@code offset} (0–99), {@code limit} (1–100) items, hottest first. Never
     * fails for want of Redis: it then answers the last list this instance held, marked {@link HotList#stale()}.
     */
    @Idempotent
    HotList hot(int offset, int limit);
}

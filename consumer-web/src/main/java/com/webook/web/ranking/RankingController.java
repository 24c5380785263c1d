package com.webook.web.ranking;

import com.webook.api.ranking.v1.RankingService;
import com.webook.web.common.ApiError;
import com.webook.web.common.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hot list, open to everyone: the 100 hottest articles of the last days, a page at a time
 * ({@code offset} 0–99, {@code limit} 1–100, 20 by default), from this instance's copy.
 */
@RestController
@RequestMapping("/ranking")
class RankingController {

    private final NearHotList hot;

    RankingController(NearHotList hot) {
        this.hot = hot;
    }

    @GetMapping("/hot")
    Envelope<HotListView> hot(@RequestParam(defaultValue = "0") int offset,
                              @RequestParam(defaultValue = "20") int limit) {
        if (offset < 0 || offset >= RankingService.MAX_ITEMS) {
            throw ApiError.invalid("offset must be 0 to " + (RankingService.MAX_ITEMS - 1));
        }
        if (limit < 1 || limit > RankingService.MAX_ITEMS) {
            throw ApiError.invalid("limit must be 1 to " + RankingService.MAX_ITEMS);
        }
        return Envelope.ok(HotListView.page(hot.whole(), offset, limit));
    }
}

package com.webook.ranking.infrastructure.rpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.webook.api.interactive.v1.InteractiveCounts;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.ranking.application.ArticleCounts;
import com.webook.ranking.domain.Counts;

/** The interactive provider's counts of articles over Dubbo, at most 500 ids per call (its limit). */
public class DubboArticleCounts implements ArticleCounts {

    static final int PER_CALL = 500;
    private static final String BIZ = "article";

    private final InteractiveService interactive;

    public DubboArticleCounts(InteractiveService interactive) {
        this.interactive = interactive;
    }

    @Override
    public Map<Long, Counts> of(List<Long> ids) {
        Map<Long, Counts> counts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PER_CALL) {
            // a plain ArrayList: what the serializer knows, not a view of another list
            List<Long> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + PER_CALL)));
            for (InteractiveCounts c : interactive.getCounts(BIZ, chunk)) {
                counts.put(c.bizId(), new Counts(c.likeCount(), c.collectCount(), c.readCount()));
            }
        }
        return counts;
    }
}

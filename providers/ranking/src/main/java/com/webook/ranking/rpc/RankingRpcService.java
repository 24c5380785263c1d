package com.webook.ranking.rpc;

import com.webook.api.ranking.v1.HotArticle;
import com.webook.api.ranking.v1.HotList;
import com.webook.api.ranking.v1.RankingService;
import com.webook.ranking.application.ServingHotList;
import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Ranked;

/** The Dubbo face of the ranking context: the hot list from this instance's memory. */
public class RankingRpcService implements RankingService {

    private final ServingHotList serving;

    public RankingRpcService(ServingHotList serving) {
        this.serving = serving;
    }

    @Override
    public HotList hot(int offset, int limit) {
        ServingHotList.Part part = serving.part(offset, limit);
        return new HotList(part.items().stream().map(RankingRpcService::article).toList(), part.total(),
                part.computedAt(), part.reconciledAt(), part.stale());
    }

    private static HotArticle article(Ranked ranked) {
        Article article = ranked.candidate().article();
        var counts = ranked.candidate().counts();
        return new HotArticle(article.id(), article.authorId(), article.title(), article.abstractText(),
                article.updatedAt(), counts.likes(), counts.collects(), counts.reads(), ranked.score());
    }
}

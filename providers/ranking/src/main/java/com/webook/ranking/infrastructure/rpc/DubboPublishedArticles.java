package com.webook.ranking.infrastructure.rpc;

import java.util.ArrayList;
import java.util.List;

import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.ArticleSummary;
import com.webook.api.article.v1.PublishedPage;
import com.webook.ranking.application.PublishedArticles;
import com.webook.ranking.domain.Article;

/** The article provider over Dubbo; ids are asked in calls of at most the contract's batch size. */
public class DubboPublishedArticles implements PublishedArticles {

    private final ArticleService articles;

    public DubboPublishedArticles(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public Page page(String cursor, int size) {
        PublishedPage page = articles.listPublished(cursor, size);
        return new Page(page.items().stream().map(DubboPublishedArticles::article).toList(), page.nextCursor());
    }

    @Override
    public List<Article> published(List<Long> ids) {
        List<Article> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ArticleService.MAX_SUMMARIES_PER_CALL) {
            // a plain ArrayList: what the serializer knows, not a view of another list
            List<Long> chunk = new ArrayList<>(ids.subList(from,
                    Math.min(ids.size(), from + ArticleService.MAX_SUMMARIES_PER_CALL)));
            articles.publishedSummaries(chunk).forEach(s -> found.add(article(s)));
        }
        return found;
    }

    private static Article article(ArticleSummary summary) {
        return new Article(summary.id(), summary.authorId(), summary.title(), summary.abstractText(), summary.updatedAt());
    }
}

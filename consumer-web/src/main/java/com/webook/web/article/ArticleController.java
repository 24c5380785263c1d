package com.webook.web.article;

import java.util.List;

import cn.dev33.satoken.stp.StpUtil;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.SaveArticleRequest;
import com.webook.web.common.Envelope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The author's side: write drafts, publish, withdraw, list and open one's own articles. Every call acts
 * as the logged-in user; the article provider refuses another author's article.
 */
@RestController
@RequestMapping("/articles")
class ArticleController {

    private final ArticleService articles;
    private final NearArticles near;

    ArticleController(ArticleService articles, NearArticles near) {
        this.articles = articles;
        this.near = near;
    }

    /** Saves a draft; answers its id. */
    @PostMapping("/edit")
    Envelope<Long> edit(@Valid @RequestBody ArticleEditRequest request) {
        return Envelope.ok(articles.save(saveRequest(request)));
    }

    /**
     * Saves and publishes; answers the id. Readers of every instance see the new copy once they hear of it
     * on the change feed; the author's next view on this one sees it at once.
     */
    @PostMapping("/publish")
    Envelope<Long> publish(@Valid @RequestBody ArticleEditRequest request) {
        long id = articles.publish(saveRequest(request));
        near.forget(id);
        return Envelope.ok(id);
    }

    /** Withdraws; as with publishing, this instance stops serving its copy at once, the others when they hear. */
    @PostMapping("/withdraw")
    Envelope<Void> withdraw(@Valid @RequestBody ArticleIdRequest request) {
        articles.withdraw(StpUtil.getLoginIdAsLong(), request.id());
        near.forget(request.id());
        return Envelope.ok();
    }

    @PostMapping("/list")
    Envelope<List<ArticleSummaryView>> list(@Valid @RequestBody ArticleListRequest request) {
        return Envelope.ok(articles.listByAuthor(StpUtil.getLoginIdAsLong(), request.offset(), request.limit())
                .stream().map(ArticleSummaryView::of).toList());
    }

    @GetMapping("/detail/{id}")
    Envelope<ArticleDetailView> detail(@PathVariable @Positive long id) {
        return Envelope.ok(ArticleDetailView.of(articles.getByAuthor(StpUtil.getLoginIdAsLong(), id)));
    }

    private static SaveArticleRequest saveRequest(ArticleEditRequest request) {
        return new SaveArticleRequest(StpUtil.getLoginIdAsLong(), request.idOrNew(), request.title(), request.content());
    }
}

package com.webook.web.collection;

import java.util.List;

import cn.dev33.satoken.stp.StpUtil;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.web.article.NearReaderMarks;
import com.webook.web.common.Envelope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's collection folders: list (a page at a time), create, rename, delete (which takes out what the folder held). */
@RestController
@RequestMapping("/collections")
class CollectionController {

    private final InteractiveService interactions;
    private final NearReaderMarks marks;

    CollectionController(InteractiveService interactions, NearReaderMarks marks) {
        this.interactions = interactions;
        this.marks = marks;
    }

    /** A page of the caller's folders, oldest first: {@code limit} (1–100, 50 by default) from {@code offset}. */
    @GetMapping
    Envelope<List<CollectionView>> list(@RequestParam(defaultValue = "0") @PositiveOrZero int offset,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
        return Envelope.ok(interactions.listCollections(StpUtil.getLoginIdAsLong(), offset, limit).stream()
                .map(CollectionView::of).toList());
    }

    @PostMapping
    Envelope<CollectionView> create(@Valid @RequestBody CollectionNameRequest request) {
        return Envelope.ok(CollectionView.of(interactions.createCollection(StpUtil.getLoginIdAsLong(), request.name())));
    }

    @PutMapping("/{id}")
    Envelope<CollectionView> rename(@PathVariable @Positive long id, @Valid @RequestBody CollectionNameRequest request) {
        return Envelope.ok(CollectionView.of(
                interactions.renameCollection(StpUtil.getLoginIdAsLong(), id, request.name())));
    }

    /** Deletes the folder; what it held is no longer collected, here at once (the reader's marks kept here go). */
    @DeleteMapping("/{id}")
    Envelope<Void> delete(@PathVariable @Positive long id) {
        long user = StpUtil.getLoginIdAsLong();
        interactions.deleteCollection(user, id);
        marks.forget(user);
        return Envelope.ok();
    }
}

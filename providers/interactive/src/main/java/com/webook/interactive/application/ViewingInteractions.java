package com.webook.interactive.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.Marks;
import com.webook.interactive.domain.ReaderFlags;
import com.webook.interactive.domain.UserIds;

/** Reads counts, for one object with the user's flags or for many objects at once. */
public class ViewingInteractions {

    public static final int MAX_BATCH = 500;

    private final InteractiveRepository interactions;

    public ViewingInteractions(InteractiveRepository interactions) {
        this.interactions = interactions;
    }

    /** Counts and flags; the flags are false for the anonymous user 0 and are not looked up for them. */
    public Interactions one(String biz, long bizId, long userId) {
        BizObject target = new BizObject(biz, bizId);
        long user = UserIds.viewing(userId);
        Counts counts = interactions.counts(target);
        ReaderFlags flags = user == 0 ? ReaderFlags.NONE : interactions.flagsOf(target, user);
        return new Interactions(counts, flags.liked(), flags.collected());
    }

    /**
     * Every object of kind {@code biz} the user likes and collected, at most {@code limit} of each;
     * nothing for the anonymous user 0.
     */
    public Marks marks(String biz, long userId, int limit) {
        BizObject.checkBiz(biz);
        long user = UserIds.viewing(userId);
        return user == 0 ? Marks.NONE : interactions.marksOf(biz, user, limit);
    }

    /** One entry per id asked, in that order (repeated ids repeat), zeros for ids nothing happened to. */
    public List<Counts> many(String biz, List<Long> ids) {
        BizObject.checkBiz(biz);
        if (ids == null) {
            throw InteractiveRejected.invalid("bizIds is required");
        }
        if (ids.size() > MAX_BATCH) {
            throw InteractiveRejected.invalid("at most " + MAX_BATCH + " ids per call");
        }
        if (ids.stream().anyMatch(id -> id == null || id <= 0)) {
            throw InteractiveRejected.invalid("bizIds must be positive");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Counts> distinct = interactions.counts(biz, ids.stream().distinct().toList());
        Map<Long, Counts> byId = new HashMap<>();
        distinct.forEach(c -> byId.put(c.target().id(), c));
        return ids.stream().map(byId::get).toList();
    }
}

package com.webook.interactive.application;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.InteractionEvents;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.MarkChanges;
import com.webook.interactive.domain.UserIds;

/** Likes an object or takes the like back. Repeating either changes nothing. */
public class Liking {

    private final InteractiveRepository interactions;
    private final MarkChanges changes;
    private final InteractionEvents events;

    public Liking(InteractiveRepository interactions) {
        this(interactions, MarkChanges.NONE, InteractionEvents.NONE);
    }

    public Liking(InteractiveRepository interactions, MarkChanges changes, InteractionEvents events) {
        this.interactions = interactions;
        this.changes = changes;
        this.events = events;
    }

    /**
     * True when the like changed state; then the change of the user's marks and the like (or unlike) are
     * announced.
     */
    public boolean like(String biz, long bizId, long userId, boolean like) {
        BizObject target = new BizObject(biz, bizId);
        long user = UserIds.acting(userId);
        boolean changed = interactions.storeLike(target, user, like);
        if (changed) {
            changes.changed(user);
            events.changed(target, user, like ? InteractionEvents.Change.LIKE : InteractionEvents.Change.UNLIKE);
        }
        return changed;
    }
}

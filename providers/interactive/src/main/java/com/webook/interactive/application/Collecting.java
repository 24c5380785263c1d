package com.webook.interactive.application;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.InteractionEvents;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.MarkChanges;
import com.webook.interactive.domain.UserIds;

/** Puts objects into a user's folders and takes them out. */
public class Collecting {

    private final InteractiveRepository interactions;
    private final MarkChanges changes;
    private final InteractionEvents events;

    public Collecting(InteractiveRepository interactions) {
        this(interactions, MarkChanges.NONE, InteractionEvents.NONE);
    }

    /**
     * Each collect and each uncollect that took something out announces a change of the user's marks and
     * the collect (or uncollect).
     */
    public Collecting(InteractiveRepository interactions, MarkChanges changes, InteractionEvents events) {
        this.interactions = interactions;
        this.changes = changes;
        this.events = events;
    }

    public void collect(String biz, long bizId, long userId, long folderId) {
        BizObject target = new BizObject(biz, bizId);
        long user = UserIds.acting(userId);
        if (folderId <= 0 || !interactions.storeCollected(target, user, folderId)) {
            throw InteractiveRejected.folderNotFound();
        }
        changes.changed(user);
        events.changed(target, user, InteractionEvents.Change.COLLECT);
    }

    /** True when the object was collected. */
    public boolean uncollect(String biz, long bizId, long userId) {
        BizObject target = new BizObject(biz, bizId);
        long user = UserIds.acting(userId);
        boolean removed = interactions.removeCollected(target, user);
        if (removed) {
            changes.changed(user);
            events.changed(target, user, InteractionEvents.Change.UNCOLLECT);
        }
        return removed;
    }
}

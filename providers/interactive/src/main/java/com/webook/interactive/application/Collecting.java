package com.webook.interactive.application;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.MarkChanges;
import com.webook.interactive.domain.UserIds;

/** Puts objects into a user's folders and takes them out. */
public class Collecting {

    private final InteractiveRepository interactions;
    private final MarkChanges changes;

    public Collecting(InteractiveRepository interactions) {
        this(interactions, MarkChanges.NONE);
    }

    /** Each collect and each uncollect that took something out announces a change of the user's marks. */
    public Collecting(InteractiveRepository interactions, MarkChanges changes) {
        this.interactions = interactions;
        this.changes = changes;
    }

    public void collect(String biz, long bizId, long userId, long folderId) {
        BizObject target = new BizObject(biz, bizId);
        long user = UserIds.acting(userId);
        if (folderId <= 0 || !interactions.storeCollected(target, user, folderId)) {
            throw InteractiveRejected.folderNotFound();
        }
        changes.changed(user);
    }

    /** True when the object was collected. */
    public boolean uncollect(String biz, long bizId, long userId) {
        BizObject target = new BizObject(biz, bizId);
        long user = UserIds.acting(userId);
        boolean removed = interactions.removeCollected(target, user);
        if (removed) {
            changes.changed(user);
        }
        return removed;
    }
}

package com.webook.interactive.application;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.UserIds;

/** Puts objects into a user's folders and takes them out. */
public class Collecting {

    private final InteractiveRepository interactions;

    public Collecting(InteractiveRepository interactions) {
        this.interactions = interactions;
    }

    public void collect(String biz, long bizId, long userId, long folderId) {
        BizObject target = new BizObject(biz, bizId);
        long user = UserIds.acting(userId);
        if (folderId <= 0 || !interactions.storeCollected(target, user, folderId)) {
            throw InteractiveRejected.folderNotFound();
        }
    }

    /** True when the object was collected. */
    public boolean uncollect(String biz, long bizId, long userId) {
        BizObject target = new BizObject(biz, bizId);
        return interactions.removeCollected(target, UserIds.acting(userId));
    }
}

package com.webook.interactive.application;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.UserIds;

/** Likes an object or takes the like back. Repeating either changes nothing. */
public class Liking {

    private final InteractiveRepository interactions;

    public Liking(InteractiveRepository interactions) {
        this.interactions = interactions;
    }

    /** True when the like changed state. */
    public boolean like(String biz, long bizId, long userId, boolean like) {
        BizObject target = new BizObject(biz, bizId);
        return interactions.storeLike(target, UserIds.acting(userId), like);
    }
}

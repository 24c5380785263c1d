package com.webook.interactive.infrastructure.persistence;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;

/** One row of {@code interactives}, as MyBatis reads it. */
public record CountsRow(String biz, long bizId, long readCnt, long likeCnt, long collectCnt) {

    Counts toCounts() {
        return new Counts(new BizObject(biz, bizId), readCnt, likeCnt, collectCnt);
    }
}

package com.webook.api.interactive.v1;

import java.io.Serializable;

/** How often one business object ({@code biz}, {@code bizId}) was read, liked and collected. */
public record InteractiveCounts(String biz, long bizId, long readCount, long likeCount, long collectCount)
        implements Serializable {
}

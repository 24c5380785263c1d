package com.webook.interactive.infrastructure.persistence;

/** Reads to add to one object's count. */
public record ReadIncrement(String biz, long bizId, long reads) {
}

package com.webook.interactive.infrastructure.persistence;

/** An object held in a folder. */
public record CollectedRow(String biz, long bizId) {
}

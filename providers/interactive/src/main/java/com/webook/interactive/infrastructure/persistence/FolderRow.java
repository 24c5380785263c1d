package com.webook.interactive.infrastructure.persistence;

import java.time.Instant;

import com.webook.interactive.domain.Folder;

/** One row of {@code collections} with the number of things in it. */
public record FolderRow(long id, long uid, String name, long ctime, long utime, long itemCount) {

    Folder toFolder() {
        return new Folder(id, uid, name, itemCount, Instant.ofEpochMilli(ctime), Instant.ofEpochMilli(utime));
    }
}

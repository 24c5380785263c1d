package com.webook.web.collection;

import java.util.Objects;

import com.webook.api.interactive.v1.CollectionFolder;

/** One of the caller's folders. */
public record CollectionView(long id, String name, long itemCount, String createdAt, String updatedAt) {

    static CollectionView of(CollectionFolder folder) {
        return new CollectionView(folder.id(), folder.name(), folder.itemCount(),
                Objects.toString(folder.createdAt(), null), Objects.toString(folder.updatedAt(), null));
    }
}

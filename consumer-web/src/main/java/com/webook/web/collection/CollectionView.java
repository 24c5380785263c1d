package com.webook.web.collection;

import com.webook.api.interactive.v1.CollectionFolder;

/** One of the caller's folders. */
public record CollectionView(long id, String name, long itemCount, String createdAt, String updatedAt) {

    static CollectionView of(CollectionFolder folder) {
        return new CollectionView(folder.id(), folder.name(), folder.itemCount(),
                folder.createdAt() == null ? null : folder.createdAt().toString(),
                folder.updatedAt() == null ? null : folder.updatedAt().toString());
    }
}

package com.webook.interactive.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users' collection folders. A folder is only ever found through its owner. */
public interface FolderRepository {

    /**
     * A new folder, unless the user has {@code maxFolders} already (empty then; concurrent creations may
     * pass the count by as many as run at once); {@link FolderNameTaken} when the user has one with this name.
     */
    Optional<Folder> store(long userId, String name, Instant now, int maxFolders);

    /** Renames the user's folder; empty when it is not theirs; {@link FolderNameTaken} as for store. */
    Optional<Folder> rename(long userId, long folderId, String name, Instant now);

    /**
     * Deletes the user's folder and takes what it held out of their collections, moving each object's
     * collect count, in one transaction. False when the folder is not theirs.
     */
    boolean remove(long userId, long folderId);

    /** The user's folders, oldest first, {@code limit} of them from {@code offset}. */
    List<Folder> findPage(long userId, int offset, int limit);
}

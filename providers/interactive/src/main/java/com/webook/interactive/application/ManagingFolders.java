package com.webook.interactive.application;

import java.time.Clock;
import java.util.List;

import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.FolderName;
import com.webook.interactive.domain.FolderNameTaken;
import com.webook.interactive.domain.FolderRepository;
import com.webook.interactive.domain.MarkChanges;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.Rejection;
import com.webook.interactive.domain.UserIds;

/** Creates, renames, deletes and lists a user's collection folders; a user has at most {@code maxFolders}. */
public class ManagingFolders {

    public static final int PAGE_MAX = 100;

    private final FolderRepository folders;
    private final Clock clock;
    private final int maxFolders;
    private final MarkChanges changes;

    public ManagingFolders(FolderRepository folders, Clock clock, int maxFolders) {
        this(folders, clock, maxFolders, MarkChanges.NONE);
    }

    /** Deleting a folder announces a change of the user's marks: what it held is no longer collected. */
    public ManagingFolders(FolderRepository folders, Clock clock, int maxFolders, MarkChanges changes) {
        this.folders = folders;
        this.clock = clock;
        this.maxFolders = maxFolders;
        this.changes = changes;
    }

    public Folder create(long userId, String name) {
        long user = UserIds.acting(userId);
        String checked = FolderName.check(name);
        try {
            return folders.store(user, checked, clock.instant(), maxFolders)
                    .orElseThrow(() -> new InteractiveRejected(Rejection.COLLECTION_LIMIT_REACHED,
                            "you have " + maxFolders + " collections, the most one may have; delete one first"));
        } catch (FolderNameTaken taken) {
            throw nameTaken();
        }
    }

    public Folder rename(long userId, long folderId, String name) {
        long user = UserIds.acting(userId);
        String checked = FolderName.check(name);
        if (folderId <= 0) {
            throw InteractiveRejected.folderNotFound();
        }
        try {
            return folders.rename(user, folderId, checked, clock.instant())
                    .orElseThrow(InteractiveRejected::folderNotFound);
        } catch (FolderNameTaken taken) {
            throw nameTaken();
        }
    }

    public void delete(long userId, long folderId) {
        long user = UserIds.acting(userId);
        if (folderId <= 0 || !folders.remove(user, folderId)) {
            throw InteractiveRejected.folderNotFound();
        }
        changes.changed(user); // what the folder held is no longer collected
    }

    public List<Folder> list(long userId, int offset, int limit) {
        long user = UserIds.acting(userId);
        if (offset < 0 || limit < 1 || limit > PAGE_MAX) {
            throw InteractiveRejected.invalid("offset must be 0 or more and limit 1-" + PAGE_MAX);
        }
        return folders.findPage(user, offset, limit);
    }

    private static InteractiveRejected nameTaken() {
        return new InteractiveRejected(Rejection.COLLECTION_NAME_TAKEN, "you already have a collection with this name");
    }
}

package com.webook.interactive.application;

import java.time.Clock;
import java.util.List;

import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.FolderName;
import com.webook.interactive.domain.FolderNameTaken;
import com.webook.interactive.domain.FolderRepository;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.Rejection;
import com.webook.interactive.domain.UserIds;

/** Creates, renames, deletes and lists a user's collection folders. */
public class ManagingFolders {

    private final FolderRepository folders;
    private final Clock clock;

    public ManagingFolders(FolderRepository folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    public Folder create(long userId, String name) {
        long user = UserIds.acting(userId);
        String checked = FolderName.check(name);
        try {
            return folders.store(user, checked, clock.instant());
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
    }

    public List<Folder> list(long userId) {
        return folders.findAll(UserIds.acting(userId));
    }

    private static InteractiveRejected nameTaken() {
        return new InteractiveRejected(Rejection.COLLECTION_NAME_TAKEN, "you already have a collection with this name");
    }
}

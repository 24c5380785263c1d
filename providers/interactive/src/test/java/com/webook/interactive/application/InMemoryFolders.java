package com.webook.interactive.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.FolderNameTaken;
import com.webook.interactive.domain.FolderRepository;

/**
 * Folders in memory for use-case tests, imitating the table's unique (user, name) and owner-only access;
 * those rules are asserted against MariaDB (RepositoryRulesIT), never against this.
 */
public class InMemoryFolders implements FolderRepository {

    final Map<Long, Folder> folders = new LinkedHashMap<>();
    LongConsumer onRemove = id -> { };
    private long nextId = 1;

    boolean owns(long userId, long folderId) {
        Folder folder = folders.get(folderId);
        return folder != null && folder.userId() == userId;
    }

    /** A folder for a test's setting, whatever the limit. */
    public Folder store(long userId, String name, Instant now) {
        return store(userId, name, now, Integer.MAX_VALUE).orElseThrow();
    }

    @Override
    public Optional<Folder> store(long userId, String name, Instant now, int maxFolders) {
        taken(userId, name, 0);
        if (folders.values().stream().filter(folder -> folder.userId() == userId).count() >= maxFolders) {
            return Optional.empty();
        }
        Folder folder = new Folder(nextId++, userId, name, 0, now, now);
        folders.put(folder.id(), folder);
        return Optional.of(folder);
    }

    @Override
    public Optional<Folder> rename(long userId, long folderId, String name, Instant now) {
        if (!owns(userId, folderId)) {
            return Optional.empty();
        }
        taken(userId, name, folderId);
        Folder old = folders.get(folderId);
        Folder renamed = new Folder(folderId, userId, name, old.itemCount(), old.createdAt(), now);
        folders.put(folderId, renamed);
        return Optional.of(renamed);
    }

    @Override
    public boolean remove(long userId, long folderId) {
        if (!owns(userId, folderId)) {
            return false;
        }
        onRemove.accept(folderId);
        folders.remove(folderId);
        return true;
    }

    @Override
    public List<Folder> findPage(long userId, int offset, int limit) {
        return folders.values().stream().filter(folder -> folder.userId() == userId)
                .sorted(java.util.Comparator.comparingLong(Folder::id)).skip(offset).limit(limit).toList();
    }

    private void taken(long userId, String name, long except) {
        if (folders.values().stream().anyMatch(f -> f.userId() == userId && f.name().equals(name) && f.id() != except)) {
            throw new FolderNameTaken();
        }
    }
}

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

/** Folders in memory with the table's unique (user, name). */
public class InMemoryFolders implements FolderRepository {

    final Map<Long, Folder> folders = new LinkedHashMap<>();
    LongConsumer onRemove = id -> { };
    private long nextId = 1;

    boolean owns(long userId, long folderId) {
        Folder folder = folders.get(folderId);
        return folder != null && folder.userId() == userId;
    }

    @Override
    public Folder store(long userId, String name, Instant now) {
        taken(userId, name, 0);
        Folder folder = new Folder(nextId++, userId, name, 0, now, now);
        folders.put(folder.id(), folder);
        return folder;
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
    public List<Folder> findAll(long userId) {
        return folders.values().stream().filter(f -> f.userId() == userId).toList();
    }

    private void taken(long userId, String name, long except) {
        if (folders.values().stream().anyMatch(f -> f.userId() == userId && f.name().equals(name) && f.id() != except)) {
            throw new FolderNameTaken();
        }
    }
}

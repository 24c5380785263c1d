package com.webook.interactive.infrastructure.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.FolderNameTaken;
import com.webook.interactive.domain.FolderRepository;
import com.webook.interactive.infrastructure.cache.CountField;
import com.webook.interactive.infrastructure.cache.CountsCache;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/** Folders in {@code collections}; deleting one also takes its objects out and moves their counts. */
public class MybatisFolderRepository implements FolderRepository {

    /** Objects per decrement statement when a folder is deleted. */
    private static final int CHUNK = 500;

    private final MybatisInteractiveDao dao;
    private final CountsCache cache;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public MybatisFolderRepository(MybatisInteractiveDao dao, CountsCache cache, TransactionTemplate transactions,
                                   Clock clock) {
        this.dao = dao;
        this.cache = cache;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<Folder> store(long userId, String name, Instant now, int maxFolders) {
        NewFolderRow row = new NewFolderRow(userId, name, now.toEpochMilli());
        try {
            if (dao.insertFolderUnderLimit(row, maxFolders) == 0) {
                return Optional.empty();
            }
        } catch (DuplicateKeyException duplicate) {
            throw new FolderNameTaken();
        }
        Instant stored = Instant.ofEpochMilli(now.toEpochMilli());
        return Optional.of(new Folder(row.getId(), userId, name, 0, stored, stored));
    }

    @Override
    public Optional<Folder> rename(long userId, long folderId, String name, Instant now) {
        try {
            if (dao.renameFolder(userId, folderId, name, now.toEpochMilli()) == 0) {
                return Optional.empty();
            }
        } catch (DuplicateKeyException duplicate) {
            throw new FolderNameTaken();
        }
        return Optional.ofNullable(dao.findFolder(userId, folderId)).map(FolderRow::toFolder);
    }

    /**
     * The folder row is locked first, so a collect into it (which share-locks it) either finished before
     * and its object is taken out here, or waits and then finds no folder.
     */
    @Override
    public boolean remove(long userId, long folderId) {
        List<CollectedRow> removed = transactions.execute(status -> {
            if (dao.lockFolder(userId, folderId) == null) {
                return null;
            }
            List<CollectedRow> items = dao.lockFolderItems(folderId);
            long now = clock.millis();
            byBiz(items).forEach((biz, ids) -> {
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    dao.takeOneCollectFromEach(biz, ids.subList(from, Math.min(ids.size(), from + CHUNK)), now);
                }
            });
            dao.deleteFolderItems(folderId);
            dao.deleteFolder(folderId);
            return items;
        });
        if (removed == null) {
            return false;
        }
        Map<BizObject, Long> decrements = new LinkedHashMap<>();
        removed.forEach(item -> decrements.put(new BizObject(item.biz(), item.bizId()), -1L));
        cache.incrementExisting(CountField.COLLECT, decrements);
        return true;
    }

    @Override
    public List<Folder> findPage(long userId, int offset, int limit) {
        return dao.findFolders(userId, offset, limit).stream().map(FolderRow::toFolder).toList();
    }

    private static Map<String, List<Long>> byBiz(List<CollectedRow> items) {
        Map<String, List<Long>> grouped = new LinkedHashMap<>();
        items.forEach(item -> grouped.computeIfAbsent(item.biz(), biz -> new ArrayList<>()).add(item.bizId()));
        return grouped;
    }
}

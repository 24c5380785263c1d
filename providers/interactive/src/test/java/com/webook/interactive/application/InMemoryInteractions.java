package com.webook.interactive.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.Marks;
import com.webook.interactive.domain.ReadCounter;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReaderFlags;
import com.webook.interactive.domain.ReadsApplied;

/**
 * A stand-in for the repositories in use-case tests, imitating their rules (counts move exactly when
 * state changes, folders are found only through their owner, applied read events are remembered by id)
 * so that the use cases have something plausible to talk to. Those rules are the SQL's: tests assert them
 * against MariaDB (RepositoryRulesIT, InteractiveServiceIT), never against this. {@link #failing} makes
 * every call throw, as a store that is down would.
 */
public class InMemoryInteractions implements InteractiveRepository, ReadCounter {

    final Map<BizObject, long[]> counts = new HashMap<>();
    final Set<String> likes = new HashSet<>();
    final Map<String, Long> collected = new HashMap<>();
    final Set<String> appliedEventIds = new HashSet<>();
    final InMemoryFolders folders;
    RuntimeException failing;

    public InMemoryInteractions(InMemoryFolders folders) {
        this.folders = folders;
        folders.onRemove = this::removeFolderItems;
    }

    public InMemoryInteractions() {
        this(new InMemoryFolders());
    }

    public long[] of(BizObject target) {
        return counts.computeIfAbsent(target, t -> new long[3]);
    }

    @Override
    public Counts counts(BizObject target) {
        check();
        long[] c = of(target);
        return new Counts(target, c[0], c[1], c[2]);
    }

    @Override
    public List<Counts> counts(String biz, List<Long> ids) {
        check();
        List<Counts> all = new ArrayList<>();
        ids.forEach(id -> all.add(counts(new BizObject(biz, id))));
        return all;
    }

    @Override
    public ReaderFlags flagsOf(BizObject target, long userId) {
        check();
        return new ReaderFlags(likes.contains(target + "/" + userId), collected.containsKey(target + "/" + userId));
    }

    @Override
    public Marks marksOf(String biz, long userId, int limit) {
        check();
        List<Long> liked = idsOf(likes, biz, userId);
        List<Long> collectedIds = idsOf(collected.keySet(), biz, userId);
        return new Marks(liked.subList(0, Math.min(limit, liked.size())),
                collectedIds.subList(0, Math.min(limit, collectedIds.size())),
                liked.size() <= limit && collectedIds.size() <= limit);
    }

    /** The ids in keys "biz:id/user" of this kind and user, ascending. */
    private static List<Long> idsOf(Set<String> keys, String biz, long userId) {
        String prefix = biz + ":";
        String suffix = "/" + userId;
        return keys.stream().filter(k -> k.startsWith(prefix) && k.endsWith(suffix))
                .map(k -> Long.parseLong(k.substring(prefix.length(), k.length() - suffix.length())))
                .sorted().toList();
    }

    @Override
    public boolean storeLike(BizObject target, long userId, boolean liked) {
        check();
        String key = target + "/" + userId;
        boolean changed = liked ? likes.add(key) : likes.remove(key);
        if (changed) {
            of(target)[1] += liked ? 1 : -1;
        }
        return changed;
    }

    @Override
    public boolean storeCollected(BizObject target, long userId, long folderId) {
        check();
        if (!folders.owns(userId, folderId)) {
            return false;
        }
        if (collected.put(target + "/" + userId, folderId) == null) {
            of(target)[2]++;
        }
        return true;
    }

    @Override
    public boolean removeCollected(BizObject target, long userId) {
        check();
        if (collected.remove(target + "/" + userId) == null) {
            return false;
        }
        of(target)[2]--;
        return true;
    }

    @Override
    public ReadsApplied apply(List<ReadEvent> events) {
        check();
        int applied = 0;
        for (ReadEvent event : events) {
            if (appliedEventIds.add(event.eventId())) {
                of(event.target())[0]++;
                applied++;
            }
        }
        return new ReadsApplied(applied, events.size() - applied);
    }

    private void removeFolderItems(long folderId) {
        Map<String, Long> copy = new LinkedHashMap<>(collected);
        copy.forEach((key, folder) -> {
            if (folder == folderId) {
                collected.remove(key);
                String target = key.substring(0, key.indexOf('/'));
                String[] parts = target.split(":");
                of(new BizObject(parts[0], Long.parseLong(parts[1])))[2]--;
            }
        });
    }

    private void check() {
        if (failing != null) {
            throw failing;
        }
    }
}

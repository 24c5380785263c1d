package com.webook.interactive.rpc;

import java.util.List;

import com.webook.api.interactive.v1.CollectionFolder;
import com.webook.api.interactive.v1.InteractiveCounts;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.InteractiveView;
import com.webook.api.interactive.v1.ReaderMarks;
import com.webook.interactive.application.Collecting;
import com.webook.interactive.application.Liking;
import com.webook.interactive.application.ManagingFolders;
import com.webook.interactive.application.ViewingInteractions;

/**
 * The Dubbo face of the interactive context: calls one use case and packs the answer. Rejections and
 * storage failures reach the caller through the providers' error boundary ({@code ErrorBoundaryFilter}).
 */
public class InteractiveRpcService implements InteractiveService {

    private final Liking liking;
    private final Collecting collecting;
    private final ManagingFolders folders;
    private final ViewingInteractions viewing;

    public InteractiveRpcService(Liking liking, Collecting collecting, ManagingFolders folders,
                                 ViewingInteractions viewing) {
        this.liking = liking;
        this.collecting = collecting;
        this.folders = folders;
        this.viewing = viewing;
    }

    @Override
    public void like(String biz, long bizId, long userId, boolean like) {
        liking.like(biz, bizId, userId, like);
    }

    @Override
    public void collect(String biz, long bizId, long userId, long collectionId) {
        collecting.collect(biz, bizId, userId, collectionId);
    }

    @Override
    public void uncollect(String biz, long bizId, long userId) {
        collecting.uncollect(biz, bizId, userId);
    }

    @Override
    public InteractiveView get(String biz, long bizId, long userId) {
        return InteractiveAssembler.toView(viewing.one(biz, bizId, userId));
    }

    @Override
    public ReaderMarks readerMarks(String biz, long userId) {
        return InteractiveAssembler.toMarks(viewing.marks(biz, userId, InteractiveService.MAX_MARKS));
    }

    @Override
    public List<InteractiveCounts> getCounts(String biz, List<Long> bizIds) {
        return InteractiveAssembler.toCounts(viewing.many(biz, bizIds));
    }

    @Override
    public CollectionFolder createCollection(long userId, String name) {
        return InteractiveAssembler.toFolder(folders.create(userId, name));
    }

    @Override
    public CollectionFolder renameCollection(long userId, long collectionId, String name) {
        return InteractiveAssembler.toFolder(folders.rename(userId, collectionId, name));
    }

    @Override
    public void deleteCollection(long userId, long collectionId) {
        folders.delete(userId, collectionId);
    }

    @Override
    public List<CollectionFolder> listCollections(long userId, int offset, int limit) {
        return InteractiveAssembler.toFolders(folders.list(userId, offset, limit));
    }
}

package com.webook.interactive.rpc;

import java.util.List;
import java.util.function.Supplier;

import com.webook.api.interactive.v1.CollectionFolder;
import com.webook.api.interactive.v1.InteractiveCounts;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.interactive.v1.InteractiveException;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.InteractiveView;
import com.webook.interactive.application.Collecting;
import com.webook.interactive.application.Liking;
import com.webook.interactive.application.ManagingFolders;
import com.webook.interactive.application.ViewingInteractions;
import com.webook.interactive.domain.InteractiveRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The Dubbo face of the interactive context: calls one use case, packs the answer, turns refusals into
 * {@link InteractiveException}s and storage failures into {@link InteractiveErrorCode#SYSTEM_ERROR}
 * without their internals.
 */
public class InteractiveRpcService implements InteractiveService {

    private static final Logger log = LoggerFactory.getLogger(InteractiveRpcService.class);

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
        answer(() -> liking.like(biz, bizId, userId, like));
    }

    @Override
    public void collect(String biz, long bizId, long userId, long collectionId) {
        answer(() -> {
            collecting.collect(biz, bizId, userId, collectionId);
            return null;
        });
    }

    @Override
    public void uncollect(String biz, long bizId, long userId) {
        answer(() -> collecting.uncollect(biz, bizId, userId));
    }

    @Override
    public InteractiveView get(String biz, long bizId, long userId) {
        return answer(() -> InteractiveAssembler.toView(viewing.one(biz, bizId, userId)));
    }

    @Override
    public List<InteractiveCounts> getCounts(String biz, List<Long> bizIds) {
        return answer(() -> InteractiveAssembler.toCounts(viewing.many(biz, bizIds)));
    }

    @Override
    public CollectionFolder createCollection(long userId, String name) {
        return answer(() -> InteractiveAssembler.toFolder(folders.create(userId, name)));
    }

    @Override
    public CollectionFolder renameCollection(long userId, long collectionId, String name) {
        return answer(() -> InteractiveAssembler.toFolder(folders.rename(userId, collectionId, name)));
    }

    @Override
    public void deleteCollection(long userId, long collectionId) {
        answer(() -> {
            folders.delete(userId, collectionId);
            return null;
        });
    }

    @Override
    public List<CollectionFolder> listCollections(long userId, int offset, int limit) {
        return answer(() -> InteractiveAssembler.toFolders(folders.list(userId, offset, limit)));
    }

    private static <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (InteractiveRejected rejected) {
            throw InteractiveAssembler.toException(rejected);
        } catch (DataAccessException | TransactionException storage) {
            log.error("interactive storage failed: {}", storage.toString());
            throw new InteractiveException(InteractiveErrorCode.SYSTEM_ERROR,
                    "interactions are unavailable; please try again later");
        }
    }
}

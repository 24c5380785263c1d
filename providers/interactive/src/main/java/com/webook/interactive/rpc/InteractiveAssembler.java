package com.webook.interactive.rpc;

import java.util.List;

import com.webook.api.interactive.v1.CollectionFolder;
import com.webook.api.interactive.v1.InteractiveCounts;
import com.webook.api.interactive.v1.InteractiveView;
import com.webook.api.interactive.v1.ReaderMarks;
import com.webook.interactive.application.Interactions;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.Marks;

/** Maps the domain to the published records. Nothing else. */
final class InteractiveAssembler {

    private InteractiveAssembler() {
    }

    static InteractiveCounts toCounts(Counts counts) {
        return new InteractiveCounts(counts.target().biz(), counts.target().id(), counts.reads(), counts.likes(),
                counts.collects());
    }

    static List<InteractiveCounts> toCounts(List<Counts> counts) {
        return counts.stream().map(InteractiveAssembler::toCounts).toList();
    }

    static InteractiveView toView(Interactions interactions) {
        return new InteractiveView(toCounts(interactions.counts()), interactions.liked(), interactions.collected());
    }

    static ReaderMarks toMarks(Marks marks) {
        return new ReaderMarks(marks.liked(), marks.collected(), marks.complete());
    }

    static CollectionFolder toFolder(Folder folder) {
        return new CollectionFolder(folder.id(), folder.userId(), folder.name(), folder.itemCount(),
                folder.createdAt(), folder.updatedAt());
    }

    static List<CollectionFolder> toFolders(List<Folder> folders) {
        return folders.stream().map(InteractiveAssembler::toFolder).toList();
    }
}

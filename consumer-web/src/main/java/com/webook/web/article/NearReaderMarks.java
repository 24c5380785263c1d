package com.webook.web.article;

import java.util.Arrays;
import java.util.List;

import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.ReaderMarks;
import com.webook.governance.feed.NearCopies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logged-in readers' marks (the articles they like and collected) kept in this instance: a reader who
 * opens one article after another is shown their flags on each without a call per article. The marks are
 * fetched whole once ({@link InteractiveService#readerMarks}) and dropped when the interactive context
 * announces a change of that reader's marks on its feed ({@link InteractiveService#READER_CHANGES_FEED}),
 * moments after the change, and at once on the instance the change went through.
 *
 * <p>{@link NearCopies} has the rules that make a copy as good as asking. A reader with more marks than a
 * copy holds ({@link ReaderMarks#complete()} false) is asked about per article, as is everyone when
 * {@link #flagsOf} answers null.
 */
public class NearReaderMarks {

    private static final Logger log = LoggerFactory.getLogger(NearReaderMarks.class);

    /** A reader's flags on one article. */
    record Flags(boolean liked, boolean collected) {
    }

    /** One reader's marks: sorted ids, searched in place. */
    record Marks(long[] liked, long[] collected, boolean complete) {

        /** Incomplete marks are kept as just that: they answer nothing, so their ids are not worth the memory. */
        static Marks of(ReaderMarks marks) {
            if (!marks.complete()) {
                return new Marks(new long[0], new long[0], false);
            }
            return new Marks(sorted(marks.liked()), sorted(marks.collected()), true);
        }

        private static long[] sorted(List<Long> ids) {
            long[] array = ids.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(array);
            return array;
        }

        Flags flags(long articleId) {
            return new Flags(Arrays.binarySearch(liked, articleId) >= 0, Arrays.binarySearch(collected, articleId) >= 0);
        }

        int weight() {
            return 64 + 8 * (liked.length + collected.length);
        }
    }

    private final InteractiveService interactions;
    private final NearCopies<Marks> copies;

    NearReaderMarks(InteractiveService interactions, NearCopies<Marks> copies) {
        this.interactions = interactions;
        this.copies = copies;
    }

    /**
     * The reader's flags on the article, or null when this instance cannot tell (it cannot hear the feed,
     * the reader's marks are too many to keep, or fetching them failed): then ask about the article itself.
     */
    Flags flagsOf(long readerId, long articleId) {
        if (!copies.trusted()) {
            return null;
        }
        Marks held;
        try {
            held = copies.get(readerId, reader -> Marks.of(interactions.readerMarks(ReaderController.BIZ, reader)));
        } catch (RuntimeException failed) {
            log.debug("reader {}'s marks could not be fetched: {}", readerId, failed.toString());
            return null;
        }
        return held.complete() ? held.flags(articleId) : null;
    }

    /** Drops this instance's copy of the reader's marks now, after a change made through it. */
    public void forget(long readerId) {
        copies.forget(readerId);
    }
}

package com.webook.web.article;

import java.util.ArrayList;
import java.util.List;

import com.webook.api.article.v1.ArticleService;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.user.v1.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Calls each provider the reader view uses before the web server takes requests, so that the first
 * reader after a start does not pay for connections, TLS handshakes and class loading, and is never shown
 * an article without its counts for that reason (the counts have a budget of their own). Each call asks
 * about an id nobody has; an answer of "not found" is as good as any. A cold call may time out, so each
 * provider gets a few. A provider that is not up yet is logged and skipped: warming never fails the start,
 * and holds it up by at most those few calls' timeouts per provider.
 */
class ReaderWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReaderWarmUp.class);
    /** An id no article or user has. */
    static final long NOBODY = Long.MAX_VALUE;

    private final ArticleService articles;
    private final InteractiveService interactions;
    private final UserService users;
    private final int rounds;
    private volatile boolean running;

    ReaderWarmUp(ArticleService articles, InteractiveService interactions, UserService users, int rounds) {
        this.articles = articles;
        this.interactions = interactions;
        this.users = users;
        this.rounds = rounds;
    }

    /** Which providers answered (with anything, "not found" included); for the log and the tests. */
    List<String> warm() {
        List<String> answered = new ArrayList<>();
        call("article", answered, () -> articles.peekPublished(NOBODY));
        call("interactive", answered, () -> {
            interactions.get(ReaderController.BIZ, NOBODY, NOBODY);
            interactions.readerMarks(ReaderController.BIZ, NOBODY);
        });
        call("user", answered, () -> users.getProfile(NOBODY));
        return answered;
    }

    /**
     * Makes {@code rounds} calls; a failed one (a cold call may time out) does not stop the next. The
     * provider counts as warm when one went all the way and back.
     */
    private void call(String provider, List<String> answered, Runnable call) {
        long started = System.nanoTime();
        int through = 0;
        RuntimeException failure = null;
        for (int round = 0; round < rounds; round++) {
            try {
                call.run();
                through++;
            } catch (ServiceException expected) {
                through++; // "not found" and the like: the call went all the way and back
            } catch (RuntimeException failed) {
                failure = failed;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (through == 0) {
            log.warn("could not warm the reader path's calls to the {} provider ({} ms): {}", provider, millis,
                    brief(failure));
            return;
        }
        answered.add(provider);
        log.info("warmed the reader path's calls to the {} provider ({} of {} calls went through, {} ms{})", provider,
                through, rounds, millis, failure == null ? "" : "; a cold one failed: " + brief(failure));
    }

    /** Dubbo's messages carry the whole provider URL: the start of one is enough here. */
    private static String brief(RuntimeException failure) {
        String text = failure.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public void start() {
        warm();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the feeds (phase 0), before the web server. */
    @Override
    public int getPhase() {
        return 1;
    }
}

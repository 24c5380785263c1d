package com.webook.web.article;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.webook.api.user.v1.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authors' display names for the reader view, kept briefly in this instance: a popular author's name
 * is fetched from the user provider once a minute, not once per read. A failed look-up shows no name
 * rather than failing the read, and is not remembered.
 */
class AuthorNames {

    private static final Logger log = LoggerFactory.getLogger(AuthorNames.class);

    private final UserService users;
    private final Cache<Long, Optional<String>> names;

    AuthorNames(UserService users, Duration ttl, long maxEntries) {
        this.users = users;
        this.names = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
    }

    /** The author's nickname; null when they set none or the user provider could not answer. */
    String nameOf(long authorId) {
        Optional<String> name = names.getIfPresent(authorId);
        if (name == null) {
            try {
                name = Optional.ofNullable(users.getProfile(authorId).nickname());
            } catch (RuntimeException e) {
                log.warn("author {}'s name is not available: {}", authorId, e.toString());
                return null;
            }
            names.put(authorId, name);
        }
        return name.orElse(null);
    }
}

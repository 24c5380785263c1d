package com.webook.user.infrastructure.cache;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.webook.user.domain.User;
import com.webook.user.domain.UserId;

/** Users by id, kept for a while. Implementations throw when their store fails; the repository degrades. */
public interface UserCache {

    Optional<User> get(UserId id);

    Map<UserId, User> getAll(Collection<UserId> ids);

    void put(User user);

    void putAll(List<User> users);

    void evict(UserId id);
}

package com.webook.user.domain;

import java.util.List;
import java.util.Optional;

/** Where users live. Reads by id may come from a cache; reads by identity always see stored data. */
public interface UserRepository {

    Optional<User> find(UserId id);

    /** The users that exist among {@code ids}, in the order of {@code ids}. */
    List<User> findAll(List<UserId> ids);

    Optional<User> findByPhone(String phone);

    /** By unionId when the account has one, else by openId. */
    Optional<User> findByWechat(WechatAccount wechat);

    Optional<Credentials> findCredentials(String email);

    /** Creates the user; {@link IdentityTaken} when one of its identities belongs to someone else. */
    User store(NewUser user);

    /** Replaces the profile; false when there is no such user. */
    boolean storeProfile(UserId id, Profile profile);
}

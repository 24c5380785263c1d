package com.webook.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.webook.api.common.v1.ServiceException;
import com.webook.api.user.v1.EditProfileRequest;
import com.webook.api.user.v1.LogInRequest;
import com.webook.api.user.v1.SignUpRequest;
import com.webook.api.user.v1.UserErrorCode;
import com.webook.api.user.v1.UserProfile;
import com.webook.api.user.v1.UserService;
import com.webook.api.user.v1.WechatIdentity;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    private final Profiles users = new Profiles();
    private final AuthorNames names = new AuthorNames(users, Duration.ofMinutes(1), 100);

    @Test
    void aNameIsFetchedOnceAndThenServedFromMemory() {
        users.nickname = "Ada";

        assertThat(names.nameOf(7L)).isEqualTo("Ada");
        assertThat(names.nameOf(7L)).isEqualTo("Ada");

        assertThat(users.calls.get()).isEqualTo(1);
    }

    @Test
    void anAuthorWithoutANicknameHasNoNameAndIsNotAskedForAgain() {
        users.nickname = null;

        assertThat(names.nameOf(7L)).isNull();
        assertThat(names.nameOf(7L)).isNull();

        assertThat(users.calls.get()).isEqualTo(1);
    }

    @Test
    void aFailedLookUpShowsNoNameAndIsTriedAgainNextTime() {
        users.failure = new RpcException(RpcException.TIMEOUT_EXCEPTION, "slow");
        assertThat(names.nameOf(7L)).isNull();

        users.failure = null;
        users.nickname = "Ada";
        assertThat(names.nameOf(7L)).isEqualTo("Ada");
        assertThat(users.calls.get()).isEqualTo(2);
    }

    @Test
    void aDeletedAuthorHasNoName() {
        users.failure = new ServiceException(UserErrorCode.USER_NOT_FOUND, "no such user");

        assertThat(names.nameOf(7L)).isNull();
    }

    /** Answers profiles with one nickname, or fails; counts the calls. */
    private static final class Profiles implements UserService {

        final AtomicInteger calls = new AtomicInteger();
        String nickname;
        RuntimeException failure;

        @Override
        public UserProfile getProfile(long userId) {
            calls.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            return new UserProfile(userId, null, null, nickname, null, null, Instant.EPOCH);
        }

        @Override
        public UserProfile signUp(SignUpRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserProfile logIn(LogInRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserProfile findOrCreateByPhone(String phone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserProfile findOrCreateByWechat(WechatIdentity identity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserProfile editProfile(EditProfileRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserProfile> getProfiles(List<Long> userIds) {
            throw new UnsupportedOperationException();
        }
    }
}

package com.webook.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;

import com.webook.user.domain.NewUser;
import com.webook.user.domain.Profile;
import com.webook.user.domain.Rejection;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.domain.UserRejected;
import org.junit.jupiter.api.Test;

class EditingProfileTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private final EditingProfile editing = new EditingProfile(users, clock);
    private final ViewingProfiles viewing = new ViewingProfiles(users);

    @Test
    void storesTheEditAndReturnsTheEditedUser() {
        User ada = users.store(NewUser.withPhone("13800138000", Instant.EPOCH));

        User edited = editing.edit(ada.id(), "Ada", LocalDate.of(1990, 1, 2), "hi");

        assertThat(edited.profile()).isEqualTo(new Profile("Ada", LocalDate.of(1990, 1, 2), "hi"));
        assertThat(viewing.one(ada.id())).isEqualTo(edited);
    }

    @Test
    void anInvalidEditChangesNothing() {
        User ada = users.store(NewUser.withPhone("13800138000", Instant.EPOCH));

        assertThatThrownBy(() -> editing.edit(ada.id(), "", null, null)).isInstanceOf(UserRejected.class);
        assertThat(viewing.one(ada.id()).profile()).isEqualTo(Profile.EMPTY);
    }

    @Test
    void editingAnUnknownUserIsNotFound() {
        assertThatThrownBy(() -> editing.edit(new UserId(99), "Ada", null, null))
                .isInstanceOfSatisfying(UserRejected.class,
                        r -> assertThat(r.rejection()).isEqualTo(Rejection.USER_NOT_FOUND));
    }

    @Test
    void batchReadsKeepTheAskedOrderAndSkipUnknownAndRepeatedIds() {
        User a = users.store(NewUser.withPhone("10000000001", Instant.EPOCH));
        User b = users.store(NewUser.withPhone("10000000002", Instant.EPOCH));

        assertThat(viewing.many(List.of(b.id(), new UserId(42), a.id(), b.id()))).containsExactly(b, a);
    }

    @Test
    void batchReadsAreCappedAt500Ids() {
        List<UserId> tooMany = LongStream.rangeClosed(1, 501).mapToObj(UserId::new).toList();

        assertThatThrownBy(() -> viewing.many(tooMany))
                .isInstanceOfSatisfying(UserRejected.class,
                        r -> assertThat(r.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT));
    }
}

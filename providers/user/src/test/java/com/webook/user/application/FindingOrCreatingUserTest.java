package com.webook.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;

import com.webook.user.domain.NewUser;
import com.webook.user.domain.User;
import com.webook.user.domain.UserRejected;
import com.webook.user.domain.WechatAccount;
import org.junit.jupiter.api.Test;

class FindingOrCreatingUserTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FindingOrCreatingUser finding = new FindingOrCreatingUser(users, Clock.systemUTC());

    @Test
    void theFirstUseOfAPhoneCreatesTheUserAndLaterUsesFindIt() {
        User first = finding.byPhone("13800138000");
        User again = finding.byPhone("13800138000");

        assertThat(again).isEqualTo(first);
        assertThat(users.size()).isEqualTo(1);
    }

    @Test
    void aCallerThatLosesTheRaceGetsTheWinnersUser() {
        users.letRacerInFirst(NewUser.withPhone("13800138000", Instant.EPOCH));

        User user = finding.byPhone("13800138000");

        assertThat(user.createdAt()).isEqualTo(Instant.EPOCH);
        assertThat(users.size()).isEqualTo(1);
    }

    @Test
    void aMalformedPhoneIsRefused() {
        assertThatThrownBy(() -> finding.byPhone("138-0013' OR 1=1")).isInstanceOf(UserRejected.class);
        assertThat(users.size()).isZero();
    }

    @Test
    void wechatFindsByUnionIdFirstThenByOpenId() {
        User created = finding.byWechat(new WechatAccount("open-1", "union-1"));

        assertThat(finding.byWechat(new WechatAccount("open-of-another-app", "union-1"))).isEqualTo(created);
        assertThat(finding.byWechat(new WechatAccount("open-1", null))).isEqualTo(created);
        assertThat(users.size()).isEqualTo(1);
    }
}

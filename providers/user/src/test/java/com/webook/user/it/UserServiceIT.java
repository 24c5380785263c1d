package com.webook.user.it;

import static com.webook.provider.support.error.Incidents.assertIncident;
import static com.webook.provider.support.error.Incidents.withoutTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.user.v1.EditProfileRequest;
import com.webook.api.user.v1.LogInRequest;
import com.webook.api.user.v1.SignUpRequest;
import com.webook.api.user.v1.UserErrorCode;
import com.webook.api.user.v1.UserProfile;
import com.webook.api.user.v1.UserService;
import com.webook.api.user.v1.WechatIdentity;
import com.webook.governance.testkit.Concurrently;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.provider.support.testing.RemoteServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The user provider's contract, called over Triple through the etcd registry, against the real stores. */
@ProviderIntegrationTest
class UserServiceIT {

    @Autowired
    RemoteServices remote;

    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    void providerIsDiscovered() {
        users = remote.discovered(UserService.class);
    }

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.com";
    }

    private static String uniquePhone() {
        return "+861" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
    }

    private int rowsWithEmail(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email = ?", Integer.class, email.toLowerCase());
    }

    private static ErrorCode codeOf(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ServiceException.class);
        return ((ServiceException) thrown).errorCode();
    }

    @Test
    void signUpStoresABcryptHashNotThePassword() {
        String email = uniqueEmail();

        UserProfile profile = users.signUp(new SignUpRequest(email, "hello123!"));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM users WHERE id = ?", profile.id());
        assertThat(row.get("email")).isEqualTo(email);
        assertThat((String) row.get("password_hash")).matches("^\\$2[aby]\\$\\d\\d\\$.{53}$")
                .doesNotContain("hello123!");
        assertThat(profile.email()).isEqualTo(email);
        assertThat(users.getProfile(profile.id())).as("the answer is what was stored").isEqualTo(profile);
    }

    @Test
    void aSecondSignUpWithTheSameEmailGetsItsOwnErrorCode() {
        String email = uniqueEmail();
        users.signUp(new SignUpRequest(email, "hello123!"));

        assertThatThrownBy(() -> users.signUp(new SignUpRequest(email.toUpperCase(), "other123!")))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(UserErrorCode.EMAIL_TAKEN))
                .hasMessage("this email is already registered");
        assertThat(rowsWithEmail(email)).isEqualTo(1);
    }

    /**
     * Each address carries a fresh uuid, so "nothing written" is exact however the address might have been
     * kept (trimmed, lower-cased, cut), and other runs' rows do not matter; a user signed up before the
     * call must still be there (the first row's SQL would delete every user if it were ever run).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed email        | x'); DELETE FROM users;--{uuid}  | hello123!
            unicode email          | 用户{uuid}@例子.公司                | hello123!
            weak password          | weak-{uuid}@example.com          | password
            unicode-only password  | weak2-{uuid}@example.com         | 密码密码密码密码
            """)
    void badSignUpIsRefusedAndWritesNothing(String name, String email, String password) {
        String uuid = UUID.randomUUID().toString();
        String address = email.replace("{uuid}", uuid);
        UserProfile bystander = users.signUp(new SignUpRequest(uniqueEmail(), "hello123!"));

        assertThatThrownBy(() -> users.signUp(new SignUpRequest(address, password)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(UserErrorCode.INVALID_ARGUMENT));

        assertThat(rowsWithEmail(address)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email LIKE ?", Integer.class, "%" + uuid + "%"))
                .as("no row for the address in any form").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE id = ?", Integer.class, bystander.id()))
                .as("the user signed up before is still there").isEqualTo(1);
    }

    @Test
    void logInWithTheRightPasswordReturnsTheUser() {
        String email = uniqueEmail();
        UserProfile created = users.signUp(new SignUpRequest(email, "hello123!"));

        assertThat(users.logIn(new LogInRequest(email, "hello123!")).id()).isEqualTo(created.id());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String email = uniqueEmail();
        users.signUp(new SignUpRequest(email, "hello123!"));

        Throwable wrongPassword = catchRejection(() -> users.logIn(new LogInRequest(email, "hello124!")));
        Throwable unknownEmail = catchRejection(() -> users.logIn(new LogInRequest(uniqueEmail(), "hello123!")));

        assertThat(codeOf(wrongPassword)).isEqualTo(UserErrorCode.INVALID_CREDENTIALS);
        assertThat(codeOf(unknownEmail)).isEqualTo(UserErrorCode.INVALID_CREDENTIALS);
        assertThat(wrongPassword.getMessage()).isEqualTo(unknownEmail.getMessage());
    }

    @Test
    void concurrentFirstUsesOfOnePhoneCreateExactlyOneUser() throws Exception {
        String phone = uniquePhone();
        int callers = 16;

        List<Long> answered = Concurrently.all(callers, () -> users.findOrCreateByPhone(phone).id());

        assertThat(answered).hasSize(callers).containsOnly(answered.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE phone = ?", Integer.class, phone)).isEqualTo(1);
    }

    @Test
    void wechatIdentitiesAreFoundByUnionIdThenOpenId() {
        String open = "o-" + UUID.randomUUID();
        String union = "u-" + UUID.randomUUID();

        UserProfile created = users.findOrCreateByWechat(new WechatIdentity(open, union));

        assertThat(users.findOrCreateByWechat(new WechatIdentity("o-other-app-" + UUID.randomUUID(), union)).id())
                .isEqualTo(created.id());
        assertThat(users.findOrCreateByWechat(new WechatIdentity(open, null)).id()).isEqualTo(created.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE wechat_union_id = ?", Integer.class, union))
                .isEqualTo(1);
    }

    @Test
    void aProfileReadIsCachedForFifteenMinutesAndAnEditEvictsIt() {
        UserProfile created = users.signUp(new SignUpRequest(uniqueEmail(), "hello123!"));
        String key = "user:info:" + created.id();

        users.getProfile(created.id());
        assertThat(redis.hasKey(key)).isTrue();
        assertThat(redis.getExpire(key)).isBetween(14 * 60L, 15 * 60L);

        UserProfile edited = users.editProfile(
                new EditProfileRequest(created.id(), "Ада 🚀", LocalDate.of(1990, 2, 28), "it's me; --"));
        assertThat(redis.hasKey(key)).isFalse();

        assertThat(users.getProfile(created.id())).isEqualTo(edited);
        assertThat(edited.nickname()).isEqualTo("Ада 🚀");
        assertThat(jdbc.queryForObject("SELECT nickname FROM users WHERE id = ?", String.class, created.id()))
                .isEqualTo("Ада 🚀");
    }

    @Test
    void anInvalidEditChangesNeitherTheRowNorTheCache() {
        UserProfile created = users.signUp(new SignUpRequest(uniqueEmail(), "hello123!"));
        users.editProfile(new EditProfileRequest(created.id(), "Ada", null, ""));
        UserProfile before = users.getProfile(created.id());

        Throwable future = catchRejection(() -> users.editProfile(
                new EditProfileRequest(created.id(), "Ada", LocalDate.now().plusDays(3), "")));
        Throwable longNickname = catchRejection(() -> users.editProfile(
                new EditProfileRequest(created.id(), "x".repeat(65), null, "")));

        assertThat(codeOf(future)).isEqualTo(UserErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(longNickname)).isEqualTo(UserErrorCode.INVALID_ARGUMENT);
        assertThat(users.getProfile(created.id())).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT nickname FROM users WHERE id = ?", String.class, created.id()))
                .isEqualTo("Ada");
    }

    @Test
    void batchGetKeepsTheAskedOrderAndLeavesOutUnknownIds() {
        UserProfile a = users.signUp(new SignUpRequest(uniqueEmail(), "hello123!"));
        UserProfile b = users.signUp(new SignUpRequest(uniqueEmail(), "hello123!"));
        users.getProfile(a.id()); // one from the cache, one from MySQL

        List<UserProfile> profiles = users.getProfiles(List.of(b.id(), Long.MAX_VALUE, a.id()));

        assertThat(profiles).extracting(UserProfile::id).containsExactly(b.id(), a.id());
        assertThat(users.getProfiles(List.of())).isEmpty();
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(codeOf(catchRejection(() -> users.getProfile(Long.MAX_VALUE))))
                .isEqualTo(UserErrorCode.USER_NOT_FOUND);
        assertThat(codeOf(catchRejection(() -> users.getProfile(-1))))
                .isEqualTo(UserErrorCode.USER_NOT_FOUND);
    }

    /**
     * What was tried from outside: reading every profile, editing another user's, creating an account for
     * any phone without a code. Only consumer-web may; another platform app (the code provider's
     * certificate) and anyone without a platform certificate are refused, and nothing is written.
     */
    @Test
    void onlyConsumerWebMayCallAndNothingIsWrittenForAnyoneElse() {
        String email = uniqueEmail();
        String phone = "+86139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        UserProfile someone = users.signUp(new SignUpRequest(uniqueEmail(), "hello123!"));

        remote.assertOnlyAllowedCallers(UserService.class, "webook-code", "getProfiles", "[[" + someone.id() + "]]");
        remote.assertOnlyAllowedCallers(UserService.class, "webook-code", "editProfile",
                "{\"userId\":" + someone.id() + ",\"nickname\":\"owned\"}");
        remote.assertOnlyAllowedCallers(UserService.class, "webook-code", "findOrCreateByPhone", "\"" + phone + "\"");
        remote.assertOnlyAllowedCallers(UserService.class, "webook-code", "signUp",
                "{\"email\":\"" + email + "\",\"password\":\"hello123!\"}");

        assertThat(rowsWithEmail(email)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE phone = ?", Integer.class, phone)).isZero();
        assertThat(users.getProfile(someone.id()).nickname()).isNotEqualTo("owned");
    }

    private static Throwable catchRejection(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void aStorageFailureReachesTheCallerAsAnIncidentLoggedOnce() {
        long neverCached = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);

        withoutTable(jdbc, "users", () -> assertIncident(PlatformErrorCode.INTERNAL, () -> users.getProfile(neverCached)));
    }
}

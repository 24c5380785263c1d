package com.webook.job.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's REST API refuses what it must: strangers, wrong passwords, changes without the CSRF token
 * in a browser session, operators outside their apps, non-admins managing users, bad input (4xx with the
 * envelope, nothing written), and a change based on a stale version.
 */
class ConsoleApiIT extends JobAdminIT {

    static final String PASSWORD = "it-admin-password-0123";


    AdminApi admin() {
        return new AdminApi(port, "admin", PASSWORD);
    }

    @Test
    void strangersAndWrongPasswordsGet401WithTheEnvelope() {
        AdminApi.Answer anonymous = new AdminApi(port, null, null).get("/api/v1/jobs");
        AdminApi.Answer wrong = new AdminApi(port, "admin", "wrong-password-000").get("/api/v1/jobs");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo(410002);
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void aBrowserSessionCannotChangeAnythingWithoutTheCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/csrf")).build(), HttpResponse.BodyHandlers.ofString());
        String token = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(job("forged-" + System.nanoTime()).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"code\":410003");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE name LIKE 'forged-%'", Integer.class)).isZero();
    }

    @Test
    void anOperatorActsOnlyOnTheirOwnApps() {
        String username = "op" + System.nanoTime();
        assertThat(admin().post("/api/v1/users", Map.of("username", username, "password", "operator-password-1",
                "role", "OPERATOR", "apps", Set.of("webook-other"))).status()).isEqualTo(200);
        long demoJob = admin().post("/api/v1/jobs", job("demo-" + System.nanoTime())).data().path("id").asLong();
        AdminApi operator = new AdminApi(port, username, "operator-password-1");

        assertThat(operator.get("/api/v1/jobs/" + demoJob).status()).isEqualTo(404);
        assertThat(operator.post("/api/v1/jobs/" + demoJob + "/trigger", Map.of()).status()).isEqualTo(404);
        assertThat(operator.post("/api/v1/jobs/" + demoJob + "/pause", Map.of()).status()).isEqualTo(404);
        assertThat(operator.delete("/api/v1/jobs/" + demoJob).status()).isEqualTo(404);
        assertThat(operator.post("/api/v1/jobs", job("sneaky-" + System.nanoTime())).status()).isEqualTo(403);
        assertThat(list(operator.get("/api/v1/jobs").data())).noneMatch(j -> j.path("id").asLong() == demoJob);
        assertThat(list(operator.get("/api/v1/executors").data())).extracting(a -> a.path("app").asText())
                .containsExactly("webook-other");
        assertThat(operator.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(operator.post("/api/v1/users", Map.of("username", "x" + System.nanoTime(), "password",
                "operator-password-1", "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT status FROM job WHERE id = ?", String.class, demoJob)).isEqualTo("ACTIVE");

        Map<String, Object> own = job("own-" + System.nanoTime());
        own.put("app", "webook-other");
        assertThat(operator.post("/api/v1/jobs", own).status()).isEqualTo(200);
    }

    @Test
    void badInputIs400WithTheEnvelopeAndWritesNothing() {
        String name = "bad-" + System.nanoTime();
        Map<String, Object> badCron = job(name);
        badCron.put("scheduleType", "CRON");
        badCron.put("schedule", "*/5 * * * *");
        Map<String, Object> script = job(name);
        script.put("handler", "bash -c 'rm -rf /'");
        Map<String, Object> unknownApp = job(name);
        unknownApp.put("app", "webook-nobody");
        Map<String, Object> broadcast = job(name);
        broadcast.put("routing", "SHARDING_BROADCAST");

        for (Map<String, Object> bad : List.of(badCron, script, unknownApp, broadcast)) {
            AdminApi.Answer answer = admin().post("/api/v1/jobs", bad);
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo(410001);
            assertThat(answer.body().path("msg").asText()).isNotBlank();
        }
        AdminApi.Answer garbage = admin().postRaw("/api/v1/jobs", "{\"name\": [", Map.of());
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().path("msg").asText()).doesNotContain("[");
        assertThat(admin().post("/api/v1/jobs", Map.of("app", "webook-demo", "name", name, "scheduleType", "SOMETIMES",
                "handler", "demoEcho")).status()).isEqualTo(400);
        assertThat(admin().post("/api/v1/users", Map.of("username", "short" + System.nanoTime(), "password", "short",
                "role", "OPERATOR")).status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/runs/not-a-number").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/runs/987654321").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/jobs?limit=100000").status()).isEqualTo(400);
        AdminApi.Answer nowhere = admin().get("/api/v1/nowhere/<script>");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.code()).isEqualTo(410004);
        assertThat(nowhere.body().toString()).doesNotContain("<script>");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE name = ?", Integer.class, name)).isZero();
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflict() {
        JsonNode created = admin().post("/api/v1/jobs", job("versioned-" + System.nanoTime())).data();
        long id = created.path("id").asLong();
        Map<String, Object> first = job(created.path("name").asText());
        first.put("description", "first change");
        first.put("version", created.path("version").asLong());
        Map<String, Object> second = new LinkedHashMap<>(first);
        second.put("description", "second change, from the same version");

        assertThat(admin().put("/api/v1/jobs/" + id, first).status()).isEqualTo(200);
        AdminApi.Answer stale = admin().put("/api/v1/jobs/" + id, second);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/jobs/" + id).data().path("description").asText()).isEqualTo("first change");
        assertThat(list(admin().get("/api/v1/audit").data())).anySatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("job.update");
            assertThat(entry.path("detail").asText()).contains("description:  -> first change");
        });
    }

    @Test
    void adminsManageUsersAndTheLastAdminStays() {
        String name = "user" + System.nanoTime();
        assertThat(admin().post("/api/v1/users", Map.of("username", name, "password", "first-password-123",
                "role", "OPERATOR", "apps", Set.of("webook-demo"))).status()).isEqualTo(200);
        AdminApi user = new AdminApi(port, name, "first-password-123");
        assertThat(user.get("/api/v1/me").data().path("role").asText()).isEqualTo("OPERATOR");

        // anyone sets their own password, nobody else's
        assertThat(user.post("/api/v1/users/" + name + "/password", Map.of("password", "second-password-123")).status())
                .isEqualTo(200);
        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
        user = new AdminApi(port, name, "second-password-123");
        assertThat(user.post("/api/v1/users/admin/password", Map.of("password", "taken-over-password")).status())
                .isEqualTo(403);
        assertThat(user.put("/api/v1/users/" + name, Map.of("role", "ADMIN")).status()).isEqualTo(403);
        assertThat(user.delete("/api/v1/users/admin").status()).isEqualTo(403);

        // an admin changes the role, and deletes the user
        assertThat(admin().put("/api/v1/users/" + name, Map.of("role", "ADMIN")).data().path("role").asText())
                .isEqualTo("ADMIN");
        assertThat(user.get("/api/v1/users").status()).isEqualTo(200);
        assertThat(admin().delete("/api/v1/users/" + name).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin().delete("/api/v1/users/nobody-" + System.nanoTime()).status()).isEqualTo(404);
        assertThat(list(admin().get("/api/v1/audit").data())).extracting(entry -> entry.path("action").asText())
                .contains("user.password", "user.change", "user.delete");
    }

    @Test
    void theLastAdminCannotBeDeletedOrDemoted() {
        List<String> admins = list(admin().get("/api/v1/users").data()).stream()
                .filter(user -> user.path("role").asText().equals("ADMIN")).map(user -> user.path("username").asText())
                .toList();
        for (String other : admins) {
            if (!other.equals("admin")) {
                admin().delete("/api/v1/users/" + other);
            }
        }

        assertThat(admin().delete("/api/v1/users/admin").status()).isEqualTo(409);
        assertThat(admin().put("/api/v1/users/admin", Map.of("role", "OPERATOR")).status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/me").data().path("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void aDuplicateNameWithinAnAppIsAConflict() {
        String name = "twice-" + System.nanoTime();
        assertThat(admin().post("/api/v1/jobs", job(name)).status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/jobs", job(name)).status()).isEqualTo(409);
    }

    static Map<String, Object> job(String name) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("app", "webook-demo");
        job.put("name", name);
        job.put("scheduleType", "NONE");
        job.put("handler", "demoEcho");
        return job;
    }

    static List<JsonNode> list(JsonNode array) {
        return ExecutorProtocolIT.list(array);
    }
}

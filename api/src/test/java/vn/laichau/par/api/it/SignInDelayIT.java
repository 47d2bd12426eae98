package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in delays over HTTP: a few free attempts per account and client address, then 429 problems with a
 * Retry-After that grows; the owner elsewhere is not slowed; parallel guesses are each counted before the check;
 * an administrator lifts delays. Client addresses come from X-Forwarded-For, which the tests' server believes
 * from every peer ({@code PAR_TRUSTED_PROXIES=0.0.0.0/0,::/0} in arquillian.xml); each test uses addresses of
 * its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInDelayIT {

    private static final int FREE = 3;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAttackerFailingFromOneAddressDoesNotStopTheOwnerFromAnother() throws Exception {
        Api api = new Api(base);
        String owner = api.newAccount("official", adminAgency(api));
        String attacker = address();
        guessUntilTheWaitIsLong(api, attacker, i -> owner, "pair:" + attacker + "|" + owner);

        HttpJson.Answer rightButThere = api.loginFrom(attacker, owner, Api.PASSWORD);
        assertThat(rightButThere.status()).as("unchecked where the guesses come from").isEqualTo(429);
        assertThat(rightButThere.contentType()).startsWith("application/problem+json");
        assertThat(rightButThere.json().path("type").asText()).isEqualTo("/problems/login-delayed");
        assertThat(rightButThere.json().path("detail").asText()).contains("chờ").contains("wait");
        assertThat(rightButThere.response().headers().firstValue("Retry-After")).isPresent();

        HttpJson.Answer ownerElsewhere = api.loginFrom(address(), owner, Api.PASSWORD);
        assertThat(ownerElsewhere.status()).as(ownerElsewhere.body()).isEqualTo(200);
    }

    @Test
    void theWaitGrowsWithEachAttemptThatFollowsItAndARefusedAttemptDoesNotCount() throws Exception {
        Api api = new Api(base);
        String owner = api.newAccount("official", adminAgency(api));
        String from = address();
        String pair = "pair:" + from + "|" + owner;
        for (int i = 0; i < FREE; i++) {
            assertThat(api.loginFrom(from, owner, "doan-mo-" + i).status()).isEqualTo(401);
        }
        assertThat(waitMillis(pair)).as("after the free attempts").isEqualTo(1000);

        for (long expected : new long[] {2000, 4000}) {
            long counted = AdminApi.count("SELECT attempts FROM login_throttle WHERE subject = '" + pair + "'");
            HttpJson.Answer answer;
            while ((answer = api.loginFrom(from, owner, "doan-mo-tiep")).status() == 429) {
                assertThat(AdminApi.count("SELECT attempts FROM login_throttle WHERE subject = '" + pair + "'"))
                        .as("a refused attempt is not counted").isEqualTo(counted);
                Thread.sleep(retryAfter(answer) * 1000);
            }
            assertThat(answer.status()).as("checked once the wait is over").isEqualTo(401);
            assertThat(waitMillis(pair)).as("the wait after attempt " + (counted + 1)).isEqualTo(expected);
        }
    }

    @Test
    void twentyParallelGuessesAreEachCountedBeforeThePasswordIsChecked() throws Exception {
        Api api = new Api(base);
        String owner = api.newAccount("official", adminAgency(api));
        String from = address();
        int guesses = 20;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String guess = "doan-song-song-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.loginFrom(from, owner, guess).status();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(120, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertThat(statuses.keySet()).as("checked or waiting, nothing else").containsOnly(401, 429);
            int checked = statuses.getOrDefault(401, 0);
            assertThat(checked + statuses.getOrDefault(429, 0)).isEqualTo(guesses);
            assertThat(checked).as("the free attempts are checked; the rest arrive inside the wait (on a machine "
                    + "so slow that a second passes between them, one more may be checked)").isBetween(FREE, FREE + 1);
            assertThat(AdminApi.count("SELECT attempts FROM login_throttle WHERE subject = 'pair:" + from + "|"
                    + owner + "'")).as("every checked guess was counted").isEqualTo(checked);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAdministratorLiftsTheDelaysOfAnAccountAndOthersMayNot() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = adminAgency(api);
        String owner = api.newAccount("official", agency);
        String from = address();
        guessUntilTheWaitIsLong(api, from, i -> owner, "pair:" + from + "|" + owner);
        assertThat(api.loginFrom(from, owner, Api.PASSWORD).status()).isEqualTo(429);
        String official = api.newOfficial("official", agency);

        assertThat(api.send("DELETE", "/api/v1/admin/sign-in-delays?username=" + owner, official, null, null)
                .status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/admin/sign-in-delays?username=" + owner, null, null, null)
                .status()).isEqualTo(401);
        HttpJson.Answer nothingNamed = api.send("DELETE", "/api/v1/admin/sign-in-delays", admin, null, null);
        assertThat(nothingNamed.status()).isEqualTo(400);
        assertThat(nothingNamed.contentType()).startsWith("application/problem+json");
        HttpJson.Answer lifted = api.send("DELETE", "/api/v1/admin/sign-in-delays?username=" + owner, admin, null,
                null);
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.json().path("released").asInt()).isEqualTo(1);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry a JOIN official o ON o.id = a.entity_id "
                + "WHERE a.entity = 'official' AND a.field = 'signInDelays' AND a.actor_official_id IS NOT NULL "
                + "AND o.username = '" + owner + "'")).as("lifting is audited on the account").isEqualTo(1);

        assertThat(api.loginFrom(from, owner, Api.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAddressFailingWithManyAccountsWaitsWhateverTheAccountUntilLifted() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        String owner = api.newAccount("official", adminAgency(api));
        String from = address();
        guessUntilTheWaitIsLong(api, from, i -> "khong-co-ai-" + i, "addr:" + from);
        long counted = AdminApi.count("SELECT attempts FROM login_throttle WHERE subject = 'addr:" + from + "'");
        assertThat(counted).as("twenty free, then waits of 1 s, 2 s and 4 s").isEqualTo(22);
        HttpJson.Answer refused = api.loginFrom(from, owner, Api.PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("type").asText()).isEqualTo("/problems/too-many-login-attempts");

        HttpJson.Answer lifted = api.send("DELETE", "/api/v1/admin/sign-in-delays?address=" + from, admin, null, null);
        assertThat(lifted.json().path("released").asLong()).as("the address and each account tried from it: "
                + lifted.body()).isEqualTo(1 + counted);
        assertThat(api.loginFrom(from, owner, Api.PASSWORD).status()).isEqualTo(200);
    }

    /**
     * Wrong guesses from {@code from} (as user {@code user.apply(i)}), each wait sat out, until the subject must
     * wait at least 4 s after its last attempt: long enough for the next request to fall inside it on a slow
     * machine.
     */
    private static void guessUntilTheWaitIsLong(Api api, String from, IntFunction<String> user, String subject)
            throws InterruptedException {
        for (int i = 0; waitMillis(subject) < 4000; i++) {
            HttpJson.Answer answer = api.loginFrom(from, user.apply(i), "doan-mo-" + i);
            if (answer.status() == 429) {
                Thread.sleep(retryAfter(answer) * 1000);
            } else {
                assertThat(answer.status()).as(answer.body()).isEqualTo(401);
            }
        }
    }

    /** The wait the last counted attempt of a subject set, in milliseconds; 0 for none. */
    private static long waitMillis(String subject) {
        return AdminApi.count("SELECT COALESCE((SELECT TIMESTAMPDIFF(MICROSECOND, last_attempt_at, blocked_until) "
                + "DIV 1000 FROM login_throttle WHERE subject = '" + subject + "'), 0)");
    }

    private static long retryAfter(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        return Long.parseLong(answer.response().headers().firstValue("Retry-After")
                .orElseThrow(() -> new AssertionError("no Retry-After")));
    }

    /** A documentation address (RFC 5737) no other test uses. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
    }

    private static long adminAgency(Api api) {
        return api.get("/api/v1/me", api.adminToken()).json().path("official").path("agencyId").asLong();
    }
}

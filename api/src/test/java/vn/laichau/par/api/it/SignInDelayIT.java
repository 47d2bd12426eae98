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
    void anAttackerFailingFromOneAddressDoesNotStopTheOwnerFromAnother() {
        Api api = new Api(base);
        String owner = api.newAccount("official", adminAgency(api));
        String attacker = address();
        for (int i = 0; i < FREE; i++) {
            assertThat(api.loginFrom(attacker, owner, "doan-mo-" + i).status()).isEqualTo(401);
        }
        for (int i = 0; i < 5; i++) {
            HttpJson.Answer refused = api.loginFrom(attacker, owner, "doan-mo-tiep");
            assertThat(refused.status()).isEqualTo(429);
        }
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
    void theWaitGrowsWithEachAttemptThatFollowsIt() throws Exception {
        Api api = new Api(base);
        String owner = api.newAccount("official", adminAgency(api));
        String from = address();
        for (int i = 0; i < FREE; i++) {
            assertThat(api.loginFrom(from, owner, "doan-mo-" + i).status()).isEqualTo(401);
        }
        long first = retryAfter(api.loginFrom(from, owner, "doan-mo"));
        assertThat(first).isBetween(1L, 1L);
        Thread.sleep(1100);
        assertThat(api.loginFrom(from, owner, "doan-mo-sau-1-giay").status()).as("checked after the wait")
                .isEqualTo(401);
        long second = retryAfter(api.loginFrom(from, owner, "doan-mo"));
        assertThat(second).isBetween(1L, 2L);
        Thread.sleep(second * 1000 + 100);
        assertThat(api.loginFrom(from, owner, "doan-mo-sau-2-giay").status()).isEqualTo(401);
        long third = retryAfter(api.loginFrom(from, owner, "doan-mo"));
        assertThat(third).as("doubled again").isBetween(3L, 4L);
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
            assertThat(statuses).as("only the free attempts reach the password check")
                    .containsExactlyInAnyOrderEntriesOf(Map.of(401, FREE, 429, guesses - FREE));
        } finally {
            pool.shutdownNow();
        }
        assertThat(AdminApi.count("SELECT attempts FROM login_throttle WHERE subject = 'pair:" + from + "|" + owner
                + "'")).isEqualTo(FREE);
    }

    @Test
    void anAdministratorLiftsTheDelaysOfAnAccountAndOthersMayNot() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long agency = adminAgency(api);
        String owner = api.newAccount("official", agency);
        String from = address();
        for (int i = 0; i < FREE; i++) {
            api.loginFrom(from, owner, "doan-mo-" + i);
        }
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

        assertThat(api.loginFrom(from, owner, Api.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAddressFailingWithManyAccountsWaitsWhateverTheAccountUntilLifted() {
        Api api = new Api(base);
        String admin = api.adminToken();
        String owner = api.newAccount("official", adminAgency(api));
        String from = address();
        for (int i = 0; i < 20; i++) {
            assertThat(api.loginFrom(from, "khong-co-ai-" + i, "doan-mo").status()).isEqualTo(401);
        }
        HttpJson.Answer refused = api.loginFrom(from, owner, Api.PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("type").asText()).isEqualTo("/problems/too-many-login-attempts");

        HttpJson.Answer lifted = api.send("DELETE", "/api/v1/admin/sign-in-delays?address=" + from, admin, null, null);
        assertThat(lifted.json().path("released").asInt()).as(lifted.body()).isEqualTo(21);
        assertThat(api.loginFrom(from, owner, Api.PASSWORD).status()).isEqualTo(200);
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

package vn.laichau.par.server;

import java.util.Properties;

/**
 * Names Payara's JSON-P implementation (Parsson) in the {@code jakarta.json.provider} system property before
 * Payara boots. Without it, every {@code Json.createReader} — one per bearer-token check in MicroProfile JWT,
 * several per health answer — looks the provider up with a {@code ServiceLoader} through the web
 * application's class loader, scanning every jar of the WAR; that lookup was half the server's CPU time per
 * request (see docs/api-benchmark.md).
 */
final class JsonProcessingProvider {

    static final String PROPERTY = "jakarta.json.provider";
    static final String PARSSON = "org.eclipse.parsson.JsonProviderImpl";

    private JsonProcessingProvider() {
    }

    /** Sets the provider unless the operator already chose one. */
    static void name(Properties systemProperties) {
        systemProperties.putIfAbsent(PROPERTY, PARSSON);
    }
}

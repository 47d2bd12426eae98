package vn.laichau.par.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;

/**
 * Payara Micro's trust store without its expired certificates. Payara Micro ships a copy of a CA list in which
 * some certificates have expired, and names each of them in a warning at every start; an expired certificate can
 * prove nothing, so the store put in Payara's configuration directory before it boots holds only valid ones.
 */
final class TrustStore {

    static final String RESOURCE = "MICRO-INF/domain/cacerts.p12";
    static final String FILE = "cacerts.p12";
    private static final char[] PASSWORD = "changeit".toCharArray();

    private TrustStore() {
    }

    /** Writes the trust store into {@code configDir}, answering how many expired certificates were left out. */
    static int writeWithoutExpired(Path configDir, Date now) {
        try (InputStream shipped = TrustStore.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (shipped == null) {
                return 0;
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(shipped, PASSWORD);
            int removed = 0;
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate instanceof X509Certificate x509 && x509.getNotAfter().before(now)) {
                    store.deleteEntry(alias);
                    removed++;
                }
            }
            Files.createDirectories(configDir);
            try (OutputStream out = Files.newOutputStream(configDir.resolve(FILE))) {
                store.store(out, PASSWORD);
            }
            return removed;
        } catch (IOException | GeneralSecurityException e) {
            throw new StartupProblem(ExitCode.APPLICATION, "Không chuẩn bị được kho chứng chỉ — cannot prepare "
                    + "Payara Micro's trust store in " + configDir + ": " + e.getMessage());
        }
    }
}

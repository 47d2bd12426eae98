package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.application.occurrence.EvidenceUpload;

class DiscardUnlessCommittedTest {

    @TempDir
    Path dataDir;

    private Path stored(EvidenceStore store, EvidenceUpload upload) {
        return store.resolve(upload.storagePath());
    }

    private EvidenceUpload upload(EvidenceStore store) {
        return store.store(5, "bien-ban.pdf", "application/pdf",
                new ByteArrayInputStream("biên bản".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCommittedTransactionKeepsTheFile() {
        EvidenceStore store = new EvidenceStore(dataDir, 1024);
        EvidenceUpload upload = upload(store);

        new DiscardUnlessCommitted(store, upload.storagePath()).afterCompletion(Status.STATUS_COMMITTED);

        assertThat(Files.exists(stored(store, upload))).isTrue();
    }

    @Test
    void aRolledBackOrUnknownOutcomeRemovesTheFile() {
        EvidenceStore store = new EvidenceStore(dataDir, 1024);
        for (int status : new int[] {Status.STATUS_ROLLEDBACK, Status.STATUS_UNKNOWN}) {
            EvidenceUpload upload = upload(store);

            new DiscardUnlessCommitted(store, upload.storagePath()).afterCompletion(status);

            assertThat(Files.exists(stored(store, upload))).as("status %d", status).isFalse();
        }
    }

    @Test
    void aFileAlreadyGoneIsNoError() {
        EvidenceStore store = new EvidenceStore(dataDir, 1024);
        EvidenceUpload upload = upload(store);
        store.discard(upload.storagePath());

        new DiscardUnlessCommitted(store, upload.storagePath()).afterCompletion(Status.STATUS_ROLLEDBACK);

        assertThat(Files.exists(stored(store, upload))).isFalse();
    }
}

package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.application.occurrence.EvidenceUpload;

class EvidenceStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void storesUnderTheEvidenceDirectoryWithItsChecksumAndKeepsTheNameOnlyAsData() throws Exception {
        EvidenceStore store = new EvidenceStore(dataDir, 1024);
        byte[] content = "biên bản".getBytes(StandardCharsets.UTF_8);

        EvidenceUpload upload = store.store(7, "Biên bản họp.pdf", "application/pdf; charset=binary",
                new ByteArrayInputStream(content));

        assertThat(upload.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(upload.sizeBytes()).isEqualTo(content.length);
        assertThat(upload.contentType()).isEqualTo("application/pdf");
        assertThat(upload.fileName()).isEqualTo("Biên bản họp.pdf");
        assertThat(upload.storagePath()).startsWith("evidence/7/").endsWith(".pdf").doesNotContain("Biên");
        assertThat(Files.readAllBytes(store.resolve(upload.storagePath()))).isEqualTo(content);
    }

    @Test
    void theSweepRemovesPartialFilesAndFilesWithoutRecordOlderThanTheCutoffAndKeepsEverythingElse() throws Exception {
        EvidenceStore store = new EvidenceStore(dataDir, 1024);
        EvidenceUpload recorded = store.store(7, "a.pdf", "application/pdf", new ByteArrayInputStream(new byte[] {1}));
        EvidenceUpload unrecorded = store.store(7, "b.pdf", "application/pdf", new ByteArrayInputStream(new byte[] {2}));
        Path partial = dataDir.resolve("evidence/8/c.pdf.part");
        Files.createDirectories(partial.getParent());
        Files.write(partial, new byte[] {3});
        java.time.Instant old = java.time.Instant.now().minusSeconds(3600);
        for (Path file : new Path[] {store.resolve(recorded.storagePath()), store.resolve(unrecorded.storagePath()),
                partial}) {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(old));
        }
        Path fresh = dataDir.resolve("evidence/8/d.pdf.part");
        Files.write(fresh, new byte[] {4});

        EvidenceStore.SweepReport report = store.removeOrphans(recorded.storagePath()::equals,
                java.time.Instant.now().minusSeconds(60));

        assertThat(report.partialFiles()).isEqualTo(1);
        assertThat(report.unrecordedFiles()).isEqualTo(1);
        assertThat(store.resolve(recorded.storagePath())).exists();
        assertThat(store.resolve(unrecorded.storagePath())).doesNotExist();
        assertThat(partial).doesNotExist();
        assertThat(fresh).as("an upload that may still run on another instance").exists();
    }

    @Test
    void refusesPathTraversalAndControlCharactersInNames() {
        for (String name : new String[] {"../x.pdf", "a/b.pdf", "..\\x.pdf", "..", "a\u0000.pdf", "C:x.pdf", " "}) {
            assertThatThrownBy(() -> EvidenceStore.checkedFileName(name)).as(name)
                    .isInstanceOfSatisfying(Refusal.class,
                            e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID));
        }
    }

    @Test
    void refusesTypesOutsideTheAllowList() {
        assertThatThrownBy(() -> EvidenceStore.checkedContentType("application/x-sh"))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.UNSUPPORTED_TYPE));
        assertThatThrownBy(() -> EvidenceStore.checkedContentType(null)).isInstanceOf(Refusal.class);
        assertThat(EvidenceStore.checkedContentType("IMAGE/JPEG")).isEqualTo("image/jpeg");
    }

    @Test
    void refusesAFileLargerThanTheLimitAndLeavesNothingBehind() throws Exception {
        EvidenceStore store = new EvidenceStore(dataDir, 10);

        assertThatThrownBy(() -> store.store(8, "lon.pdf", "application/pdf", new ByteArrayInputStream(new byte[11])))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.TOO_LARGE));
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void refusesAnEmptyFileAndLeavesNothingBehind() throws Exception {
        EvidenceStore store = new EvidenceStore(dataDir, 10);

        assertThatThrownBy(() -> store.store(8, "trong.pdf", "application/pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID);
                    assertThat(e.code()).isEqualTo("empty-file");
                });
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void refusesNamesOfProgramsWhateverTheDeclaredType() {
        for (String name : new String[] {"baocao.exe", "x.pdf.EXE", "chay.bat", "a.js", "lienket.lnk"}) {
            assertThatThrownBy(() -> EvidenceStore.checkedFileName(name)).as(name)
                    .isInstanceOfSatisfying(Refusal.class,
                            e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.UNSUPPORTED_TYPE));
        }
        assertThat(EvidenceStore.checkedFileName("Báo cáo.exe.pdf")).isEqualTo("Báo cáo.exe.pdf");
        assertThat(EvidenceStore.checkedFileName("IMG_1234")).isEqualTo("IMG_1234");
    }

    @Test
    void resolvesOnlyPathsUnderTheEvidenceDirectory() {
        EvidenceStore store = new EvidenceStore(dataDir, 10);

        assertThatThrownBy(() -> store.resolve("../keys/jwt-private.der")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> store.resolve("keys/jwt-private.der")).isInstanceOf(Refusal.class);
    }
}

package vn.laichau.par.application.occurrence;

import java.nio.file.Path;
import vn.laichau.par.domain.model.occurrence.Evidence;

/** A stored evidence record and where its file lies on disk, for a download. */
public record EvidenceFile(Evidence evidence, Path file) {
}

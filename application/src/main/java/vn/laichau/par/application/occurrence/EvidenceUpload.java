package vn.laichau.par.application.occurrence;

/**
 * A stored evidence file to record against an occurrence.
 *
 * @param sha256      the file's SHA-256, 64 hexadecimal digits
 * @param storagePath where the file lies, relative to the data directory
 */
public record EvidenceUpload(String fileName, String contentType, long sizeBytes, String sha256, String storagePath) {
}

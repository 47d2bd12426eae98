package vn.laichau.par.api.report;

/**
 * The report sections an agency writes: difficulties, proposals, the recipients ("Nơi nhận", one per line) and
 * who signs; an absent one is stored empty.
 */
public record WrittenSectionsRequest(String difficulties, String proposals, String recipients, String signerTitle,
                                     String signerName) {
}

package vn.laichau.par.api.report;

import vn.laichau.par.application.report.ReportSections;

/** The report sections of a plan and an agency (absent: the whole province); {@code version} absent while none. */
public record WrittenSectionsResponse(long planId, Long agencyId, String difficulties, String proposals,
                                      String recipients, String signerTitle, String signerName, Long version) {

    static WrittenSectionsResponse of(ReportSections.Stored stored) {
        ReportSections.Texts t = stored.texts();
        return new WrittenSectionsResponse(stored.planId(), stored.agencyId().orElse(null), t.difficulties(),
                t.proposals(), t.recipients(), t.signerTitle(), t.signerName(), stored.version().orElse(null));
    }
}

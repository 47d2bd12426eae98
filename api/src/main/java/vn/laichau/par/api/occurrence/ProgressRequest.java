package vn.laichau.par.api.occurrence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report: how far the work is, in percent, and a note. */
@Schema(example = "{\"percent\": 60, \"note\": \"Đã trình dự thảo kế hoạch\"}")
public record ProgressRequest(@NotNull Integer percent, @Size(max = 2000) String note) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public ProgressRequest(Integer percent, String note) {
        this.percent = percent;
        this.note = note;
    }
}

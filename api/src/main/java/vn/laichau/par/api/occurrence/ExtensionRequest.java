package vn.laichau.par.api.occurrence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move the due date (xin gia hạn). */
@Schema(example = "{\"newDueDate\": \"2026-12-31\", \"reason\": \"Chờ ý kiến thẩm định của Sở Tư pháp\"}")
public record ExtensionRequest(@NotNull LocalDate newDueDate, @NotBlank @Size(max = 2000) String reason) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public ExtensionRequest(LocalDate newDueDate, String reason) {
        this.newDueDate = newDueDate;
        this.reason = reason;
    }
}

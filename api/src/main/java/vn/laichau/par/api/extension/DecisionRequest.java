package vn.laichau.par.api.extension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's decision on an extension request, with the reference of the deciding document. */
@Schema(example = "{\"decision\": \"APPROVE\", \"reference\": \"Văn bản số 123/SNV-CCHC\"}")
public record DecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 255) String reference) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public DecisionRequest(Decision decision, String reference) {
        this.decision = decision;
        this.reference = reference;
    }

    /** Grant or refuse. */
    public enum Decision {
        APPROVE,
        REJECT
    }
}

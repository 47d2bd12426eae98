package vn.laichau.par.api.agency;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new agency: a code no agency or group uses (capital letters, digits, _), and what {@link AgencyRequest} sets. */
@Schema(example = "{\"code\": \"UBND_X_BINH_LU\", \"name\": \"Ủy ban nhân dân xã Bình Lư\", \"kind\": "
        + "\"COMMUNE_COMMITTEE\", \"parentId\": 1, \"validFrom\": \"2025-07-01\"}")
public record NewAgencyRequest(String code, String name, String shortName, String kind, Long parentId,
                               LocalDate validFrom, LocalDate validTo, Long successorId) {

    AgencyRequest details() {
        return new AgencyRequest(name, shortName, kind, parentId, validFrom, validTo, successorId);
    }
}

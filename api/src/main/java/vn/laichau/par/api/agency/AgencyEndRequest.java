package vn.laichau.par.api.agency;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The end of an agency (merged or abolished): its last day (today in the configured zone when absent) and the
 * agency that carries on its duties, if any.
 */
@Schema(example = "{\"lastDay\": \"2025-06-30\", \"successorId\": 143}")
public record AgencyEndRequest(LocalDate lastDay, Long successorId) {
}

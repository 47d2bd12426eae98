package vn.laichau.par.api.agency;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The end of an agency (merged or abolished): its last day (today in the configured zone when absent), the
 * agency that carries on its duties, if any, and what becomes of its active officials: {@code MOVE_TO_SUCCESSOR}
 * or {@code DEACTIVATE} (required when it has any).
 */
@Schema(example = "{\"lastDay\": \"2025-06-30\", \"successorId\": 143, \"officials\": \"MOVE_TO_SUCCESSOR\"}")
public record AgencyEndRequest(LocalDate lastDay, Long successorId, String officials) {
}

package vn.laichau.par.api.agency;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an administrator sets on an agency (the code stays as created). Every field is sent: an absent
 * optional one means none. {@code kind} is PROVINCIAL_COMMITTEE, DEPARTMENT, DISTRICT_COMMITTEE,
 * COMMUNE_COMMITTEE or OTHER and decides the groups the agency belongs to; a successor needs {@code validTo}.
 */
@Schema(example = "{\"name\": \"Sở Kế hoạch và Đầu tư\", \"shortName\": \"Sở KH&ĐT\", \"kind\": \"DEPARTMENT\", "
        + "\"parentId\": 1, \"validTo\": \"2025-02-28\", \"successorId\": 5}")
public record AgencyRequest(String name, String shortName, String kind, Long parentId, LocalDate validFrom,
                            LocalDate validTo, Long successorId) {
}

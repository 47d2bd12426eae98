package vn.laichau.par.domain.model.agency;

/** The administrative level or nature of an agency. */
public enum AgencyKind {
    /** UBND tỉnh — the provincial People's Committee. */
    PROVINCIAL_COMMITTEE,
    /** Sở, ban, ngành — a provincial department or office. */
    DEPARTMENT,
    /** UBND huyện, thành phố — a district-level People's Committee (abolished 1/7/2025). */
    DISTRICT_COMMITTEE,
    /** UBND xã, phường, thị trấn — a commune-level People's Committee. */
    COMMUNE_COMMITTEE,
    /** Any other body: press, the People's Council office, central agencies. */
    OTHER
}

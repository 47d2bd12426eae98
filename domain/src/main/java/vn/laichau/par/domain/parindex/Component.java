package vn.laichau.par.domain.parindex;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A scored component (tiêu chí thành phần) of one PAR INDEX version, with the area and criterion it belongs to.
 *
 * @param id            the stored id; 0 before it is stored
 * @param areaNo        the area's number in the version (1–8 in QĐ 876)
 * @param criterionCode the criterion's code ("3.2"), empty when the file gives the component straight under its area
 * @param code          the component's code, unique in its version ("3.2.1")
 * @param maxPoints     the most points it gives, over 0 and at most 100, two decimals at most
 * @param note          what the file says about the row (where the points come from), may be empty
 */
public record Component(long id, int areaNo, String areaName, String criterionCode, String criterionName,
                        String code, String name, BigDecimal maxPoints, ScoringKind scoring, String note) {

    public Component {
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(code, "code");
    }

    public Component withId(long storedId) {
        return new Component(storedId, areaNo, areaName, criterionCode, criterionName, code, name, maxPoints, scoring,
                note);
    }
}

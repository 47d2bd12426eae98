package vn.laichau.par.domain.architecturefixture;

import java.util.List;
import vn.laichau.par.api.common.Page;

/** A deliberate violation of the module direction, used to prove that the architecture rule catches it. */
public class DomainClassThatReachesIntoTheApi {

    public Page<String> leak() {
        return new Page<>(List.of(), null);
    }
}

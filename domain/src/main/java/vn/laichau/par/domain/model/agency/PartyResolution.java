package vn.laichau.par.domain.model.agency;

import java.util.List;

/**
 * What a cell of agency names became: the parties recognised, in the order written, and the names that
 * matched no agency or group (as written).
 */
public record PartyResolution(List<ResponsibleParty> parties, List<String> unknownNames) {

    public PartyResolution {
        parties = List.copyOf(parties);
        unknownNames = List.copyOf(unknownNames);
    }

    public boolean isComplete() {
        return unknownNames.isEmpty();
    }
}

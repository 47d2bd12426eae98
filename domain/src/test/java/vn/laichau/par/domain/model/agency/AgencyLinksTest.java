package vn.laichau.par.domain.model.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyLinksTest {

    @Test
    void aLinkThatLeadsBackToTheAgencyClosesALoop() {
        Map<Long, Long> successors = Map.of(2L, 3L, 3L, 1L);

        assertThat(AgencyLinks.closesLoop(1, 2, id -> Optional.ofNullable(successors.get(id)))).isTrue();
        assertThat(AgencyLinks.closesLoop(1, 1, id -> Optional.empty())).isTrue();
    }

    @Test
    void aLineThatEndsOrLoopsElsewhereDoesNot() {
        Map<Long, Long> elsewhere = Map.of(2L, 3L, 3L, 2L);

        assertThat(AgencyLinks.closesLoop(1, 2, id -> Optional.ofNullable(elsewhere.get(id)))).isFalse();
        assertThat(AgencyLinks.closesLoop(1, 2, id -> Optional.empty())).isFalse();
    }
}

package vn.laichau.par.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.laichau.par.api.occurrence.ProgressRequest;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;

/** Request bodies are read as written: nothing cut, nothing of two taken silently, each fault named. */
class JsonProviderTest {

    private final JsonProvider provider = new JsonProvider();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(String json) throws Exception {
        Class type = ProgressRequest.class;
        return provider.readFrom(type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Problem problemOf(Throwable thrown) {
        return ((ProblemException) thrown).problem();
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNotCut() throws Exception {
        assertThat(((ProgressRequest) read("{\"percent\":50}")).percent()).isEqualTo(50);
        assertThatThrownBy(() -> read("{\"percent\":50.9}")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(problemOf(e).violations()).extracting(Problem.Violation::field).containsExactly("percent"));
    }

    @Test
    void aNumberTooLargeIsNamedAsSuchNotCalledMalformed() {
        assertThatThrownBy(() -> read("{\"percent\":99999999999}")).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(problemOf(e).type()).isEqualTo("/problems/invalid-field");
                    assertThat(problemOf(e).detail()).contains("percent").contains("quá lớn");
                });
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertThatThrownBy(() -> read("{\"percent\":10,\"percent\":90}")).isInstanceOf(ProblemException.class);
    }
}

package vn.laichau.par.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a collection: the items and the cursor of the next page, {@code null} on the last page. */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
}

package vn.laichau.par.api.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Cuts rows read with one extra into a page and the cursor of the next page. */
public final class Paging {

    private Paging() {
    }

    /** {@code rows} were read ordered by id, at most {@code size + 1}. */
    public static <R, T> Page<T> page(List<R> rows, int size, ToLongFunction<R> id, Function<R, T> map) {
        boolean more = rows.size() > size;
        List<R> shown = more ? rows.subList(0, size) : rows;
        String next = more ? Cursor.encodeId(id.applyAsLong(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(map).toList(), next);
    }
}

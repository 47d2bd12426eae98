package vn.laichau.par.domain.deadline;

import java.time.MonthDay;
import java.util.List;

/**
 * "6 tháng đầu năm" (due 30/6), "6 tháng cuối năm" (due 31/12), "Định kỳ 6 tháng" (both).
 *
 * @param halves the halves of the year, 1 and/or 2, ascending without repeats
 */
public record HalfYearly(List<Integer> halves) implements DeadlineRule {

    private static final MonthDay END_OF_FIRST_HALF = MonthDay.of(6, 30);
    private static final MonthDay END_OF_SECOND_HALF = MonthDay.of(12, 31);

    public HalfYearly {
        halves = halves.stream().distinct().sorted().toList();
        if (halves.isEmpty() || halves.get(0) < 1 || halves.get(halves.size() - 1) > 2) {
            throw new IllegalArgumentException("Halves are 1 and 2: " + halves);
        }
    }

    public static HalfYearly firstHalf() {
        return new HalfYearly(List.of(1));
    }

    public static HalfYearly secondHalf() {
        return new HalfYearly(List.of(2));
    }

    public static HalfYearly everyHalf() {
        return new HalfYearly(List.of(1, 2));
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.HALF_YEARLY;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return halves.stream()
                .map(h -> DueDate.ofHalf(planYear, h, (h == 1 ? END_OF_FIRST_HALF : END_OF_SECOND_HALF).atYear(planYear)))
                .toList();
    }

    @Override
    public String meaningOf(DueDate due) {
        return due.half() == 1 ? "hết 6 tháng đầu năm kế hoạch" : "hết 6 tháng cuối năm kế hoạch";
    }

    @Override
    public String describe() {
        if (halves.size() == 2) {
            return "Định kỳ 6 tháng";
        }
        return halves.get(0) == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm";
    }
}

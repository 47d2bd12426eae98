package vn.laichau.par.api.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The occurrence dashboards' answers already computed, by request (plan, year or years, grouping, day), reused
 * while {@link DataStamp#ofOccurrences()} is unchanged.
 */
@ApplicationScoped
class DashboardAnswers {

    final SummaryCache<List<Object>, StatusDashboardResponse> status = new SummaryCache<>();
    final SummaryCache<List<Object>, OverdueResponse> overdue = new SummaryCache<>();
    final SummaryCache<List<Object>, OnTimeRateResponse> onTime = new SummaryCache<>();
}

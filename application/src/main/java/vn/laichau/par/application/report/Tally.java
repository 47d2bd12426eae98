package vn.laichau.par.application.report;

import java.time.LocalDate;
import vn.laichau.par.persistence.report.ReportQueries.OccurrenceLine;

/**
 * The counts of one row of the scorecard (an agency, an area, the whole): obligations due in the period, finished
 * on time (early or on the due day) and late, overdue (open past due today), not yet due, finished without any
 * evidence, and extensions granted. The on-time rate is on time out of finished and overdue, as the dashboards
 * count it.
 */
final class Tally {

    long due;
    long onTime;
    long late;
    long overdue;
    long notYetDue;
    long withoutEvidence;
    long extensions;

    void add(OccurrenceLine line, int extensionsGranted, LocalDate today) {
        due++;
        if (line.finishedOn() != null) {
            if (line.finishedOn().isAfter(line.dueDate())) {
                late++;
            } else {
                onTime++;
            }
            if (line.evidenceCount() == 0) {
                withoutEvidence++;
            }
        } else if (line.dueDate().isBefore(today)) {
            overdue++;
        } else {
            notYetDue++;
        }
        extensions += extensionsGranted;
    }

    void add(Tally other) {
        due += other.due;
        onTime += other.onTime;
        late += other.late;
        overdue += other.overdue;
        notYetDue += other.notYetDue;
        withoutEvidence += other.withoutEvidence;
        extensions += other.extensions;
    }

    long finished() {
        return onTime + late;
    }

    /** On time out of finished and overdue, 0–1; null while none is either. */
    Double onTimeRate() {
        long judged = onTime + late + overdue;
        return judged == 0 ? null : (double) onTime / judged;
    }
}

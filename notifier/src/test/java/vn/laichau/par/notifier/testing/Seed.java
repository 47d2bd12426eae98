package vn.laichau.par.notifier.testing;

import java.time.LocalDate;

/** Rows for notifier tests, written with plain SQL. */
public final class Seed {

    public static final long JUSTICE = 7;
    public static final long HOME_AFFAIRS = 2;

    private Seed() {
    }

    /** Sở Tư pháp with official 1 (Telegram and e-mail) and head 3; Sở Nội vụ with administrators 8 and 9; task 50. */
    public static void province() {
        NotifierDb.sql(
                "INSERT INTO agency (id, code, name, kind) VALUES (7, 'SO_TU_PHAP', 'Sở Tư pháp', 'DEPARTMENT'), "
                        + "(2, 'SO_NOI_VU', 'Sở Nội vụ', 'DEPARTMENT')",
                "INSERT INTO official (id, username, display_name, agency_id, head_of_agency, email, telegram_chat_id) "
                        + "VALUES (1, 'lan', 'Nguyễn Thị Lan', 7, FALSE, 'lan@laichau.gov.vn', 1001), "
                        + "(3, 'hung', 'Lò Văn Hùng', 7, TRUE, NULL, 1003), "
                        + "(8, 'mai', 'Phạm Thị Mai', 2, FALSE, 'mai@laichau.gov.vn', 1008), "
                        + "(9, 'son', 'Vàng A Sơn', 2, TRUE, NULL, NULL)",
                "INSERT INTO official_role (official_id, role) VALUES (8, 'ADMIN'), (9, 'LEADER')",
                "INSERT INTO plan (id, number, title, issuer, issued_on, first_year, last_year) "
                        + "VALUES (1, '447/KH-UBND', 'Kế hoạch nâng cao Chỉ số CCHC', 'UBND tỉnh Lai Châu', '2017-03-01', 2017, 2030)",
                "INSERT INTO plan_area (id, plan_id, position, numeral, name) VALUES (1, 1, 1, 'I', 'Công tác chỉ đạo')",
                "INSERT INTO task (id, plan_id, area_id, position, code, heading, full_text, lead_text, coordinating_text, "
                        + "deadline_phrase, evidence_documents, search_text) VALUES (50, 1, 1, 1, 'I.3', "
                        + "'Kiểm tra công tác CCHC', 'Tham mưu ban hành Kế hoạch kiểm tra CCHC', 'Sở Nội vụ', '', "
                        + "'Trước ngày 20/12 hàng năm', 'Kế hoạch kiểm tra, biên bản kiểm tra', 'kiem tra')");
    }

    public static void occurrence(long id, long agencyId, LocalDate due) {
        NotifierDb.sql("INSERT INTO occurrence (id, task_id, agency_id, plan_year, period, due_date, evidence_required) "
                + "VALUES (" + id + ", 50, " + agencyId + ", " + due.getYear() + ", 'P" + id + "', '" + due + "', TRUE)");
    }

    public static void finish(long occurrenceId, LocalDate on) {
        NotifierDb.sql("UPDATE occurrence SET finished_on = '" + on + "', progress_percent = 100 WHERE id = "
                + occurrenceId);
    }

    /** An approved extension of the occurrence to {@code newDue}, and the occurrence moved to it. */
    public static void extend(long occurrenceId, LocalDate oldDue, LocalDate newDue) {
        NotifierDb.sql("INSERT INTO deadline_extension (occurrence_id, old_due_date, new_due_date, reason, requested_at, "
                        + "status) VALUES (" + occurrenceId + ", '" + oldDue + "', '" + newDue
                        + "', 'Chờ ý kiến của Bộ Nội vụ', NOW(6), 'APPROVED')",
                "UPDATE occurrence SET due_date = '" + newDue + "' WHERE id = " + occurrenceId);
    }
}

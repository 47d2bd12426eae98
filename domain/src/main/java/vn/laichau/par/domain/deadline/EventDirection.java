package vn.laichau.par.domain.deadline;

/** Whether working days are counted forward or backward from an event. */
public enum EventDirection {
    /** "05 ngày làm việc kể từ ngày ký": due the 5th working day after the event. */
    AFTER,
    /** "chậm nhất trước 05 ngày làm việc tính đến ngày có hiệu lực": due the 5th working day before it. */
    BEFORE
}

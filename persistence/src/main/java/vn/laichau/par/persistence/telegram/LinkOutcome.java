package vn.laichau.par.persistence.telegram;

import vn.laichau.par.domain.model.official.Official;

/** What became of a link code offered by a chat. */
public sealed interface LinkOutcome {

    /** The chat is now linked to the official. */
    record Linked(Official official) implements LinkOutcome {
    }

    /** No such code (or its official is no longer active). */
    record Unknown() implements LinkOutcome {
    }

    /** The code was issued more than 15 minutes ago. */
    record Expired() implements LinkOutcome {
    }

    /** The code linked a chat already. */
    record Used() implements LinkOutcome {
    }
}

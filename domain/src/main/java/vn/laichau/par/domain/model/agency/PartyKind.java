package vn.laichau.par.domain.model.agency;

/** Whether a responsible party is one agency or a group that expands to its members. */
public enum PartyKind {
    AGENCY,
    GROUP
}

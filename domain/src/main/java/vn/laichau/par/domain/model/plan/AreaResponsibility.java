package vn.laichau.par.domain.model.plan;

import java.util.List;
import java.util.Objects;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

/**
 * Who answers for a whole area of a plan, as its body writes it ("1.2. Trách nhiệm thực hiện"): the lead
 * agencies ("Đơn vị chủ trì") and the coordinating ones ("Đơn vị phối hợp"), each as written and as parties.
 *
 * @param section          the section of the plan's body that names them, e.g. {@code "II.1.2"}
 * @param leadText         the lead agencies as written
 * @param leads            the parties the lead text names, in order; at least one
 * @param coordinatingText the coordinating agencies as written, may be empty
 * @param coordinators     the parties the coordinating text names, in order
 */
public record AreaResponsibility(String section, String leadText, List<ResponsibleParty> leads,
                                 String coordinatingText, List<ResponsibleParty> coordinators) {

    public AreaResponsibility {
        section = Texts.required(section, "section");
        leadText = Texts.required(leadText, "leadText");
        leads = List.copyOf(Objects.requireNonNull(leads, "leads"));
        if (leads.isEmpty()) {
            throw new IllegalArgumentException("Section " + section + " names no lead agency");
        }
        coordinatingText = coordinatingText == null ? "" : Texts.nfc(coordinatingText);
        coordinators = List.copyOf(Objects.requireNonNull(coordinators, "coordinators"));
    }
}

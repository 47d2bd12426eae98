package vn.laichau.par.application.account;

import java.util.Set;
import vn.laichau.par.domain.model.official.Role;

/**
 * What an administrator sets on an account: the name shown, the agency acted for, roles, contact details and
 * whether the official heads the agency. Absent e-mail or phone means none.
 */
public record AccountDetails(String displayName, long agencyId, Set<Role> roles, String email, String phone,
                             boolean headOfAgency) {
}

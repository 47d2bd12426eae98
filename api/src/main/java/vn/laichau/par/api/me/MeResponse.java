package vn.laichau.par.api.me;

import vn.laichau.par.api.agency.AgencyResponse;
import vn.laichau.par.api.official.OfficialResponse;

/** The caller: their account, their agency and how many feed entries are unread. */
public record MeResponse(OfficialResponse official, AgencyResponse agency, long unreadNotifications) {
}

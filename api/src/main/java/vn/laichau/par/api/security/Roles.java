package vn.laichau.par.api.security;

/** The role names in access tokens and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String LEADER = "leader";
    public static final String OFFICIAL = "official";

    private Roles() {
    }
}

package vn.laichau.par.api.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.account.OfficialAdministration;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.persistence.migration.SchemaReady;

/**
 * Creates the first administrator from {@code PAR_ADMIN_USER} / {@code PAR_ADMIN_PASSWORD} once the schema is
 * migrated and the shipped plan (with its agencies) is loaded; an existing account of that name is left alone.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    private final OfficialAdministration accounts;
    private final Optional<String> user;
    private final Optional<String> password;
    private final String agencyCode;

    /** For the container's client proxy only. */
    protected FirstAdmin() {
        this(null, Optional.empty(), Optional.empty(), null);
    }

    @Inject
    public FirstAdmin(OfficialAdministration accounts,
                      @ConfigProperty(name = "par.admin.user") Optional<String> user,
                      @ConfigProperty(name = "par.admin.password") Optional<String> password,
                      @ConfigProperty(name = "par.admin.agency", defaultValue = "SO_NOI_VU") String agencyCode) {
        this.accounts = accounts;
        this.user = user;
        this.password = password;
        this.agencyCode = agencyCode;
    }

    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        if (user.isEmpty() || user.get().isBlank()) {
            LOG.info("PAR_ADMIN_USER is not set: no first administrator is created");
            return;
        }
        if (password.isEmpty()) {
            LOG.warning("PAR_ADMIN_USER is set without PAR_ADMIN_PASSWORD: no first administrator is created");
            return;
        }
        try {
            switch (accounts.createFirstAdmin(user.get(), password.get(), agencyCode)) {
                case CREATED -> LOG.info(() -> "first administrator " + user.get() + " created");
                case NO_AGENCY -> LOG.warning(() -> "no agency " + agencyCode
                        + " (par.admin.agency): no first administrator is created");
                case EXISTS -> { }
            }
        } catch (Refusal e) {
            LOG.warning(() -> "first administrator not created: " + e.getMessage());
        }
    }
}

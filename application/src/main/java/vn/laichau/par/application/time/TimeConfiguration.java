package vn.laichau.par.application.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one {@link Clock} of the application, in the configured zone ({@code PAR_TIMEZONE}, Asia/Ho_Chi_Minh by
 * default): {@code Instant.now(clock)} is the UTC instant stored in the database, {@code LocalDate.now(clock)} is
 * today where the plan's deadlines fall. Every class takes it in its constructor, so tests hand it a fixed one.
 */
@ApplicationScoped
public class TimeConfiguration {

    /** The zone when none is configured. */
    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    private final ZoneId zone;

    /** For the container's client proxy only. */
    protected TimeConfiguration() {
        this.zone = null;
    }

    @Inject
    public TimeConfiguration(@ConfigProperty(name = "par.timezone", defaultValue = DEFAULT_ZONE) String zone) {
        this.zone = zoneOf(zone);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(zone);
    }

    @Produces
    @Singleton
    ZoneId zone() {
        return zone;
    }

    /** The zone named {@code name}; refused with the setting's name when it is no zone. */
    public static ZoneId zoneOf(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("PAR_TIMEZONE: " + name + " is not a time zone (for example "
                    + DEFAULT_ZONE + ")", e);
        }
    }
}

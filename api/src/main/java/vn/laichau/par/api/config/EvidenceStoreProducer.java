package vn.laichau.par.api.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.occurrence.EvidenceStore;

/** The evidence files' store under the data directory, for the API and the bot alike. */
@ApplicationScoped
public class EvidenceStoreProducer {

    @Inject
    @ConfigProperty(name = "par.evidence.max.bytes", defaultValue = "20971520")
    long maxBytes;

    @Produces
    EvidenceStore evidenceStore() {
        return new EvidenceStore(DataDirectory.path(), maxBytes);
    }
}

package vn.laichau.par.api.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Replaces Payara Micro's per-class process with {@link SharedPayaraMicroContainer}. */
public class SharedPayaraMicroExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                SharedPayaraMicroContainer.class);
    }
}

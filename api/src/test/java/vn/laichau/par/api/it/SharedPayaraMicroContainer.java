package vn.laichau.par.api.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro's managed adapter starts one Payara process per deployment, that is per test class. Every
 * container test deploys the same WAR, so this adapter starts that process once for the whole test JVM and hands
 * every later test class the same running deployment; the process ends when the JVM does.
 */
public class SharedPayaraMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Map<String, ProtocolMetaData> RUNNING = new HashMap<>();
    private static final Map<String, Archive<?>> ARCHIVES = new HashMap<>();
    private static PayaraMicroDeployableContainer delegate;

    private PayaraMicroContainerConfiguration configuration;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public void start() {
        // the process starts with the first deployment
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (RUNNING) {
            ProtocolMetaData running = RUNNING.get(archive.getName());
            if (running != null) {
                return running;
            }
            if (delegate == null) {
                delegate = new PayaraMicroDeployableContainer();
                delegate.setup(configuration);
                Runtime.getRuntime().addShutdownHook(new Thread(SharedPayaraMicroContainer::stopAll,
                        "payara-micro-tests-stop"));
            }
            ProtocolMetaData metaData = delegate.deploy(archive);
            RUNNING.put(archive.getName(), metaData);
            ARCHIVES.put(archive.getName(), archive);
            return metaData;
        }
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept running for the next test class
    }

    @Override
    public void stop() throws LifecycleException {
        // stopped when the JVM ends
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new IllegalArgumentException("descriptor deployments are not used");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new IllegalArgumentException("descriptor deployments are not used");
    }

    private static void stopAll() {
        synchronized (RUNNING) {
            for (Archive<?> archive : ARCHIVES.values()) {
                try {
                    delegate.undeploy(archive);
                } catch (DeploymentException | RuntimeException e) {
                    System.err.println("Payara Micro did not stop cleanly: " + e.getMessage());
                }
            }
            RUNNING.clear();
            ARCHIVES.clear();
        }
    }
}

package vn.laichau.par.api.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as built: the WAR that the {@code api} module packages. */
public final class ApplicationDeployment {

    private ApplicationDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("par.war", "target/par.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}

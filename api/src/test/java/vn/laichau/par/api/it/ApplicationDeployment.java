package vn.laichau.par.api.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The most connections the WAR's data source pools ({@code max-pool-size} in its {@code web.xml}). */
    public static int maxPoolSize() {
        try (InputStream webXml = war().get("/WEB-INF/web.xml").getAsset().openStream()) {
            Matcher size = Pattern.compile("<max-pool-size>(\\d+)</max-pool-size>")
                    .matcher(new String(webXml.readAllBytes(), StandardCharsets.UTF_8));
            if (!size.find()) {
                throw new IllegalStateException("no max-pool-size in the WAR's web.xml");
            }
            return Integer.parseInt(size.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

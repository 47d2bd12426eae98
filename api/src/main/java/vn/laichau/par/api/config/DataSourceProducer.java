package vn.laichau.par.api.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** Makes the data source declared in {@code web.xml} injectable with {@code @Inject} in every module. */
@ApplicationScoped
public class DataSourceProducer {

    @Resource(lookup = "java:app/jdbc/par")
    private DataSource dataSource;

    @Produces
    DataSource dataSource() {
        return dataSource;
    }
}

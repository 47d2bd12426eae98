package vn.laichau.par.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class JsonProcessingProviderTest {

    @Test
    void namesParssonSoNoServiceLoaderLookupRunsPerCall() {
        Properties properties = new Properties();

        JsonProcessingProvider.name(properties);

        assertEquals("org.eclipse.parsson.JsonProviderImpl", properties.getProperty("jakarta.json.provider"));
    }

    @Test
    void keepsAProviderTheOperatorChose() {
        Properties properties = new Properties();
        properties.setProperty("jakarta.json.provider", "com.example.OtherProvider");

        JsonProcessingProvider.name(properties);

        assertEquals("com.example.OtherProvider", properties.getProperty("jakarta.json.provider"));
    }
}

package vn.laichau.par.persistence.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Migrations whose text was changed after databases had run them, in a way that leaves the schema they make
 * exactly as it was. Flyway keeps each applied migration's checksum and refuses to start when a script no longer
 * matches; for these scripts, and only for the exact checksum each had when it was first applied, the recorded
 * checksum is set to the script's present one before Flyway validates. Any other difference still stops the start.
 *
 * <p>The one rewording so far: {@code CONSTRAINT pk_… PRIMARY KEY (…)} became {@code PRIMARY KEY (…)}. MariaDB
 * names every primary key {@code PRIMARY} and ignored the given name with a warning (error 1280) at each table's
 * creation, so a database made by either text has the same tables, keys and indexes.
 */
final class RewordedMigrations {

    /** A migration's checksum as first applied, and its checksum now. */
    record Rewording(String version, int checksumAsApplied, int checksumNow) {
    }

    static final List<Rewording> PRIMARY_KEY_NAMES_DROPPED = List.of(
            new Rewording("1", 2022489552, -811848022),
            new Rewording("2", -301959156, 821857373),
            new Rewording("20", -2010193681, -368706128),
            new Rewording("30", -2008685374, 1497605177),
            new Rewording("31", -1727797884, 1632736630),
            new Rewording("40", -1462081593, 1795822878),
            new Rewording("50", -606058544, -469780201),
            new Rewording("56", 1662320647, -402545964),
            new Rewording("61", 1395975952, 1530033626),
            new Rewording("75", -843710003, -1847838840),
            new Rewording("80", 310589891, 686490142),
            new Rewording("81", -390667305, 1318374999),
            new Rewording("100", -1033824878, 1528827217),
            new Rewording("101", -560680240, 1666412732),
            new Rewording("102", 1113156262, -250898204),
            new Rewording("110", 885941132, 1343154117),
            new Rewording("120", -1675444601, -38827065));

    static final String HISTORY_TABLE = "flyway_schema_history";

    private RewordedMigrations() {
    }

    /**
     * Records the present checksum of every reworded migration that this database ran in its first wording;
     * answers how many rows were brought up to date (none on a new database, or one already brought up to date).
     */
    static int acknowledge(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasHistory(connection)) {
                return 0;
            }
            int updated = 0;
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + HISTORY_TABLE
                    + " SET checksum = ? WHERE version = ? AND checksum = ? AND type = 'SQL'")) {
                for (Rewording rewording : PRIMARY_KEY_NAMES_DROPPED) {
                    update.setInt(1, rewording.checksumNow());
                    update.setString(2, rewording.version());
                    update.setInt(3, rewording.checksumAsApplied());
                    updated += update.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return updated;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema history: " + e.getMessage(), e);
        }
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), null, HISTORY_TABLE, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}

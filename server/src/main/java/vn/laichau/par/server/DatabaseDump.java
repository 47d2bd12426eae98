package vn.laichau.par.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The application database written to and read from a stream: every table's definition and rows (generated
 * columns are left to the database to compute again), then its
 * triggers (created after the rows, so that loading does not fire them). Written inside one
 * {@code REPEATABLE READ} snapshot ({@code START TRANSACTION WITH CONSISTENT SNAPSHOT}), so the copy is the
 * database as of one instant while the system goes on writing. Values travel as text, whole numbers or bytes,
 * in the UTC session time zone, so they come back exactly.
 */
final class DatabaseDump {

    private static final String MAGIC = "PAR-DATABASE-DUMP-1";
    private static final int ROW = 1;
    private static final int END_OF_TABLE = 0;
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int NUMBER = 2;
    private static final int BYTES = 3;
    private static final int BATCH = 500;
    private static final Pattern DEFINER = Pattern.compile("DEFINER\\s*=\\s*\\S+\\s+", Pattern.CASE_INSENSITIVE);

    private DatabaseDump() {
    }

    /**
     * Writes the database inside one snapshot and hands each row of {@code watchedTable} (as column name →
     * value) to {@code watcher}: the evidence rows, whose files belong to the same backup. Answers the number of
     * rows per table.
     */
    static Map<String, Long> write(Connection connection, DataOutputStream out, String watchedTable,
                                   Consumer<Map<String, Object>> watcher) throws SQLException, IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION time_zone = '+00:00'");
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            try {
                List<String> tables = strings(statement, "SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'", 1);
                out.writeUTF(MAGIC);
                out.writeInt(tables.size());
                for (String table : tables) {
                    counts.put(table, writeTable(statement, table, out,
                            table.equalsIgnoreCase(watchedTable) ? watcher : row -> { }));
                }
                List<String> triggers = strings(statement, "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                        + "WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY EVENT_OBJECT_TABLE, EVENT_MANIPULATION, "
                        + "ACTION_TIMING, ACTION_ORDER", 1);
                out.writeInt(triggers.size());
                for (String trigger : triggers) {
                    try (ResultSet definition = statement.executeQuery("SHOW CREATE TRIGGER `" + trigger + "`")) {
                        definition.next();
                        writeText(out, DEFINER.matcher(definition.getString("SQL Original Statement"))
                                .replaceFirst(""));
                    }
                }
            } finally {
                statement.execute("COMMIT");
            }
        }
        return counts;
    }

    private static long writeTable(Statement statement, String table, DataOutputStream out,
                                   Consumer<Map<String, Object>> watcher) throws SQLException, IOException {
        out.writeUTF(table);
        try (ResultSet create = statement.executeQuery("SHOW CREATE TABLE `" + table + "`")) {
            create.next();
            writeText(out, create.getString(2));
        }
        List<String> stored = new ArrayList<>();
        try (PreparedStatement columns = statement.getConnection().prepareStatement("SELECT COLUMN_NAME FROM "
                + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? "
                + "AND EXTRA NOT LIKE '%GENERATED%' ORDER BY ORDINAL_POSITION")) {
            columns.setString(1, table);
            try (ResultSet names = columns.executeQuery()) {
                while (names.next()) {
                    stored.add("`" + names.getString(1) + "`");
                }
            }
        }
        long rows = 0;
        try (ResultSet data = statement.executeQuery("SELECT " + String.join(", ", stored) + " FROM `" + table
                + "`")) {
            ResultSetMetaData meta = data.getMetaData();
            int columns = meta.getColumnCount();
            out.writeInt(columns);
            for (int c = 1; c <= columns; c++) {
                out.writeUTF(meta.getColumnName(c));
            }
            while (data.next()) {
                out.writeByte(ROW);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= columns; c++) {
                    row.put(meta.getColumnName(c), writeValue(data, c, meta.getColumnType(c), out));
                }
                watcher.accept(row);
                rows++;
            }
            out.writeByte(END_OF_TABLE);
        }
        return rows;
    }

    private static Object writeValue(ResultSet data, int column, int type, DataOutputStream out)
            throws SQLException, IOException {
        switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = data.getBytes(column);
                if (bytes == null) {
                    out.writeByte(NULL);
                } else {
                    out.writeByte(BYTES);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
                return bytes;
            }
            case Types.BIT, Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long number = data.getLong(column);
                if (data.wasNull()) {
                    out.writeByte(NULL);
                    return null;
                }
                out.writeByte(NUMBER);
                out.writeLong(number);
                return number;
            }
            default -> {
                String text = data.getString(column);
                if (text == null) {
                    out.writeByte(NULL);
                } else {
                    out.writeByte(TEXT);
                    writeText(out, text);
                }
                return text;
            }
        }
    }

    /**
     * Loads a dump into an empty database: the tables with their rows (foreign keys checked only once all are
     * in), then the triggers. Answers the number of rows per table.
     */
    static Map<String, Long> read(DataInputStream in, Connection connection) throws SQLException, IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a PAR database dump");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION time_zone = '+00:00'");
            statement.execute("SET SESSION foreign_key_checks = 0");
            statement.execute("SET SESSION unique_checks = 0");
            int tables = in.readInt();
            for (int t = 0; t < tables; t++) {
                String table = in.readUTF();
                statement.execute(readText(in));
                counts.put(table, readRows(in, connection, table));
                connection.commit();
            }
            int triggers = in.readInt();
            for (int t = 0; t < triggers; t++) {
                statement.execute(readText(in));
            }
            connection.commit();
            statement.execute("SET SESSION foreign_key_checks = 1");
            statement.execute("SET SESSION unique_checks = 1");
        }
        connection.setAutoCommit(true);
        return counts;
    }

    private static long readRows(DataInputStream in, Connection connection, String table)
            throws SQLException, IOException {
        int columns = in.readInt();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add("`" + in.readUTF() + "`");
        }
        String insert = "INSERT INTO `" + table + "` (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            while (in.readByte() == ROW) {
                for (int c = 1; c <= columns; c++) {
                    switch (in.readByte()) {
                        case NULL -> statement.setNull(c, Types.NULL);
                        case TEXT -> statement.setString(c, readText(in));
                        case NUMBER -> statement.setLong(c, in.readLong());
                        case BYTES -> {
                            byte[] bytes = new byte[in.readInt()];
                            in.readFully(bytes);
                            statement.setBytes(c, bytes);
                        }
                        default -> throw new IOException("damaged dump in table " + table);
                    }
                }
                statement.addBatch();
                if (++rows % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        return rows;
    }

    /** The base tables of the connection's database. */
    static List<String> tables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return strings(statement, "SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'", 1);
        }
    }

    private static List<String> strings(Statement statement, String query, int column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(column));
            }
        }
        return values;
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

package vn.laichau.par.notifier.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.laichau.par.notifier.channel.Transactions;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The persistence unit "par" outside a container on the test run's one MariaDB, migrated once; resource-local
 * transactions, each with an entity manager of its own (so each test thread has its own connection).
 */
public final class NotifierDb {

    private NotifierDb() {
    }

    public static EntityManagerFactory factory() {
        return Jpa.factory();
    }

    public static DataSource dataSource() {
        return Jpa.dataSource();
    }

    public static final Transactions TRANSACTIONS = NotifierDb::inTransaction;

    public static <T> T inTransaction(Function<EntityManager, T> work) {
        return Jpa.inTransaction(work);
    }

    /** Empties every table of the schema. */
    public static void clean() {
        Jpa.clean();
    }

    public static void sql(String... statements) {
        factory();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql) {
        return rows(sql).isEmpty() ? 0 : Long.parseLong(rows(sql).get(0).get(0));
    }

    /** The rows of a query, each as its columns' text. */
    public static List<List<String>> rows(String sql) {
        factory();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

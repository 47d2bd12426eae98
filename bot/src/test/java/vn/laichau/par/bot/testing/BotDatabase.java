package vn.laichau.par.bot.testing;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import vn.laichau.par.bot.tracker.BotTransactions;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.testsupport.TestDatabase;

/** The persistence unit "par" on the test run's MariaDB, outside a container, with resource-local transactions. */
public final class BotDatabase implements BotTransactions {

    public static BotDatabase open() {
        Jpa.factory();
        return new BotDatabase();
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return Jpa.inTransaction(work);
    }

    /** Empties every table and loads the shipped plan. */
    public void cleanAndLoadShippedPlan() {
        Jpa.cleanAndLoadShippedPlan();
    }

    /** A single number from SQL, e.g. a count. */
    public long number(String sql) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single text from SQL. */
    public String text(String sql) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

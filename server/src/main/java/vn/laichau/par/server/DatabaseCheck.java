package vn.laichau.par.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Connects once to the configured MariaDB so that a bad URL or password is reported before anything starts. */
final class DatabaseCheck {

    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE = 1049;

    private DatabaseCheck() {
    }

    static void verify(String url, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5000");
        try (Connection connection = DriverManager.getConnection(url, props)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StartupProblem(ExitCode.DATABASE, explain(url, user, e));
        }
    }

    static String explain(String url, String user, SQLException e) {
        if (e.getErrorCode() == ACCESS_DENIED || "28000".equals(e.getSQLState())) {
            return "MariaDB từ chối người dùng '" + user + "' — MariaDB refused user '" + user
                    + "': check PAR_DB_USER and PAR_DB_PASSWORD";
        }
        if (e.getErrorCode() == UNKNOWN_DATABASE) {
            return "Cơ sở dữ liệu chưa tồn tại — the database in PAR_DB_URL (" + url
                    + ") does not exist: create it (CREATE DATABASE … CHARACTER SET utf8mb4) or fix the URL";
        }
        return "Không kết nối được MariaDB — cannot reach MariaDB at " + url
                + ": check PAR_DB_URL and that the server is running (" + firstLine(e.getMessage()) + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

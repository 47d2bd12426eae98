package vn.laichau.par.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second instance off a data directory that one is already using: two embedded MariaDB servers on the
 * same files would damage them. The operating system releases the lock when the process ends, however it ends.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "instance.lock";

    private final FileChannel channel;

    private DataDirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    static DataDirectoryLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không mở được " + file + " — cannot open " + file
                    + ": " + e.getMessage());
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StartupProblem(ExitCode.CONFIGURATION, "Thư mục dữ liệu đang được dùng — another PAR "
                    + "tracker is already running on PAR_DATA_DIR " + dataDir + ": stop it, or give this one "
                    + "another PAR_DATA_DIR or PAR_DB_URL");
        }
        return new DataDirectoryLock(channel);
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process in any case
        }
    }
}

package vn.laichau.par.server;

/** How the runnable ends when it cannot start. */
enum ExitCode {
    CONFIGURATION(2),
    DATABASE(3),
    APPLICATION(4);

    final int status;

    ExitCode(int status) {
        this.status = status;
    }
}

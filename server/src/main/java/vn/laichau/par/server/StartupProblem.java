package vn.laichau.par.server;

/** A reason the system cannot start, said in one line that tells the operator what to fix. */
final class StartupProblem extends RuntimeException {

    final ExitCode exitCode;

    StartupProblem(ExitCode exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }
}

package vn.laichau.par.bot.intake;

import java.util.Objects;
import vn.laichau.par.application.channel.ChannelWatch;

/** Passes every report on, and runs an action each time the channel answers again after being down. */
public final class RecoveryWatch implements ChannelWatch {

    private final ChannelWatch watch;
    private final Runnable onRecovery;
    private volatile boolean down;

    public RecoveryWatch(ChannelWatch watch, Runnable onRecovery) {
        this.watch = Objects.requireNonNull(watch, "watch");
        this.onRecovery = Objects.requireNonNull(onRecovery, "onRecovery");
    }

    @Override
    public void up() {
        boolean wasDown = down;
        down = false;
        if (wasDown) {
            onRecovery.run();
        }
        watch.up();
    }

    @Override
    public void down(String error) {
        down = true;
        watch.down(error);
    }
}

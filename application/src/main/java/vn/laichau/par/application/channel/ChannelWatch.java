package vn.laichau.par.application.channel;

/** One channel's side of the {@link ChannelBoard}: its intake reports each call's outcome here. */
public interface ChannelWatch {

    /** The channel's API answered. */
    void up();

    /** The channel's API could not be reached, answered with an error or timed out. */
    void down(String error);

    /** A watch that forgets everything, for intakes nobody watches. */
    static ChannelWatch none() {
        return new ChannelWatch() {
            @Override
            public void up() {
            }

            @Override
            public void down(String error) {
            }
        };
    }
}

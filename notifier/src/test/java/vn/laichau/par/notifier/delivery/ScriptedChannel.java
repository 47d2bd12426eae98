package vn.laichau.par.notifier.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.DeliveryChannel;

/** A channel answering from a script (delivered once the script is used up), recording every call. */
final class ScriptedChannel implements AlertChannel {

    record Call(String address, RenderedMessage message) {
    }

    private final DeliveryChannel channel;
    private final Deque<SendOutcome> script = new ArrayDeque<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Supplier<SendOutcome> otherwise;

    ScriptedChannel(DeliveryChannel channel) {
        this(channel, null);
    }

    ScriptedChannel(DeliveryChannel channel, Supplier<SendOutcome> otherwise) {
        this.channel = channel;
        this.otherwise = otherwise;
    }

    ScriptedChannel then(SendOutcome... outcomes) {
        script.addAll(List.of(outcomes));
        return this;
    }

    private volatile boolean reachable = true;

    /** From now on the channel reports itself out of reach (as a messenger whose intake cannot reach its API). */
    ScriptedChannel outOfReach() {
        reachable = false;
        return this;
    }

    @Override
    public boolean isReachable() {
        return reachable;
    }

    List<Call> calls() {
        return calls;
    }

    @Override
    public DeliveryChannel channel() {
        return channel;
    }

    @Override
    public synchronized SendOutcome send(String address, RenderedMessage message) {
        calls.add(new Call(address, message));
        if (!script.isEmpty()) {
            return script.poll();
        }
        return otherwise != null ? otherwise.get() : SendOutcome.delivered(channel + "-" + calls.size());
    }
}

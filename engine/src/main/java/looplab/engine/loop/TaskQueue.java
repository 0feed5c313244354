package looplab.engine.loop;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A plain FIFO of callbacks: the nextTick queue, the microtask queue, the pending queue and the
 * close queue are all this shape (Node's {@code FixedQueue}, V8's microtask queue, libuv's
 * {@code pending_queue} and closing list). Which one is drained when is {@link EventLoop}'s
 * business alone. Loop-thread only.
 */
public final class TaskQueue {
    private final ArrayDeque<Callback> queue = new ArrayDeque<>();

    public void add(Callback callback) {
        queue.add(callback);
    }

    Callback poll() {
        return queue.poll();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int size() {
        return queue.size();
    }

    public List<Callback> snapshot() {
        return List.copyOf(queue);
    }

    /** Detaches the whole content: the pending and close phases run what was there on entry. */
    ArrayDeque<Callback> takeAll() {
        ArrayDeque<Callback> all = new ArrayDeque<>(queue);
        queue.clear();
        return all;
    }

    void clear() {
        queue.clear();
    }
}

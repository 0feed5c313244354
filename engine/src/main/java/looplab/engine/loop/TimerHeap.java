package looplab.engine.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * How and why timers are stored the way they are.
 *
 * <p>Node does not keep one heap of timers. It keeps one list per duration ({@code msecs}):
 * every timer in a list was started with the same delay, so appending keeps each list sorted by
 * due time, and insertion is O(1). The lists themselves sit in a priority queue ordered by the
 * due time of their first timer ({@code expiry}), ties broken by a list id that grows each time a
 * list is created or re-queued. The timers phase takes the earliest list, runs every timer of it
 * that is due, then re-queues the list under its next expiry and moves on.
 *
 * <p>This shape is observable, which is why it is copied rather than replaced by a plain
 * (deadline, sequence) heap: a list runs all its due timers before the next list starts, so a
 * later-due timer of an earlier list can run before an earlier-due timer of a later list.
 *
 * <pre>
 *   queue (by expiry, id) ──► [ 1 ms list ]──► t1 ─► t4 ─► t7      (all started with 1 ms)
 *                             [100 ms list]──► t2 ─► t9
 *                             [250 ms list]──► t3
 * </pre>
 *
 * Loop-thread only.
 */
public final class TimerHeap {

    /** One duration's FIFO list of timers, with its current place in the queue. */
    static final class TimerList {
        final long msecs;
        long expiry;
        long id;
        Timer head;
        Timer tail;

        TimerList(long msecs, long expiry, long id) {
            this.msecs = msecs;
            this.expiry = expiry;
            this.id = id;
        }

        boolean isEmpty() {
            return head == null;
        }

        void append(Timer t) {
            t.prev = tail;
            t.next = null;
            if (tail == null) {
                head = t;
            } else {
                tail.next = t;
            }
            tail = t;
        }

        void remove(Timer t) {
            if (t.prev == null) {
                head = t.next;
            } else {
                t.prev.next = t.next;
            }
            if (t.next == null) {
                tail = t.prev;
            } else {
                t.next.prev = t.prev;
            }
            t.prev = t.next = null;
        }
    }

    private final Map<Long, TimerList> lists = new HashMap<>();
    private final PriorityQueue<TimerList> queue = new PriorityQueue<>((a, b) -> {
        int byExpiry = Long.compare(a.expiry, b.expiry);
        return byExpiry != 0 ? byExpiry : Long.compare(a.id, b.id);
    });
    private long nextListId = 1;
    private int refCount;

    /** Files {@code t} under its duration, started at {@code startMs} (Node's {@code insert}). */
    public void insert(Timer t, long startMs) {
        t.startMs = startMs;
        t.active = true;
        TimerList list = lists.get(t.msecs);
        if (list == null) {
            list = new TimerList(t.msecs, startMs + t.msecs, nextListId++);
            lists.put(t.msecs, list);
            queue.add(list);
        }
        list.append(t);
        if (t.ref) {
            refCount++;
        }
    }

    /** Takes {@code t} out (clearTimeout); an emptied list leaves the queue. */
    public void remove(Timer t) {
        if (!t.active) {
            return;
        }
        t.active = false;
        if (t.ref) {
            refCount--;
        }
        TimerList list = lists.get(t.msecs);
        list.remove(t);
        if (list.isEmpty()) {
            lists.remove(t.msecs);
            queue.remove(list);
        }
    }

    public void setRef(Timer t, boolean ref) {
        if (t.ref != ref && t.active) {
            refCount += ref ? 1 : -1;
        }
        t.ref = ref;
    }

    public boolean hasRef() {
        return refCount > 0;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Due time of the earliest list, or {@code Long.MAX_VALUE} when there is none. */
    public long nextExpiry() {
        TimerList first = queue.peek();
        return first == null ? Long.MAX_VALUE : first.expiry;
    }

    /**
     * The timer that should run next against the phase's {@code now}, or {@code null} when the
     * earliest list is not due. A list whose head is not yet due is re-queued under that head's
     * due time with a fresh id, exactly as Node's {@code listOnTimeout} does ("this loop
     * iteration is too early for the next timer").
     */
    public Timer pollDue(long now) {
        Timer head = peekDue(now);
        if (head != null) {
            remove(head);
        }
        return head;
    }

    /** {@link #pollDue} without taking the timer out: the loop may still decide it is not due. */
    Timer peekDue(long now) {
        while (true) {
            TimerList list = queue.peek();
            if (list == null || list.expiry > now) {
                return null;
            }
            Timer head = list.head;
            if (head == null) {
                queue.poll();
                lists.remove(list.msecs);
                continue;
            }
            if (now - head.startMs < list.msecs) {
                queue.poll();
                list.expiry = Math.max(head.startMs + list.msecs, now + 1);
                list.id = nextListId++;
                queue.add(list);
                continue;
            }
            return head;
        }
    }

    /** Every timer still filed, in list order: for {@code .queues} and verbose traces. */
    public List<Timer> snapshot() {
        List<TimerList> ordered = new ArrayList<>(queue);
        ordered.sort(queue.comparator());
        List<Timer> all = new ArrayList<>();
        for (TimerList list : ordered) {
            for (Timer t = list.head; t != null; t = t.next) {
                all.add(t);
            }
        }
        return all;
    }
}

package looplab.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order in which the poll phase gets the completions of one batch. */
class CompletionQueueTest {
    private final CompletionQueue queue = new CompletionQueue();

    private static Callback completion(long id, long quickOrder) {
        Callback cb = new Callback(id, "fs.stat", null, Source.POLL, () -> { });
        cb.quickOrder = quickOrder;
        return cb;
    }

    private List<Long> takenIds() throws InterruptedException {
        return queue.await(0).stream().map(cb -> cb.id).toList();
    }

    @Test
    void quickCompletionsComeBackInTheOrderTheirRequestsWereMade() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            queue.begin(true);
        }
        queue.post(completion(12, 3), true, true);
        queue.post(completion(10, 1), true, true);
        queue.post(completion(11, 2), true, true);
        assertEquals(List.of(10L, 11L, 12L), takenIds());
    }

    @Test
    void otherCompletionsKeepTheirPlaceAmongThem() throws InterruptedException {
        queue.begin(true);
        queue.begin(false);
        queue.begin(true);
        queue.post(completion(2, 2), true, true);
        queue.post(completion(7, 0), false, true);   // CPU work: finished when it finished
        queue.post(completion(1, 1), true, true);
        assertEquals(List.of(1L, 7L, 2L), takenIds());
    }

    @Test
    void aSecondBatchIsOrderedOnItsOwn() throws InterruptedException {
        queue.begin(true);
        queue.post(completion(5, 4), true, true);
        assertEquals(List.of(5L), takenIds());
        queue.begin(true);
        queue.begin(true);
        queue.post(completion(6, 6), true, true);
        queue.post(completion(4, 5), true, true);
        assertEquals(List.of(4L, 6L), takenIds());
    }
}

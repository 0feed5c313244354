package looplab.engine.loop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the program sees of time spent between two clock reads on the virtual clock. */
class VirtualClockTest {

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void timeBetweenTwoReadsOfOneCallbackCounts() {
        Clock clock = Clock.virtual();
        double before = clock.observe();
        pause(300);
        assertTrue(clock.observe() - before >= 300);
    }

    @Test
    void looplabsOwnWorkBetweenTwoReadsDoesNotCountEvenNested() {
        Clock clock = Clock.virtual();
        double before = clock.observe();
        clock.beginOwnWork();
        clock.beginOwnWork(); // a runtime script loading another on its first use
        pause(150);
        clock.endOwnWork();
        pause(150);
        clock.endOwnWork();
        // Only the few calls around the own work remain (far less than the 300 ms it took).
        assertTrue(clock.observe() - before < 150);
    }

    @Test
    void ownWorkMarkedWithoutTheClockAtHandGoesToTheClockBoundToTheThread() {
        Clock clock = Clock.virtual();
        double before = clock.observe();
        try (OwnWork.Binding bound = OwnWork.bind(clock)) {
            OwnWork.begin(); // what the code cache does around reading an entry
            pause(300);
            OwnWork.end();
        }
        assertTrue(clock.observe() - before < 150);
        // Unbound, the marks are no-ops: the time counts again.
        double again = clock.observe();
        OwnWork.begin();
        pause(300);
        OwnWork.end();
        assertTrue(clock.observe() - again >= 300);
    }
}

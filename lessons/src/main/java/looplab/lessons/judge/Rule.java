package looplab.lessons.judge;

/**
 * A rule of the event loop that decided an order, as a learner should hear it.
 *
 * @param id   a stable name reports and statistics use ({@code nexttick-before-promises})
 * @param text the explanation, one or two sentences
 */
public record Rule(String id, String text) {}

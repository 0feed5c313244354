package looplab.shell.learn;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import looplab.engine.trace.TextStyle;
import looplab.engine.trace.TextTraceRenderer;
import looplab.engine.trace.TraceEvent;
import looplab.lessons.judge.ConstraintCheck;
import looplab.lessons.judge.ScriptVerdict;
import looplab.lessons.judge.Verdict;
import looplab.lessons.model.Constraint;
import looplab.lessons.run.RunOutcome;
import looplab.lessons.tutor.Labels;
import looplab.lessons.tutor.LessonProgress;
import looplab.lessons.tutor.LessonSession;
import looplab.lessons.tutor.Menu;
import looplab.lessons.tutor.Reply;

/**
 * Puts a lesson on a terminal, one line at a time: the step's prose, its code with line
 * numbers, the run replayed through the text trace, the shuffled lines of a question, and what a
 * prediction or a script came to. The same view serves {@code looplab learn} and the REPL's
 * {@code .lesson}; it only renders what the {@link LessonSession} decided.
 */
public final class LessonView {
    private final Consumer<String> out;
    private final TextStyle style;
    private final MarkdownText markdown;

    /**
     * @param out    where each finished line goes
     * @param colors whether ANSI styling may be used ({@code style} is then the colour style)
     */
    public LessonView(Consumer<String> out, TextStyle style, boolean colors) {
        this.out = out;
        this.style = colors ? style : TextStyle.PLAIN;
        this.markdown = new MarkdownText(this.style, colors);
    }

    /** The prompt for the learner's next input, from what the session waits for. */
    public static String prompt(LessonSession s) {
        if (s.awaitsAnswer()) {
            if (s.collecting()) {
                return "line " + (s.collected() + 1) + "/" + s.lineCount() + " > ";
            }
            return s.stage() == LessonSession.Stage.PREDICT ? "predict > " : "try again, or Enter to go on > ";
        }
        return switch (s.stage()) {
            case WRITE -> "Enter: check your script > ";
            default -> "Enter: next, q: quit > ";
        };
    }

    public void show(List<Reply> replies) {
        replies.forEach(this::show);
    }

    public void show(Reply reply) {
        if (reply instanceof Reply.StepShown s) {
            line("");
            line(bold("── Step " + s.number() + " of " + s.count() + " · " + s.heading() + " "
                    + "─".repeat(Math.max(3, 56 - s.heading().length()))));
            if (!s.prose().isBlank()) {
                line("");
                markdown(s.prose());
            }
        } else if (reply instanceof Reply.Code c) {
            code(c.snippet().name(), c.snippet().code());
        } else if (reply instanceof Reply.Ran r) {
            ran(r.legal());
        } else if (reply instanceof Reply.Question q) {
            question(q);
        } else if (reply instanceof Reply.Task t) {
            task(t);
        } else if (reply instanceof Reply.Text t) {
            text(t);
        } else if (reply instanceof Reply.Hint h) {
            line("");
            line(bold("Hint " + h.number() + " of " + h.total() + ":") + " " + first(h.markdown()));
            rest(h.markdown());
        } else if (reply instanceof Reply.MoreLines) {
            return; // the prompt counts the lines
        } else if (reply instanceof Reply.Judged j) {
            judged(j.verdict(), j.attempt());
        } else if (reply instanceof Reply.Checked c) {
            checked(c);
        } else if (reply instanceof Reply.Note n) {
            line(n.text());
        } else if (reply instanceof Reply.Warning w) {
            line(style.apply(TextStyle.Role.STDERR, "looplab: " + w.text()));
        } else if (reply instanceof Reply.Finished f) {
            LessonProgress.Summary sum = f.summary();
            line("");
            line(bold("── Lesson complete: " + f.lesson().title() + " ──"));
            line(sum.done() + " of " + sum.steps() + " steps done"
                    + (sum.percent() < 0 ? "" : " · score " + sum.percent() + "%") + ".");
        }
    }

    /** The list of lessons, numbered, with how far the learner got. */
    public void menu(List<Menu.Entry> entries) {
        line(bold("Lessons"));
        int idWidth = entries.stream().mapToInt(e -> e.lesson().id().length()).max().orElse(2);
        for (Menu.Entry e : entries) {
            LessonProgress.Summary s = e.summary();
            String status = s.finished() ? "✓ done" : s.started() ? s.done() + "/" + s.steps() + " steps" : "";
            if (s.percent() >= 0) {
                status += (status.isEmpty() ? "" : " · ") + "score " + s.percent() + "%";
            }
            line(String.format(Locale.ROOT, "  %2d. %-" + idWidth + "s  %s%s", e.number(), e.lesson().id(),
                    e.lesson().title(), status.isEmpty() ? "" : "   " + dim(status)));
        }
    }

    // ---------------------------------------------------------------- pieces

    private void code(String name, String code) {
        line("");
        line("  " + dim(name));
        String[] lines = code.replaceAll("\n+$", "").split("\n", -1);
        int width = String.valueOf(lines.length).length();
        for (int i = 0; i < lines.length; i++) {
            line("  " + dim(String.format(Locale.ROOT, "%" + width + "d │", i + 1)) + " " + lines[i]);
        }
    }

    private void ran(List<RunOutcome> legal) {
        line("");
        trace(legal.get(0));
        if (legal.size() > 1) {
            line("");
            line("Node does not guarantee this order. It may also print:");
            for (RunOutcome other : legal.subList(1, legal.size())) {
                line("  " + String.join("  →  ", other.texts()));
            }
        }
    }

    private void question(Reply.Question q) {
        line("");
        line(bold("What does it print, in which order?") + " Its lines, shuffled:");
        for (int i = 0; i < q.shuffled().size(); i++) {
            line(String.format(Locale.ROOT, "  %2d  %s", i + 1, q.shuffled().get(i)));
        }
        StringBuilder example = new StringBuilder();
        for (int i = Math.min(q.shuffled().size(), 3); i >= 1; i--) {
            example.append(example.length() == 0 ? "" : " ").append(i);
        }
        line("Type the numbers in the order you expect (e.g. " + example + "), or the lines themselves, one per line."
                + (q.hints() > 0 ? " " + q.hints() + (q.hints() == 1 ? " hint" : " hints") + " available (hint)." : ""));
    }

    private void task(Reply.Task t) {
        line("");
        line(bold("Your script: ") + t.file() + (t.created() ? "" : "  (your file from last time)"));
        if (!t.target().isEmpty()) {
            line("It must print, in this order:");
            t.target().forEach(l -> line("    " + l));
        }
        if (!t.constraints().isEmpty()) {
            line("Rules:");
            for (Constraint c : t.constraints()) {
                line("  - " + markdown.inline(c.text()));
            }
        }
        line("Edit it in your editor, save it, then press Enter here to check it. hint gives a hint, skip moves on.");
    }

    private void text(Reply.Text t) {
        line("");
        switch (t.kind()) {
            case CODA -> markdown(t.markdown());
            case WHY -> {
                line(bold("Why: ") + first(t.markdown()));
                rest(t.markdown());
            }
            case RACE -> {
                line(bold("Why more than one order is right: ") + first(t.markdown()));
                rest(t.markdown());
            }
        }
    }

    private void judged(Verdict v, int attempt) {
        line("");
        trace(v.matched());
        line("");
        if (v.correct()) {
            line(bold("✓ Right" + (attempt == 1 ? " at the first try!" : "!")));
            if (v.raced()) {
                line("Node can print this program's lines in " + v.legal().size()
                        + " orders; every one of them is accepted.");
            }
            return;
        }
        line(style.apply(TextStyle.Role.FATAL, "✗ Not quite.") + " " + divergence(v));
        if (v.rule() != null) {
            line(bold("Rule: ") + markdown.inline(v.rule().text()));
        }
        if (v.raced()) {
            line("(Node can print this program in " + v.legal().size() + " orders; the trace shows the one closest "
                    + "to yours.)");
        }
    }

    /** {@code Line 2: you put `promise` (microtask, after the main script) where `tick` (nextTick, …) comes.} */
    static String divergence(Verdict v) {
        String at = "Line " + (v.divergence() + 1) + ": ";
        if (v.instead() == null) {
            return at + "your answer ends, but the program goes on with `" + v.expected().text() + "` ("
                    + Labels.describe(v.expected()) + ").";
        }
        String yours = "`" + v.instead() + "`" + (v.insteadRan() == null ? "" : " (" + Labels.describe(v.insteadRan()) + ")");
        if (v.expected() == null) {
            return at + "you put " + yours + ", but the program prints nothing more.";
        }
        return at + "you put " + yours + " where `" + v.expected().text() + "` (" + Labels.describe(v.expected())
                + ") comes.";
    }

    private void checked(Reply.Checked c) {
        ScriptVerdict v = c.verdict();
        line("");
        trace(v.run());
        line("");
        if (v.passed()) {
            line(bold("✓ Your script passes" + (c.attempt() == 1 ? " at the first try!" : "!")));
        } else {
            // No rule here: it would explain the reference's order, not what the script did.
            line(style.apply(TextStyle.Role.FATAL, "✗ Not yet:") + " " + v.failure().message() + ".");
            if (v.otherOrder() != null) {
                line("In another order Node may pick, it prints: " + String.join("  →  ", v.otherOrder().texts()));
            }
        }
        for (ConstraintCheck k : v.constraints()) {
            line("  " + (k.met() ? "✓ " : "✗ ") + markdown.inline(k.constraint().text()) + dim(" — " + k.detail()));
        }
        if (!v.passed()) {
            line("Edit " + c.file().getFileName() + ", save, and press Enter to check again (skip moves on).");
        }
    }

    /** A run's output with the phase-annotated trace, replayed from its events. */
    private void trace(RunOutcome run) {
        PrintStream ps = new PrintStream(new Lines(out), true, StandardCharsets.UTF_8);
        TextTraceRenderer renderer = new TextTraceRenderer(ps, style, false);
        for (TraceEvent e : run.events()) {
            renderer.accept(e);
        }
        renderer.close();
        ps.flush();
    }

    // ---------------------------------------------------------------- text

    private void markdown(String text) {
        markdown.render(text).forEach(out);
    }

    private String first(String text) {
        List<String> lines = markdown.render(text);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private void rest(String text) {
        List<String> lines = markdown.render(text);
        lines.subList(Math.min(1, lines.size()), lines.size()).forEach(out);
    }

    private String bold(String s) {
        return style.apply(TextStyle.Role.HEADER, s);
    }

    private String dim(String s) {
        return style.apply(TextStyle.Role.DIM, s);
    }

    private void line(String s) {
        out.accept(s);
    }

    /** Splits what the trace renderer prints into lines. */
    private static final class Lines extends OutputStream {
        private final Consumer<String> out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(Consumer<String> out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                out.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}

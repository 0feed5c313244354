package looplab.shell.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Lessons over plain streams (stdin is a pipe or a file): prompts are printed, nothing is coloured. */
public final class PlainLearnConsole implements LearnConsole {
    private final BufferedReader in;
    private final PrintStream out;

    public PlainLearnConsole(InputStream in, PrintStream out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            out.println(line == null ? "" : line);
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void println(String line) {
        out.println(line);
    }

    @Override
    public boolean colors() {
        return false;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        out.flush();
    }
}

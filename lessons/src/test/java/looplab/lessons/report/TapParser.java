package looplab.lessons.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.engine.trace.JsonReader;

/**
 * Reads a TAP version 14 document the way the specification describes it (testanything.org,
 * "TAP 14"), failing on anything a conforming harness would reject: the version line first,
 * exactly one plan, test points numbered 1..N in order and as many as planned, YAML diagnostic
 * blocks right after their test point, opened by {@code ---} and closed by {@code ...} at the
 * point's indentation plus two spaces. The YAML read is the subset looplab writes: scalars
 * (double-quoted JSON strings, numbers, plain words) and lists of scalars.
 */
final class TapParser {
    private static final Pattern PLAN = Pattern.compile("^1\\.\\.(\\d+)(\\s+#.*)?$");
    private static final Pattern POINT = Pattern.compile("^(not )?ok\\b(?: (\\d+))?(?: -)?(?: (.*))?$");

    record Point(boolean ok, int number, String description, Map<String, Object> yaml) {}

    record Document(int planned, List<Point> points) {}

    static Document parse(String tap) {
        List<String> lines = List.of(tap.split("\n", -1));
        if (!lines.get(0).equals("TAP version 14")) {
            throw new IllegalArgumentException("line 1 is not 'TAP version 14'");
        }
        Integer planned = null;
        boolean planAtEnd = false;
        List<Point> points = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isEmpty() && n == lines.size() - 1) {
                break;
            }
            Matcher plan = PLAN.matcher(line);
            Matcher point = POINT.matcher(line);
            if (plan.matches()) {
                if (planned != null) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": a second plan");
                }
                planned = Integer.parseInt(plan.group(1));
                planAtEnd = !points.isEmpty();
            } else if (point.matches()) {
                if (planAtEnd) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": a test point after a trailing plan");
                }
                int number = point.group(2) == null ? points.size() + 1 : Integer.parseInt(point.group(2));
                if (number != points.size() + 1) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": test point " + number + " out of order");
                }
                Map<String, Object> yaml = Map.of();
                if (n + 1 < lines.size() && lines.get(n + 1).equals("  ---")) {
                    int end = n + 2;
                    while (end < lines.size() && !lines.get(end).equals("  ...")) {
                        if (!lines.get(end).startsWith("  ")) {
                            throw new IllegalArgumentException("line " + (end + 1) + ": YAML block line not indented");
                        }
                        end++;
                    }
                    if (end == lines.size()) {
                        throw new IllegalArgumentException("line " + (n + 2) + ": YAML block never closed by '  ...'");
                    }
                    yaml = yaml(lines.subList(n + 2, end), n + 3);
                    n = end;
                }
                points.add(new Point(point.group(1) == null, number, point.group(3), yaml));
            } else if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else {
                throw new IllegalArgumentException("line " + (n + 1) + ": not TAP: " + line);
            }
        }
        if (planned == null) {
            throw new IllegalArgumentException("no plan");
        }
        if (planned != points.size()) {
            throw new IllegalArgumentException("planned " + planned + " tests, found " + points.size());
        }
        return new Document(planned, points);
    }

    private static Map<String, Object> yaml(List<String> block, int firstLine) {
        Map<String, Object> m = new LinkedHashMap<>();
        String listKey = null;
        for (int i = 0; i < block.size(); i++) {
            String l = block.get(i).substring(2);
            if (l.startsWith("  - ") && listKey != null) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) m.get(listKey);
                list.add(scalar(l.substring(4), firstLine + i));
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || l.startsWith(" ") || !l.substring(0, colon).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("line " + (firstLine + i) + ": not a YAML key: " + l);
            }
            String key = l.substring(0, colon);
            String rest = l.substring(colon + 1).strip();
            if (m.containsKey(key)) {
                throw new IllegalArgumentException("line " + (firstLine + i) + ": key " + key + " twice");
            }
            if (rest.isEmpty()) {
                m.put(key, new ArrayList<>());
                listKey = key;
            } else if (rest.equals("[]")) {
                m.put(key, new ArrayList<>());
                listKey = null;
            } else {
                m.put(key, scalar(rest, firstLine + i));
                listKey = null;
            }
        }
        return m;
    }

    private static Object scalar(String s, int line) {
        if (s.startsWith("\"")) {
            return JsonReader.parse(s);
        }
        if (s.matches("-?\\d+(\\.\\d+)?")) {
            return Double.parseDouble(s);
        }
        if (s.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            return s;
        }
        throw new IllegalArgumentException("line " + line + ": a scalar looplab would quote: " + s);
    }
}

package looplab.lessons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import looplab.engine.trace.JsonReader;
import looplab.lessons.grade.GradeResult;
import looplab.lessons.model.Exercise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each machine-read format, read back by a parser or checked against its schema. */
class ReportFormatsTest {
    @TempDir
    static Path dir;
    private static Graded write;
    private static Graded predict;

    @BeforeAll
    static void grade() throws Exception {
        write = Graded.write(dir);
        predict = Graded.predict(dir);
    }

    private static List<Graded> both() {
        return List.of(write, predict);
    }

    @Test
    void junitValidatesAgainstTheSchemaAndItsCountsAddUp() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ReportFormatsTest.class.getResource("/looplab/lessons/report/junit.xsd"));
        for (Graded g : both()) {
            String xml = ReportFormat.JUNIT.render(g.exercise, g.results);
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
            NodeList cases = suite.getElementsByTagName("testcase");
            assertEquals(g.results.size(), cases.getLength());
            assertEquals(Integer.toString(cases.getLength()), suite.getAttribute("tests"));
            assertEquals(Integer.toString(suite.getElementsByTagName("failure").getLength()), suite.getAttribute("failures"));
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                GradeResult r = g.results.get(i);
                assertEquals(r.submission().name(), c.getAttribute("name"));
                assertEquals(r.passed(), c.getElementsByTagName("failure").getLength() == 0);
            }
        }
    }

    @Test
    void junitKeepsAnyTextAProgramPrints() throws Exception {
        assertEquals("a &lt;b&gt; &amp; \uFFFD\t", JunitReport.text("a <b> & \u0001\t"));
        assertEquals("&quot;x&quot;&#10;y", JunitReport.attr("\"x\"\ny"));
    }

    @Test
    void tapIsVersion14WithGotAndExpectOnEveryWrongOrder() {
        for (Graded g : both()) {
            TapParser.Document doc = TapParser.parse(ReportFormat.TAP.render(g.exercise, g.results));
            assertEquals(g.results.size(), doc.planned());
            for (int i = 0; i < g.results.size(); i++) {
                GradeResult r = g.results.get(i);
                TapParser.Point p = doc.points().get(i);
                assertEquals(r.passed(), p.ok(), r.submission().name());
                assertEquals(r.submission().name(), p.description());
                assertEquals(r.score(), (Double) p.yaml().get("score"), 1e-4);
                if (r.verdict() != null && !r.verdict().correct()) {
                    assertEquals(r.verdict().predicted(), p.yaml().get("got"));
                    assertEquals(r.verdict().matched().texts(), p.yaml().get("expect"));
                }
                if (!r.passed()) {
                    assertInstanceOf(String.class, p.yaml().get("message"));
                }
            }
        }
    }

    @Test
    void theTapCheckerRejectsWhatAHarnessWould() {
        assertThrows(IllegalArgumentException.class, () -> TapParser.parse("TAP version 13\n1..0\n"));
        assertThrows(IllegalArgumentException.class, () -> TapParser.parse("TAP version 14\n1..2\nok 1\n"));
        assertThrows(IllegalArgumentException.class, () -> TapParser.parse("TAP version 14\n1..1\nok 2\n"));
        assertThrows(IllegalArgumentException.class, () -> TapParser.parse("TAP version 14\n1..1\nok 1\n  ---\n  a: 1\n"));
    }

    private static final Set<String> TOP = Set.of("score", "execution_time", "output", "output_format",
            "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
            "leaderboard");
    private static final Set<String> TEST = Set.of("score", "max_score", "status", "name", "name_format", "number",
            "output", "output_format", "tags", "visibility", "extra_data");
    private static final Set<String> VISIBILITY = Set.of("hidden", "after_due_date", "after_published", "visible");
    private static final Set<String> FORMATS = Set.of("text", "html", "simple_format", "md", "ansi");

    @Test
    @SuppressWarnings("unchecked")
    void gradescopeCountsTheExercisesPoints() {
        Graded g = both().get(0);
        Exercise e = g.exercise;
        Exercise tenPoints = new Exercise(e.id(), e.title(), e.kind(), e.scoring(), e.task(), e.reference(), e.starter(),
                e.constraints(), e.hints(), e.why(), e.race(), e.files(), e.source(), e.file(), 10);
        for (GradeResult r : g.results) {
            Map<String, Object> doc = (Map<String, Object>) JsonReader.parse(GradescopeReport.render(tenPoints, r));
            Map<String, Object> test = (Map<String, Object>) ((List<Object>) doc.get("tests")).get(0);
            assertEquals(10.0, (Double) test.get("max_score"));
            assertEquals(10 * r.score(), (Double) test.get("score"), 1e-3);
            assertEquals(10 * r.score(), (Double) doc.get("score"), 1e-3);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void gradescopeResultsHaveTheFieldsGradescopeReads() {
        for (Graded g : both()) {
            for (GradeResult r : g.results) {
                Map<String, Object> doc = (Map<String, Object>) JsonReader.parse(GradescopeReport.render(g.exercise, r));
                assertTrue(TOP.containsAll(doc.keySet()), doc.keySet().toString());
                assertTrue(VISIBILITY.contains(doc.get("visibility")));
                assertTrue(VISIBILITY.contains(doc.get("stdout_visibility")));
                assertTrue(FORMATS.contains(doc.get("output_format")));
                List<Object> tests = (List<Object>) doc.get("tests");
                assertFalse(tests.isEmpty());
                double sum = 0;
                for (Object o : tests) {
                    Map<String, Object> t = (Map<String, Object>) o;
                    assertTrue(TEST.containsAll(t.keySet()), t.keySet().toString());
                    assertInstanceOf(String.class, t.get("name"));
                    assertInstanceOf(String.class, t.get("output"));
                    double score = (Double) t.get("score");
                    double max = (Double) t.get("max_score");
                    assertTrue(score >= 0 && score <= max);
                    assertTrue(VISIBILITY.contains(t.get("visibility")));
                    assertTrue(FORMATS.contains(t.get("output_format")));
                    assertEquals(r.passed() ? "passed" : "failed", t.get("status"));
                    sum += score;
                }
                assertEquals(sum, (Double) doc.get("score"), 1e-4);
                assertEquals(r.score(), (Double) doc.get("score"), 1e-4);
            }
            // Several on one stream: one results.json per line.
            List<String> lines = GradescopeReport.lines(g.exercise, g.results).lines().toList();
            assertEquals(g.results.size(), lines.size());
            lines.forEach(JsonReader::parse);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonReadsBackWithItsTotals() {
        for (Graded g : both()) {
            Map<String, Object> doc = (Map<String, Object>) JsonReader.parse(ReportFormat.JSON.render(g.exercise, g.results));
            Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
            List<Object> results = (List<Object>) doc.get("results");
            assertEquals(g.results.size(), results.size());
            assertEquals((double) g.results.size(), summary.get("submissions"));
            long passed = g.results.stream().filter(GradeResult::passed).count();
            assertEquals((double) passed, summary.get("passed"));
            for (int i = 0; i < results.size(); i++) {
                Map<String, Object> r = (Map<String, Object>) results.get(i);
                assertEquals(g.results.get(i).submission().name(), r.get("submission"));
                assertNotNull(r.get("status"));
            }
        }
    }
}

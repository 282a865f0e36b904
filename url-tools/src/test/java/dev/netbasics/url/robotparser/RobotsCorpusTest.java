package dev.netbasics.url.robotparser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The robots.txt corpus: RFC 9309 answers worked out by hand, Python's checked against python3 itself. */
class RobotsCorpusTest {

    record Case(String block, String robots, String agent, String path, String rfc, String python) {
        String describe() {
            return block + ": " + agent + " " + path;
        }
    }

    @Test
    void rfc9309AnswersMatchTheCorpus() throws IOException {
        List<Case> cases = corpus();
        assertTrue(cases.size() >= 50, "corpus too small: " + cases.size());
        for (Case c : cases) {
            RobotsRules rules = RobotsRules.parse(c.robots().getBytes(StandardCharsets.UTF_8));
            assertEquals(c.rfc(), answer(rules.isAllowed(c.agent(), c.path())), c.describe());
        }
    }

    @Test
    void pythonCompatAnswersMatchTheCorpus() throws IOException {
        for (Case c : corpus()) {
            PythonRobotParser parser = PythonRobotParser.parse(c.robots().getBytes(StandardCharsets.UTF_8));
            assertEquals(c.python(), answer(parser.canFetch(c.agent(), c.path())), c.describe());
        }
    }

    @Test
    void storedPythonAnswersAreWhatPython3Gives() throws IOException, InterruptedException {
        List<String> answers = PythonScript.run(resource("robotparser_answers.py"), resource("corpus.txt"));
        List<Case> cases = corpus();
        assertEquals(cases.size(), answers.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).python(), answers.get(i), cases.get(i).describe());
        }
    }

    /** The expectations of CPython's test_robotparser for crawl_delay(), request_rate() and site_maps(). */
    @Test
    void infoIsWhatCPythonsOwnTestsExpect() throws IOException {
        PythonRobotParser figtree = PythonRobotParser.parse(robots("CPython test_robotparser DifferentAgentTest"));
        for (String agent : List.of("figtree", "FigTree Robot libwww-perl/5.04")) {
            assertEquals("3", figtree.crawlDelay(agent), agent);
            assertEquals("RequestRate(requests=9, seconds=30)", figtree.requestRate(agent), agent);
        }
        PythonRobotParser defaultEntry = PythonRobotParser.parse(robots("CPython test_robotparser DefaultEntryTest"));
        assertEquals("1", defaultEntry.crawlDelay("test_robotparser"));
        assertEquals("RequestRate(requests=3, seconds=15)", defaultEntry.requestRate("test_robotparser"));
        PythonRobotParser empty = PythonRobotParser.parse(robots("CPython test_robotparser EmptyFileTest"));
        assertEquals("None", empty.crawlDelay("test_robotparser"));
        assertEquals("None", empty.requestRate("test_robotparser"));
        assertEquals("None", empty.siteMaps());
        assertEquals("['http://www.gstatic.com/s2/sitemaps/profiles-sitemap.xml',"
                + " 'http://www.google.com/hostednews/sitemap_index.xml']",
                PythonRobotParser.parse(robots("CPython test_robotparser SitemapTest")).siteMaps());
        assertEquals("None", PythonRobotParser.parse(robots("CPython test_robotparser UserAgentWildcardTest")).siteMaps());
    }

    private static byte[] robots(String block) throws IOException {
        for (Case c : corpus()) {
            if (c.block().equals(block)) {
                return c.robots().getBytes(StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no block " + block);
    }

    static List<Case> corpus() throws IOException {
        String text = new String(resource("corpus.txt"), StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        String[] blocks = text.split("\n=== ");
        for (int b = 1; b < blocks.length; b++) {
            String[] nameAndRest = blocks[b].split("\n", 2);
            String[] robotsAndCases = nameAndRest[1].split("\n---\n", 2);
            for (String line : robotsAndCases[1].strip().split("\n")) {
                String[] words = line.split(" ");
                int n = words.length;
                String agent = String.join(" ", Arrays.copyOfRange(words, 0, n - 3));
                cases.add(new Case(nameAndRest[0], robotsAndCases[0], agent, words[n - 3], words[n - 2], words[n - 1]));
            }
        }
        return cases;
    }

    private static String answer(boolean allowed) {
        return allowed ? "allowed" : "disallowed";
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RobotsCorpusTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

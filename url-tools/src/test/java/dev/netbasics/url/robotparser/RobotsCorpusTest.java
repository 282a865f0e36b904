package dev.netbasics.url.robotparser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    static List<Case> corpus() throws IOException {
        String text = new String(resource("corpus.txt"), StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        String[] blocks = text.split("\n=== ");
        for (int b = 1; b < blocks.length; b++) {
            String[] nameAndRest = blocks[b].split("\n", 2);
            String[] robotsAndCases = nameAndRest[1].split("\n---\n", 2);
            for (String line : robotsAndCases[1].strip().split("\n")) {
                String[] fields = line.split(" ");
                cases.add(new Case(nameAndRest[0], robotsAndCases[0], fields[0], fields[1], fields[2], fields[3]));
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

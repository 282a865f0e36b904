package dev.netbasics.url.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every corpus case against the answer CPython gave when the corpus was last regenerated (see
 * src/test/python/urlparse_oracle.py); runs without Python.
 */
class UrlParseCorpusTest {

    static final String CORPUS = "corpus.jsonl";
    static final String EXPECTED = "expected.jsonl";

    @Test
    void everyCaseGivesWhatCPythonGave() throws IOException {
        List<Map<String, Object>> corpus = readCases(CORPUS);
        List<Map<String, Object>> expected = readCases(EXPECTED);
        assertTrue(corpus.size() >= 300, "corpus of " + corpus.size());
        assertEquals(corpus.size(), expected.size(), "expected.jsonl is stale: regenerate it");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            assertEquals(corpus.get(i), expected.get(i).get("case"),
                    "expected.jsonl line " + (i + 1) + " answers another case: regenerate it");
            String python = (String) expected.get(i).get("expect");
            String java = UrlParseCases.evaluate(corpus.get(i));
            if (!python.equals(java)) {
                failures.add(Differences.describe(corpus.get(i), python, java));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + corpus.size() + " cases differ from CPython:\n"
                + String.join("\n", failures));
    }

    static List<Map<String, Object>> readCases(String resource) throws IOException {
        try (InputStream in = UrlParseCorpusTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing resource " + resource);
            List<Map<String, Object>> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    cases.add(JsonValues.parseObject(line));
                }
            }
            return cases;
        }
    }
}

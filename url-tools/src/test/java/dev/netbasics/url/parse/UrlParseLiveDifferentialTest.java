package dev.netbasics.url.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netbasics.cli.Prerequisites;
import dev.netbasics.url.PythonInterpreter;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus and a few thousand seeded random cases, answered by the python3 of this machine in one batch
 * and compared with the Java implementation. Skipped where no python3 is installed, or where its
 * urllib.parse is not the reference the stored expectations come from.
 */
class UrlParseLiveDifferentialTest {

    private static final Path ORACLE = Path.of("src/test/python/urlparse_oracle.py");
    private static final String REFERENCE = "3.11 bracketed_netloc_check=True rtsps=False";
    private static final long SEED = 20_240_611L;
    private static final int GENERATED_STRINGS = 400;

    /** Pieces of URLs that trip parsers: delimiters, escapes good and bad, controls, look-alikes, surrogates. */
    private static final String[] PIECES = {
        "http", "HTTPS", "ftp", "file", "mailto", "svn+ssh", "a.b-c+d", "1x", "tel", "rtsps", "git", "ws",
        ":", "//", "/", "?", "#", ";", "@", "[", "]", "::1", "v1.x", "vF.", "1.2.3.4", "fe80::1", "%eth0",
        "%", "%25", "%2", "%zz", "%41", "%C3%A9", "%C3", "%E2%82", "%F0%9F%98%80", "%ED%A0%80", "%FF", "%c0%af",
        ":80", ":65536", ":0x1", ":\u0663", "=", "&", "+", " ", "\t", "\n", "\r", "\u0000", "\u001f", "\u007f",
        "\u000b", ".", "..", "./", "../", "a", "B", "0", "\u00e9", "\u0130", "\u03a3", "\u00df", "\u2100", "\uff03",
        "\uff0f", "\uff1a", "\ufe6b", "\u00a0", "\u2028", "\u200b", "\ufeff", "\ud83d\ude00", "\ud800", "\udfff",
        "\u0897", "\ua7cb", "user:pw@", "~", "'", "\"", "\\", "\u0345", "\u01c5",
    };

    private static final String[] BASES = {
        "http://a/b/c/d;p?q", "https://u@h:1/x/y/", "ftp://h/a;type=i", "file:///tmp/", "mailto:a@b", "//h/p",
        "rel/path", "svn+ssh://h/a/b", "http://[::1]/a/b", "tel:123;x", "http://a", "",
    };

    @TempDir
    Path temp;

    @Test
    void pythonAnswersEveryCaseAsTheJavaImplementation() throws Exception {
        Optional<Path> python = PythonInterpreter.find();
        Prerequisites.requirePeer(python.isPresent(), "python3");
        List<Map<String, Object>> cases = new ArrayList<>();
        cases.add(Map.of("op", "about"));
        cases.addAll(UrlParseCorpusTest.readCases(UrlParseCorpusTest.CORPUS));
        cases.addAll(generatedCases(new Random(SEED)));

        List<Map<String, Object>> answers = ask(python.get(), cases);
        assertEquals(cases.size(), answers.size(), "answers from " + python.get());
        String about = (String) answers.getFirst().get("expect");
        Prerequisites.assumeMachine(REFERENCE.equals(about), python.get() + " has another urllib.parse (" + about
                + ") than the reference, Debian 12's python3.11 (" + REFERENCE + ")");

        List<String> failures = new ArrayList<>();
        for (int i = 1; i < cases.size(); i++) {
            Map<String, Object> answered = answers.get(i);
            assertEquals(cases.get(i), answered.get("case"), "answer " + i + " belongs to another case");
            String expected = (String) answered.get("expect");
            String actual = UrlParseCases.evaluate(cases.get(i));
            if (!expected.equals(actual)) {
                failures.add(Differences.describe(cases.get(i), expected, actual));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + (cases.size() - 1) + " cases differ from "
                + python.get() + ":\n" + String.join("\n", failures));
    }

    private List<Map<String, Object>> ask(Path python, List<Map<String, Object>> cases) throws Exception {
        assertTrue(Files.isRegularFile(ORACLE), ORACLE.toAbsolutePath() + " (tests run in the module directory)");
        File errors = temp.resolve("oracle.err").toFile();
        Process process = new ProcessBuilder(python.toString(), "-I", ORACLE.toString())
                .redirectError(errors)
                .start();
        Thread writer = Thread.ofVirtual().start(() -> {
            try (OutputStream in = process.getOutputStream()) {
                for (Map<String, Object> testCase : cases) {
                    in.write((JsonValues.write(testCase) + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Map<String, Object>> answers = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                answers.add(JsonValues.parseObject(line));
            }
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            writer.join();
        }
        assertEquals(0, process.exitValue(), "the oracle failed:\n" + Files.readString(errors.toPath()));
        return answers;
    }

    /** For each random string: every operation on it, and joins with it as base and as reference. */
    private static List<Map<String, Object>> generatedCases(Random random) {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int i = 0; i < GENERATED_STRINGS; i++) {
            String string = i % 2 == 0 ? randomText(random) : randomUrl(random);
            cases.add(testCase("urlparse", "url", string));
            cases.add(testCase("urlsplit", "url", string));
            cases.add(testCase("quote", "string", string));
            cases.add(testCase("quote", "string", string, "safe", randomText(random)));
            cases.add(testCase("quote_plus", "string", string));
            cases.add(testCase("unquote", "string", string));
            cases.add(testCase("unquote_plus", "string", string));
            cases.add(testCase("repr", "string", string));
            cases.add(testCase("lower", "string", string));
            cases.add(testCase("urljoin", "base", BASES[random.nextInt(BASES.length)], "url", string));
            cases.add(testCase("urljoin", "base", string, "url", randomRelative(random)));
            Map<String, Object> qsl = testCase("parse_qsl", "qs", string);
            qsl.put("keep_blank_values", random.nextBoolean());
            qsl.put("strict_parsing", random.nextInt(4) == 0);
            qsl.put("separator", new String[] {"&", ";", "&&", "="}[random.nextInt(4)]);
            if (random.nextInt(4) == 0) {
                qsl.put("max_num_fields", random.nextInt(5));
            }
            cases.add(qsl);
            cases.add(testCase("urlencode", "pairs", List.of(List.of(string, randomText(random))),
                    "safe", random.nextBoolean() ? "" : randomText(random)));
        }
        return cases;
    }

    private static Map<String, Object> testCase(String op, Object... keysAndValues) {
        Map<String, Object> testCase = new LinkedHashMap<>();
        testCase.put("op", op);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            testCase.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return testCase;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** scheme://userinfo@host:port/path;params?query#fragment, each part left out or made odd at random. */
    private static String randomUrl(Random random) {
        StringBuilder url = new StringBuilder();
        if (random.nextInt(4) > 0) {
            url.append(new String[] {"http", "HTTPS", "ftp", "file", "svn+ssh", "mailto", "x-y.z", "1a"}
                    [random.nextInt(8)]).append(':');
        }
        if (random.nextInt(4) > 0) {
            url.append("//");
            if (random.nextBoolean()) {
                url.append(randomText(random)).append('@');
            }
            url.append(random.nextBoolean() ? "[" + randomText(random) + "]" : randomText(random));
            if (random.nextBoolean()) {
                url.append(':').append(random.nextBoolean() ? Integer.toString(random.nextInt(70_000))
                        : randomText(random));
            }
        }
        url.append('/').append(randomText(random));
        if (random.nextBoolean()) {
            url.append(';').append(randomText(random));
        }
        if (random.nextBoolean()) {
            url.append('?').append(randomText(random));
        }
        if (random.nextBoolean()) {
            url.append('#').append(randomText(random));
        }
        return url.toString();
    }

    private static String randomRelative(Random random) {
        StringBuilder ref = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
            ref.append(new String[] {"..", ".", "g", "", ";x", "?y", "#s", "//h", "http:"}[random.nextInt(9)]);
            ref.append(random.nextBoolean() ? "/" : "");
        }
        return ref.toString();
    }
}

package dev.netbasics.url.parse;

import dev.netbasics.cli.python.PythonRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The Java side of src/test/python/urlparse_oracle.py: renders a case exactly as the oracle does, a repr
 * or {@code !<exception class>: <message>}, so that the two texts can be compared as they are.
 */
final class UrlParseCases {

    private UrlParseCases() {
    }

    static String evaluate(Map<String, Object> testCase) {
        String op = (String) testCase.get("op");
        return switch (op) {
            case "urlparse" -> urlResult(() -> UrlParser.urlparse(text(testCase, "url")));
            case "urlsplit" -> urlResult(() -> UrlParser.urlsplit(text(testCase, "url")));
            case "urljoin" -> attempt(() -> UrlParser.urljoin(text(testCase, "base"), text(testCase, "url")));
            case "quote" -> attempt(() -> UrlParser.quote(text(testCase, "string"), safe(testCase, "/")));
            case "quote_plus" -> attempt(() -> UrlParser.quotePlus(text(testCase, "string"), safe(testCase, "")));
            case "unquote" -> attempt(() -> UrlParser.unquote(text(testCase, "string")));
            case "unquote_plus" -> attempt(() -> UrlParser.unquotePlus(text(testCase, "string")));
            case "urlencode" -> attempt(() -> UrlParser.urlencode(pairs(testCase), safe(testCase, "")));
            case "parse_qsl" -> parseQsl(testCase);
            case "repr" -> PythonRepr.repr(text(testCase, "string"));
            case "lower" -> PythonRepr.repr(PythonStrings.lower(text(testCase, "string")));
            case "strip" -> PythonRepr.repr(PythonStrings.strip(text(testCase, "string")));
            case "splitlines" -> listRepr(PythonStrings.splitlines(text(testCase, "string")));
            case "table" -> table(text(testCase, "name"));
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    private static String urlResult(Supplier<UrlParser.Result> parse) {
        UrlParser.Result result;
        try {
            result = parse.get();
        } catch (PythonError e) {
            return error(e);
        }
        return result.repr()
                + "\nusername=" + attempt(result::username)
                + "\npassword=" + attempt(result::password)
                + "\nhostname=" + attempt(result::hostname)
                + "\nport=" + attempt(result::port);
    }

    private static String parseQsl(Map<String, Object> testCase) {
        try {
            return UrlParser.QueryField.repr(UrlParser.parseQsl(text(testCase, "qs"),
                    (Boolean) testCase.getOrDefault("keep_blank_values", false),
                    (Boolean) testCase.getOrDefault("strict_parsing", false),
                    (Integer) testCase.get("max_num_fields"),
                    (String) testCase.getOrDefault("separator", "&")));
        } catch (PythonError e) {
            return error(e);
        }
    }

    /** repr() of the value (None for null, digits for a number), or the Python exception it raised. */
    private static String attempt(Supplier<Object> function) {
        try {
            Object value = function.get();
            if (value == null) {
                return "None";
            }
            return value instanceof String text ? PythonRepr.repr(text) : value.toString();
        } catch (PythonError e) {
            return error(e);
        }
    }

    private static String error(PythonError e) {
        return "!" + e.pythonType() + ": " + e.getMessage();
    }

    private static String listRepr(List<String> items) {
        List<String> reprs = new ArrayList<>();
        items.forEach(item -> reprs.add(PythonRepr.repr(item)));
        return "[" + String.join(", ", reprs) + "]";
    }

    /** The oracle's Unicode tables, computed from the Java side's own str operations. */
    private static String table(String name) {
        return switch (name) {
            case "nonprintable" -> ranges(c -> !PythonRepr.isPrintable(c));
            case "space" -> ranges(c -> PythonStrings.strip("a" + Character.toString(c)).equals("a"));
            case "linebreak" -> ranges(c -> PythonStrings.splitlines("a" + Character.toString(c) + "b").size() == 2);
            case "lower" -> lowerChanges();
            case "final_sigma_after" -> ranges(c -> PythonStrings.lower("A" + Character.toString(c) + "\u03a3")
                    .endsWith("\u03c2"));
            case "final_sigma_before" -> ranges(c -> PythonStrings.lower("A\u03a3" + Character.toString(c))
                    .charAt(1) == '\u03c2');
            default -> throw new IllegalArgumentException("unknown table " + name);
        };
    }

    private static String ranges(IntPredicate predicate) {
        List<String> found = new ArrayList<>();
        int start = -1;
        for (int c = 0; c <= Character.MAX_CODE_POINT + 1; c++) {
            if (c <= Character.MAX_CODE_POINT && predicate.test(c)) {
                if (start < 0) {
                    start = c;
                }
            } else if (start >= 0) {
                found.add(start == c - 1 ? Integer.toHexString(start)
                        : Integer.toHexString(start) + "-" + Integer.toHexString(c - 1));
                start = -1;
            }
        }
        return String.join(" ", found);
    }

    private static String lowerChanges() {
        List<String> changes = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String original = Character.toString(c);
            String lower = PythonStrings.lower(original);
            if (!lower.equals(original)) {
                List<String> hex = new ArrayList<>();
                lower.codePoints().forEach(x -> hex.add(Integer.toHexString(x)));
                changes.add(Integer.toHexString(c) + ":" + String.join(".", hex));
            }
        }
        return String.join(" ", changes);
    }

    private static String text(Map<String, Object> testCase, String key) {
        return (String) testCase.get(key);
    }

    private static String safe(Map<String, Object> testCase, String pythonDefault) {
        return (String) testCase.getOrDefault("safe", pythonDefault);
    }

    private static List<UrlParser.QueryField> pairs(Map<String, Object> testCase) {
        List<UrlParser.QueryField> pairs = new ArrayList<>();
        for (Object pair : (List<?>) testCase.get("pairs")) {
            List<?> nameAndValue = (List<?>) pair;
            pairs.add(new UrlParser.QueryField((String) nameAndValue.get(0), (String) nameAndValue.get(1)));
        }
        return pairs;
    }
}

package dev.netbasics.url.parse;

import dev.netbasics.cli.python.PythonRepr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.Set;
import java.util.StringJoiner;

/**
 * CPython 3.11's urllib.parse for str arguments, quirks included: urlsplit, urlparse, their inverses,
 * urljoin, quote, unquote and their "plus" forms, urlencode and parse_qsl. The reference is Debian 12's
 * python3.11 (3.11.2 with the fixes for CVE-2023-24329, CVE-2024-11168 and CVE-2025-0938), whose scheme
 * lists lack the 'rtsps' that upstream added in a later 3.11 release.
 */
public final class UrlParser {

    private static final Set<String> USES_RELATIVE = Set.of("", "ftp", "http", "gopher", "nntp", "imap", "wais",
            "file", "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss");

    private static final Set<String> USES_NETLOC = Set.of("", "ftp", "http", "gopher", "nntp", "telnet", "imap",
            "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn",
            "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss");

    private static final Set<String> USES_PARAMS = Set.of("", "ftp", "hdl", "prospero", "http", "imap", "https",
            "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel");

    /** Letters, digits and "_.-~": never quoted. */
    private static final boolean[] ALWAYS_SAFE = new boolean[128];

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    static {
        String alwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";
        for (int i = 0; i < alwaysSafe.length(); i++) {
            ALWAYS_SAFE[alwaysSafe.charAt(i)] = true;
        }
    }

    private UrlParser() {
    }

    /**
     * A named tuple urlsplit or urlparse returns, with the properties Python computes from its netloc: null is
     * None, and a property Python would raise on throws that {@link PythonError}.
     */
    public sealed interface Result permits SplitComponents, Components {

        String netloc();

        /** Python's class name. */
        default String typeName() {
            return this instanceof Components ? "ParseResult" : "SplitResult";
        }

        /** Field names and values, in tuple order. */
        SequencedMap<String, String> fields();

        /** {@code repr()} of the named tuple. */
        default String repr() {
            StringJoiner out = new StringJoiner(", ", typeName() + "(", ")");
            fields().forEach((name, value) -> out.add(name + "=" + PythonRepr.repr(value)));
            return out.toString();
        }

        default String username() {
            return NetlocAttributes.username(netloc());
        }

        default String password() {
            return NetlocAttributes.password(netloc());
        }

        default String hostname() {
            return NetlocAttributes.hostname(netloc());
        }

        default Integer port() {
            return NetlocAttributes.port(netloc());
        }
    }

    /** urlsplit's SplitResult. */
    public record SplitComponents(String scheme, String netloc, String path, String query, String fragment)
            implements Result {

        @Override
        public SequencedMap<String, String> fields() {
            return namedFields("scheme", scheme, "netloc", netloc, "path", path, "query", query,
                    "fragment", fragment);
        }
    }

    /** urlparse's ParseResult. */
    public record Components(String scheme, String netloc, String path, String params, String query,
            String fragment) implements Result {

        public Components withPath(String newPath) {
            return new Components(scheme, netloc, newPath, params, query, fragment);
        }

        @Override
        public SequencedMap<String, String> fields() {
            return namedFields("scheme", scheme, "netloc", netloc, "path", path, "params", params,
                    "query", query, "fragment", fragment);
        }
    }

    private static SequencedMap<String, String> namedFields(String... namesAndValues) {
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** A name and value pair of a query string, as parse_qsl returns and urlencode takes them. */
    public record QueryField(String name, String value) {

        /** Python's repr of a list of (name, value) tuples. */
        public static String repr(List<QueryField> fields) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            for (QueryField field : fields) {
                out.add("(" + PythonRepr.repr(field.name) + ", " + PythonRepr.repr(field.value) + ")");
            }
            return out.toString();
        }
    }

    public static SplitComponents urlsplit(String url) {
        return urlsplit(url, "");
    }

    /**
     * The scheme urllib.request opens a URL with, lower-cased, as {@code _splittype} finds it: the text before the
     * first colon, if there is one and no slash before it; else null.
     */
    public static String schemeOf(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || url.lastIndexOf('/', colon) >= 0) {
            return null;
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** {@code urlsplit(url, scheme)}: the scheme argument is the default when the URL has none. */
    static SplitComponents urlsplit(String url, String defaultScheme) {
        // Like WHATWG: leading C0 controls and spaces go (trailing ones stay), tabs and newlines anywhere.
        String rest = removeTabsAndNewlines(stripC0ControlOrSpace(url, true, false));
        String scheme = removeTabsAndNewlines(stripC0ControlOrSpace(defaultScheme, true, true));
        String netloc = "";
        String query = "";
        String fragment = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && isAsciiLetter(rest.charAt(0)) && isSchemeName(rest, colon)) {
            scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char delimiter : new char[] {'/', '?', '#'}) {
                int at = rest.indexOf(delimiter, 2);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            netloc = rest.substring(2, end);
            rest = rest.substring(end);
            checkBrackets(netloc);
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        checkNormalizedNetloc(netloc);
        return new SplitComponents(scheme, netloc, rest, query, fragment);
    }

    public static Components urlparse(String url) {
        return urlparse(url, "");
    }

    /** urlsplit, then ";params" split off the last path segment for the schemes that use them. */
    static Components urlparse(String url, String defaultScheme) {
        SplitComponents split = urlsplit(url, defaultScheme);
        String path = split.path();
        String params = "";
        if (USES_PARAMS.contains(split.scheme()) && path.indexOf(';') >= 0) {
            int lastSlash = path.lastIndexOf('/');
            int semicolon = path.indexOf(';', Math.max(lastSlash, 0));
            if (semicolon >= 0) {
                params = path.substring(semicolon + 1);
                path = path.substring(0, semicolon);
            }
        }
        return new Components(split.scheme(), split.netloc(), path, params, split.query(), split.fragment());
    }

    static String urlunsplit(SplitComponents parts) {
        String url = parts.path();
        if (!parts.netloc().isEmpty()
                || (!parts.scheme().isEmpty() && USES_NETLOC.contains(parts.scheme()) && !url.startsWith("//"))) {
            if (!url.isEmpty() && !url.startsWith("/")) {
                url = "/" + url;
            }
            url = "//" + parts.netloc() + url;
        }
        if (!parts.scheme().isEmpty()) {
            url = parts.scheme() + ":" + url;
        }
        if (!parts.query().isEmpty()) {
            url = url + "?" + parts.query();
        }
        if (!parts.fragment().isEmpty()) {
            url = url + "#" + parts.fragment();
        }
        return url;
    }

    public static String urlunparse(Components parts) {
        String path = parts.params().isEmpty() ? parts.path() : parts.path() + ";" + parts.params();
        return urlunsplit(new SplitComponents(parts.scheme(), parts.netloc(), path, parts.query(), parts.fragment()));
    }

    /**
     * {@code urljoin(base, url)}: RFC 3986 section 5.2 for the schemes in {@link #USES_RELATIVE}; a reference
     * with another scheme, or one of the other schemes, comes back untouched.
     */
    public static String urljoin(String base, String url) {
        if (base.isEmpty()) {
            return url;
        }
        if (url.isEmpty()) {
            return base;
        }
        Components from = urlparse(base);
        Components ref = urlparse(url, from.scheme());
        String scheme = ref.scheme();
        if (!scheme.equals(from.scheme()) || !USES_RELATIVE.contains(scheme)) {
            return url;
        }
        String netloc = ref.netloc();
        if (USES_NETLOC.contains(scheme)) {
            if (!netloc.isEmpty()) {
                return urlunparse(ref);
            }
            netloc = from.netloc();
        }
        if (ref.path().isEmpty() && ref.params().isEmpty()) {
            String query = ref.query().isEmpty() ? from.query() : ref.query();
            return urlunparse(new Components(scheme, netloc, from.path(), from.params(), query, ref.fragment()));
        }
        List<String> segments = new ArrayList<>();
        if (ref.path().startsWith("/")) {
            segments.addAll(PythonStrings.split(ref.path(), "/"));
        } else {
            List<String> baseParts = new ArrayList<>(PythonStrings.split(from.path(), "/"));
            // The last base segment names a document, not a directory, unless it is empty.
            if (!baseParts.getLast().isEmpty()) {
                baseParts.removeLast();
            }
            segments.addAll(baseParts);
            segments.addAll(PythonStrings.split(ref.path(), "/"));
            // Empty inner segments would become doubled slashes.
            for (int i = segments.size() - 2; i >= 1; i--) {
                if (segments.get(i).isEmpty()) {
                    segments.remove(i);
                }
            }
        }
        List<String> resolved = new ArrayList<>();
        for (String segment : segments) {
            if (segment.equals("..")) {
                if (!resolved.isEmpty()) {
                    resolved.removeLast();
                }
            } else if (!segment.equals(".")) {
                resolved.add(segment);
            }
        }
        String last = segments.getLast();
        if (last.equals(".") || last.equals("..")) {
            resolved.add("");
        }
        String path = String.join("/", resolved);
        return urlunparse(new Components(scheme, netloc, path.isEmpty() ? "/" : path, ref.params(), ref.query(),
                ref.fragment()));
    }

    /** {@code quote(string, safe)}: UTF-8 bytes, each %XX-escaped unless always safe or an ASCII char of safe. */
    public static String quote(String string, String safe) {
        if (string.isEmpty()) {
            return string;
        }
        boolean[] safeBytes = ALWAYS_SAFE.clone();
        for (int i = 0; i < safe.length(); i++) {
            if (safe.charAt(i) < 128) {
                safeBytes[safe.charAt(i)] = true;
            }
        }
        StringBuilder out = new StringBuilder(string.length());
        for (byte b : PythonUtf8.encode(string)) {
            int value = b & 0xff;
            if (value < 128 && safeBytes[value]) {
                out.append((char) value);
            } else {
                out.append('%').append(HEX_DIGITS[value >> 4]).append(HEX_DIGITS[value & 0xf]);
            }
        }
        return out.toString();
    }

    /** {@code quote_plus(string, safe)}: like quote, and spaces become '+'. */
    public static String quotePlus(String string, String safe) {
        if (string.indexOf(' ') < 0) {
            return quote(string, safe);
        }
        return quote(string, safe + " ").replace(' ', '+');
    }

    /**
     * {@code unquote(string)}: %XX escapes become bytes, decoded as UTF-8 with invalid sequences replaced by
     * U+FFFD; a '%' not followed by two hex digits stays. Escapes separated by a non-ASCII character are
     * decoded apart, as CPython does.
     */
    public static String unquote(String string) {
        if (string.indexOf('%') < 0) {
            return string;
        }
        StringBuilder out = new StringBuilder(string.length());
        ByteArrayOutputStream asciiRun = new ByteArrayOutputStream();
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c >= 0x80) {
                flush(asciiRun, out);
                out.append(c);
            } else if (c == '%' && i + 2 < string.length() && hexValue(string.charAt(i + 1)) >= 0
                    && hexValue(string.charAt(i + 2)) >= 0) {
                asciiRun.write(hexValue(string.charAt(i + 1)) << 4 | hexValue(string.charAt(i + 2)));
                i += 2;
            } else {
                asciiRun.write(c);
            }
        }
        flush(asciiRun, out);
        return out.toString();
    }

    /** {@code unquote_to_bytes(string)}: the UTF-8 bytes, each valid %XX escape as its byte. */
    public static byte[] unquoteToBytes(String string) {
        byte[] encoded = string.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length);
        for (int i = 0; i < encoded.length; i++) {
            if (encoded[i] == '%' && i + 2 < encoded.length && hexValue((char) encoded[i + 1]) >= 0
                    && hexValue((char) encoded[i + 2]) >= 0) {
                out.write(hexValue((char) encoded[i + 1]) << 4 | hexValue((char) encoded[i + 2]));
                i += 2;
            } else {
                out.write(encoded[i]);
            }
        }
        return out.toByteArray();
    }

    /** {@code unquote_plus(string)}: '+' is a space, then unquote. */
    public static String unquotePlus(String string) {
        return unquote(string.replace('+', ' '));
    }

    /** {@code urlencode(pairs, safe=safe)}: quote_plus on each name and value, joined by '=' and '&'. */
    public static String urlencode(List<QueryField> pairs, String safe) {
        StringBuilder out = new StringBuilder();
        for (QueryField pair : pairs) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(quotePlus(pair.name(), safe)).append('=').append(quotePlus(pair.value(), safe));
        }
        return out.toString();
    }

    /**
     * {@code parse_qsl(qs, keep_blank_values, strict_parsing, max_num_fields=..., separator=...)}, names and
     * values unquoted with unquote_plus. A null maxNumFields means no limit.
     */
    public static List<QueryField> parseQsl(String qs, boolean keepBlankValues, boolean strictParsing,
            Integer maxNumFields, String separator) {
        if (separator.isEmpty()) {
            throw PythonError.valueError("Separator must be of type string or bytes.");
        }
        List<String> fields = qs.isEmpty() ? List.of() : PythonStrings.split(qs, separator);
        if (maxNumFields != null && maxNumFields < fields.size()) {
            throw PythonError.valueError("Max number of fields exceeded");
        }
        List<QueryField> result = new ArrayList<>();
        for (String field : fields) {
            if (field.isEmpty() && !strictParsing) {
                continue;
            }
            int equals = field.indexOf('=');
            String name;
            String value;
            if (equals >= 0) {
                name = field.substring(0, equals);
                value = field.substring(equals + 1);
            } else if (strictParsing) {
                throw PythonError.valueError("bad query field: " + PythonRepr.repr(field));
            } else if (keepBlankValues) {
                name = field;
                value = "";
            } else {
                continue;
            }
            if (!value.isEmpty() || keepBlankValues) {
                result.add(new QueryField(unquotePlus(name), unquotePlus(value)));
            }
        }
        return result;
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(PythonUtf8.decodeReplacing(bytes.toByteArray()));
            bytes.reset();
        }
    }

    private static int hexValue(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static String stripC0ControlOrSpace(String text, boolean leading, boolean trailing) {
        int start = 0;
        int end = text.length();
        while (leading && start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (trailing && end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static String removeTabsAndNewlines(String text) {
        return text.replace("\t", "").replace("\r", "").replace("\n", "");
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSchemeName(String url, int end) {
        for (int i = 0; i < end; i++) {
            char c = url.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Brackets must pair and hold a valid IPv6 or IPvFuture literal, with nothing between the closing bracket
     * and the port; a netloc whose brackets are all in the userinfo has its plain host checked as an IP
     * address, as CPython does.
     */
    private static void checkBrackets(String netloc) {
        boolean open = netloc.indexOf('[') >= 0;
        boolean close = netloc.indexOf(']') >= 0;
        if (open != close) {
            throw PythonError.valueError("Invalid IPv6 URL");
        }
        if (!open) {
            return;
        }
        String hostAndPort = netloc.substring(netloc.lastIndexOf('@') + 1);
        int bracket = hostAndPort.indexOf('[');
        String hostname;
        if (bracket >= 0) {
            if (bracket > 0) {
                throw PythonError.valueError("Invalid IPv6 URL");
            }
            String bracketed = hostAndPort.substring(bracket + 1);
            int closing = bracketed.indexOf(']');
            hostname = closing < 0 ? bracketed : bracketed.substring(0, closing);
            String afterHost = closing < 0 ? "" : bracketed.substring(closing + 1);
            if (!afterHost.isEmpty() && !afterHost.startsWith(":")) {
                throw PythonError.valueError("Invalid IPv6 URL");
            }
        } else {
            int colon = hostAndPort.indexOf(':');
            hostname = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        }
        if (hostname.startsWith("v")) {
            if (!isIpvFuture(hostname)) {
                throw PythonError.valueError("IPvFuture address is invalid");
            }
        } else if (PythonIpAddress.family(hostname) == PythonIpAddress.Family.IPV4) {
            throw PythonError.valueError("An IPv4 address cannot be in brackets");
        }
    }

    /** "v", hex digits, a dot, then at least one more character: CPython's {@code \Av[a-fA-F0-9]+\..+\Z}. */
    private static boolean isIpvFuture(String hostname) {
        int i = 1;
        while (i < hostname.length() && hexValue(hostname.charAt(i)) >= 0) {
            i++;
        }
        return i > 1 && i < hostname.length() - 1 && hostname.charAt(i) == '.';
    }

    /** Rejects a non-ASCII netloc whose NFKC form gains a delimiter, like U+2100 turning into "a/c". */
    private static void checkNormalizedNetloc(String netloc) {
        if (PythonStrings.isAscii(netloc)) {
            return;
        }
        String stripped = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "");
        String normalized = Normalizer.normalize(stripped, Normalizer.Form.NFKC);
        if (normalized.equals(stripped)) {
            return;
        }
        for (char delimiter : new char[] {'/', '?', '#', '@', ':'}) {
            if (normalized.indexOf(delimiter) >= 0) {
                throw PythonError.valueError("netloc '" + netloc + "' contains invalid characters under NFKC "
                        + "normalization");
            }
        }
    }
}

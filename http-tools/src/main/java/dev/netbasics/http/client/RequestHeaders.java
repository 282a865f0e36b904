package dev.netbasics.http.client;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.VersionProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Headers from {@code -H} and {@code -u}, refused when they could smuggle a second header or request, then
 * curl's defaults where {@code -H} left them unset: the same User-Agent and Accept whichever JDK client sends
 * the request (each has its own default agent, and only one of them sends an Accept).
 */
public final class RequestHeaders {

    private static final String DEFAULT_ACCEPT = "*/*";

    private RequestHeaders() {
    }

    public static List<HttpResult.Header> parse(List<String> options, String userPassword) {
        List<HttpResult.Header> headers = new ArrayList<>();
        for (String option : options) {
            int colon = option.indexOf(':');
            if (colon <= 0) {
                throw usage("-H needs 'Name: value', not '" + printable(option) + "'");
            }
            String name = option.substring(0, colon).strip();
            String value = option.substring(colon + 1).strip();
            checkName(name);
            checkValue(name, value);
            headers.add(new HttpResult.Header(name, value));
        }
        if (userPassword != null) {
            if (userPassword.indexOf(':') < 0) {
                throw usage("-u needs user:password");
            }
            checkValue("-u", userPassword);
            headers.add(new HttpResult.Header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8))));
        }
        if (!has(headers, "User-Agent")) {
            headers.add(new HttpResult.Header("User-Agent", "http-tools/" + VersionProvider.version()));
        }
        if (!has(headers, "Accept")) {
            headers.add(new HttpResult.Header("Accept", DEFAULT_ACCEPT));
        }
        return headers;
    }

    public static boolean has(List<HttpResult.Header> headers, String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    private static void checkName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean tchar = c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
            if (!tchar) {
                throw usage("header name '" + printable(name) + "' has a character HTTP does not allow");
            }
        }
    }

    /**
     * CR and LF would end the header and start another (the CVE-2019-9740 class); other controls are no
     * better. Non-ASCII has no agreed encoding in a header value, so it is refused rather than guessed.
     */
    private static void checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || (c < 0x20 && c != '\t') || c == 0x7f) {
                throw usage("value of " + name + " contains a control character (" + printable(value) + ")");
            }
            if (c > 0x7e) {
                throw usage("value of " + name + " is not ASCII; percent-encode it (RFC 8187) or use ASCII only");
            }
        }
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static HttpToolsException usage(String message) {
        return new HttpToolsException(ExitCode.USAGE, message);
    }
}

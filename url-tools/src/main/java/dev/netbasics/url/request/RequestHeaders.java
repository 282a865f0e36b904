package dev.netbasics.url.request;

import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.error.UrlToolsException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code -H 'Name: value'}. Control characters (CR and LF above all: the CVE-2019-9740 header-injection
 * class urllib once had) and non-ASCII are refused rather than sent.
 */
public final class RequestHeaders {

    private RequestHeaders() {
    }

    public static List<UrlResponse.Header> parse(List<String> options) {
        List<UrlResponse.Header> headers = new ArrayList<>();
        for (String option : options) {
            int colon = option.indexOf(':');
            String name = colon < 0 ? "" : option.substring(0, colon).strip();
            if (name.isEmpty() || !isToken(name)) {
                throw UrlToolsException.usage("bad header " + PythonRepr.repr(option) + ": expected 'Name: value'");
            }
            String value = option.substring(colon + 1).strip();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7F) {
                    throw UrlToolsException.usage("header " + name + " contains a control character; refused");
                }
                if (c > 0x7E) {
                    throw UrlToolsException.usage("header " + name + " contains non-ASCII text; percent-encode it");
                }
            }
            headers.add(new UrlResponse.Header(name, value));
        }
        return headers;
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c >= 0x7F || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}

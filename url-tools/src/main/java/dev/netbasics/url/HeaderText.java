package dev.netbasics.url;

import dev.netbasics.url.parse.PythonStrings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A header value as {@code print(x.info())} shows it: Python's email package writes a value beyond ASCII (http.client
 * decodes header bytes as Latin-1) as RFC 2047 encoded words of its UTF-8, base64 or Q, whichever is shorter.
 */
final class HeaderText {

    /** What Q encoding leaves as it is; a space becomes '_'. */
    private static final String Q_LITERALS = "-!*+/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private HeaderText() {
    }

    /** The value, ASCII as it is, else an encoded word per line as Python's str.splitlines() sees lines. */
    static String of(String value) {
        if (PythonStrings.isAscii(value)) {
            return value;
        }
        List<String> lines = PythonStrings.splitlines(value);
        StringBuilder text = new StringBuilder(lines.isEmpty() ? "" : encodedWord(lines.getFirst()));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            text.append("\n ").append(encodedWord(" " + PythonStrings.lstrip(line)));
        }
        return text.toString();
    }

    private static String encodedWord(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return "";
        }
        StringBuilder q = new StringBuilder();
        for (byte b : bytes) {
            int octet = b & 0xff;
            if (octet == ' ') {
                q.append('_');
            } else if (octet < 0x80 && Q_LITERALS.indexOf(octet) >= 0) {
                q.append((char) octet);
            } else {
                q.append('=').append(HEX_DIGITS[octet >> 4]).append(HEX_DIGITS[octet & 0xf]);
            }
        }
        int base64Length = (bytes.length + 2) / 3 * 4;
        return base64Length < q.length()
                ? "=?utf-8?b?" + Base64.getEncoder().encodeToString(bytes) + "?="
                : "=?utf-8?q?" + q + "?=";
    }
}

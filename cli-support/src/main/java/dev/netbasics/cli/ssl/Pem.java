package dev.netbasics.cli.ssl;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PEM text (RFC 7468): {@code -----BEGIN LABEL-----}, base64 lines, {@code -----END LABEL-----}. Text around the
 * blocks is ignored, as OpenSSL ignores the {@code openssl x509 -text} dump before a certificate; the RFC 1421
 * headers of the older key format ({@code Proc-Type: 4,ENCRYPTED}) are kept, so an encrypted key can be named.
 */
final class Pem {

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final int LINE_LENGTH = 64;

    private Pem() {
    }

    /** One block: its label ({@code CERTIFICATE}, {@code PRIVATE KEY}…), its headers and its bytes. */
    record Block(String label, Map<String, String> headers, byte[] bytes) {
    }

    /** Every block in the text, in order. */
    static List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        String label = null;
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        StringBuilder base64 = new StringBuilder();
        for (String line : text.split("\r?\n|\r")) {
            String trimmed = line.strip();
            if (label == null) {
                if (trimmed.startsWith(BEGIN) && trimmed.endsWith(DASHES)) {
                    label = trimmed.substring(BEGIN.length(), trimmed.length() - DASHES.length());
                }
            } else if (trimmed.startsWith(END)) {
                if (!trimmed.equals(END + label + DASHES)) {
                    throw new IllegalArgumentException("PEM block BEGIN " + label + " ends with " + trimmed);
                }
                blocks.add(new Block(label, Map.copyOf(headers), decode(label, base64)));
                label = null;
                headers.clear();
                base64.setLength(0);
            } else if (trimmed.contains(":") && base64.isEmpty()) {
                int colon = trimmed.indexOf(':');
                headers.put(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
            } else {
                base64.append(trimmed);
            }
        }
        if (label != null) {
            throw new IllegalArgumentException("PEM block BEGIN " + label + " has no END line");
        }
        return blocks;
    }

    /** A block as PEM text, base64 in lines of 64 characters, ending with a newline. */
    static String write(String label, byte[] bytes) {
        String base64 = Base64.getEncoder().encodeToString(bytes);
        StringBuilder text = new StringBuilder(base64.length() + 80);
        text.append(BEGIN).append(label).append(DASHES).append('\n');
        for (int at = 0; at < base64.length(); at += LINE_LENGTH) {
            text.append(base64, at, Math.min(base64.length(), at + LINE_LENGTH)).append('\n');
        }
        return text.append(END).append(label).append(DASHES).append('\n').toString();
    }

    private static byte[] decode(String label, StringBuilder base64) {
        try {
            return Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEM block " + label + " is not valid base64", e);
        }
    }
}

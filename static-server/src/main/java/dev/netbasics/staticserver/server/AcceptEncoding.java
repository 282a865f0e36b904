package dev.netbasics.staticserver.server;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses a content coding from Accept-Encoding (RFC 9110, 12.5.3): each coding weighed by its q-value, or by
 * {@code *} when it is not named; q=0 means "not acceptable". Identity is weighed by its own entry, or by
 * {@code *}; not named at all, it comes after every acceptable coding. Between equal weights the smaller
 * representation wins: the codings in the order given, then identity. When nothing offered is acceptable,
 * identity is sent anyway, as nginx does, rather than a 406.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * The coding to send, or null for identity.
     *
     * @param header the Accept-Encoding field value, or null when absent (identity: no coding is assumed)
     * @param codings the codings the representation is available in, best first
     */
    static String choose(String header, List<String> codings) {
        if (header == null) {
            return null;
        }
        List<String> members = FieldSyntax.members(header);
        if (members == null) {
            return null;
        }
        Map<String, Integer> weights = new HashMap<>();
        for (String member : members) {
            int semicolon = member.indexOf(';');
            String coding = FieldSyntax.trimOws(member, 0, semicolon < 0 ? member.length() : semicolon)
                    .toLowerCase(Locale.ROOT);
            int weight = semicolon < 0 ? 1000 : weight(member.substring(semicolon + 1));
            if (weight >= 0) {
                weights.put(coding.equals("x-gzip") ? "gzip" : coding, weight);
            }
        }
        Integer any = weights.get("*");
        String best = null;
        // Identity not named is acceptable, below every coding named (as nginx takes "gzip;q=0.5").
        int bestWeight = weights.getOrDefault("identity", any != null ? any : 0);
        for (String coding : codings) {
            int weight = weights.getOrDefault(coding, any != null ? any : 0);
            if (weight > 0 && (weight > bestWeight || (best == null && weight == bestWeight))) {
                best = coding;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** {@code OWS "q=" qvalue} in thousandths (RFC 9110, 12.4.2); -1 when malformed, so the entry is ignored. */
    private static int weight(String parameters) {
        String parameter = FieldSyntax.trimOws(parameters, 0, parameters.length());
        if (!parameter.regionMatches(true, 0, "q=", 0, 2)) {
            return -1;
        }
        String q = parameter.substring(2);
        if (q.matches("0(\\.[0-9]{0,3})?")) {
            String fraction = q.length() > 2 ? q.substring(2) : "";
            return fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00").substring(0, 3));
        }
        return q.matches("1(\\.0{0,3})?") ? 1000 : -1;
    }
}

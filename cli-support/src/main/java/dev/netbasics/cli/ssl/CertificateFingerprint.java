package dev.netbasics.cli.ssl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.HexFormat;

/** A certificate's SHA-256 fingerprint as {@code openssl x509 -noout -fingerprint -sha256} prints it: {@code AB:01:…}. */
public final class CertificateFingerprint {

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private CertificateFingerprint() {
    }

    public static String sha256(Certificate certificate) {
        try {
            return COLON_HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate: " + e.getMessage(), e);
        }
    }
}

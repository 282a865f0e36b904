package dev.netbasics.cli.ssl;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.IDN;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway certificate for a server started with {@code --tls} alone, as {@code ncat --ssl -l} makes one: an EC
 * P-256 key (generated in about a millisecond, where RSA-2048 takes a hundred) and an X.509 v3 certificate
 * (RFC 5280) for the given DNS names and IP addresses, signed by its own key with ECDSA-SHA256. Written with
 * {@link Der} and {@link Signature} alone: no BouncyCastle, no {@code sun.security} internals.
 */
public final class SelfSignedCertificate {

    /** How long the certificate is valid: a saved copy stays usable for {@code --cacert} a good while. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);
    /** Valid from a little before now, so that a client whose clock is slightly behind accepts it. */
    static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final String CURVE = "secp256r1";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    private static final int SERIAL_BYTES = 16;

    private SelfSignedCertificate() {
    }

    /** A new key and certificate for these names and addresses, valid for {@link #DEFAULT_VALIDITY}. */
    public static ServerIdentity create(List<String> dnsNames, List<InetAddress> addresses) {
        return create(dnsNames, addresses, Instant.now(), DEFAULT_VALIDITY);
    }

    static ServerIdentity create(List<String> dnsNames, List<InetAddress> addresses, Instant now, Duration validity) {
        if (dnsNames.isEmpty() && addresses.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one name or address");
        }
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE), random);
            KeyPair keys = generator.generateKeyPair();
            String commonName = dnsNames.isEmpty() ? addresses.get(0).getHostAddress() : dnsNames.get(0);
            byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(commonName))));
            byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
            Instant from = now.minus(CLOCK_SKEW).truncatedTo(ChronoUnit.SECONDS);
            byte[] serial = new byte[SERIAL_BYTES];
            random.nextBytes(serial);
            serial[0] = (byte) (serial[0] & 0x7F | 0x40);
            byte[] toBeSigned = Der.sequence(
                    Der.explicit(0, Der.integer(2)),
                    Der.integer(new BigInteger(serial)),
                    algorithm,
                    name,
                    Der.sequence(Der.time(from), Der.time(now.plus(validity).truncatedTo(ChronoUnit.SECONDS))),
                    name,
                    keys.getPublic().getEncoded(),
                    Der.explicit(3, Der.sequence(
                            extension(SUBJECT_ALT_NAME, false, subjectAltNames(dnsNames, addresses)),
                            extension(BASIC_CONSTRAINTS, true, Der.sequence()),
                            extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))))));
            Signature signer = Signature.getInstance(SIGNATURE);
            signer.initSign(keys.getPrivate(), random);
            signer.update(toBeSigned);
            byte[] certificate = Der.sequence(toBeSigned, algorithm, Der.bitString(signer.sign()));
            X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate));
            return new ServerIdentity(keys.getPrivate(), List.of(parsed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a self-signed certificate: " + e.getMessage(), e);
        }
    }

    /** GeneralNames: dNSName [2] IA5String and iPAddress [7] OCTET STRING (4 or 16 bytes). */
    private static byte[] subjectAltNames(List<String> dnsNames, List<InetAddress> addresses) {
        List<byte[]> names = new ArrayList<>();
        for (String dns : dnsNames) {
            names.add(Der.implicit(DNS_NAME, IDN.toASCII(dns).getBytes(StandardCharsets.US_ASCII)));
        }
        for (InetAddress address : addresses) {
            names.add(Der.implicit(IP_ADDRESS, address.getAddress()));
        }
        return Der.sequence(names.toArray(byte[][]::new));
    }

    /** Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. */
    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }
}

package dev.netbasics.cli.ssl;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.Map;

/**
 * A private key from its PEM block, in the three forms OpenSSL writes: PKCS#8 ({@code PRIVATE KEY}, RFC 5208),
 * PKCS#1 ({@code RSA PRIVATE KEY}, RFC 8017) and SEC1 ({@code EC PRIVATE KEY}, RFC 5915). The JDK reads only the
 * first, so the other two are wrapped in it. An encrypted key is named as such: no password is asked for.
 */
final class PrivateKeyPem {

    static final String PKCS8 = "PRIVATE KEY";
    static final String PKCS1_RSA = "RSA PRIVATE KEY";
    static final String SEC1_EC = "EC PRIVATE KEY";
    static final String PKCS8_ENCRYPTED = "ENCRYPTED PRIVATE KEY";
    static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
    static final String EC_PUBLIC_KEY = "1.2.840.10045.2.1";
    private static final Map<String, String> ALGORITHMS = Map.of(RSA_ENCRYPTION, "RSA", EC_PUBLIC_KEY, "EC");

    private PrivateKeyPem() {
    }

    /** Whether the block is a private key in any form, encrypted or not. */
    static boolean isPrivateKey(Pem.Block block) {
        return List.of(PKCS8, PKCS1_RSA, SEC1_EC, PKCS8_ENCRYPTED).contains(block.label());
    }

    /** Whether the key cannot be read without a password. */
    static boolean isEncrypted(Pem.Block block) {
        return block.label().equals(PKCS8_ENCRYPTED)
                || block.headers().getOrDefault("Proc-Type", "").toUpperCase(java.util.Locale.ROOT).contains("ENCRYPTED");
    }

    /** The key; IllegalArgumentException says in words what is wrong with it. */
    static PrivateKey decode(Pem.Block block) {
        byte[] pkcs8 = switch (block.label()) {
            case PKCS8 -> block.bytes();
            case PKCS1_RSA -> privateKeyInfo(Der.sequence(Der.oid(RSA_ENCRYPTION), Der.nullValue()), block.bytes());
            case SEC1_EC -> privateKeyInfo(Der.sequence(Der.oid(EC_PUBLIC_KEY), Der.oid(curveOf(block.bytes()))),
                    block.bytes());
            default -> throw new IllegalArgumentException("a " + block.label() + " block is not a private key");
        };
        String algorithmOid = algorithmOf(pkcs8);
        String algorithm = ALGORITHMS.get(algorithmOid);
        if (algorithm == null) {
            throw new IllegalArgumentException("keys of algorithm " + algorithmOid + " are not supported (RSA or EC only)");
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid " + algorithm + " private key: " + e.getMessage(), e);
        }
    }

    /** PrivateKeyInfo ::= SEQUENCE { version 0, privateKeyAlgorithm, privateKey OCTET STRING }. */
    private static byte[] privateKeyInfo(byte[] algorithm, byte[] key) {
        return Der.sequence(Der.integer(0), algorithm, Der.octetString(key));
    }

    /** The algorithm OID of a PrivateKeyInfo. */
    private static String algorithmOf(byte[] pkcs8) {
        try {
            List<Der.Element> info = single(pkcs8).children();
            Der.Element algorithm = info.get(1).children().get(0);
            if (info.get(1).tag() != Der.SEQUENCE || algorithm.tag() != Der.OID) {
                throw new IllegalArgumentException("not a PKCS#8 private key");
            }
            return Der.oidText(algorithm.content());
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a PKCS#8 private key", e);
        }
    }

    /** ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters (the curve), [1] publicKey }. */
    private static String curveOf(byte[] sec1) {
        for (Der.Element part : single(sec1).children()) {
            if (part.isContext(0)) {
                Der.Element curve = part.children().get(0);
                if (curve.tag() == Der.OID) {
                    return Der.oidText(curve.content());
                }
            }
        }
        throw new IllegalArgumentException("the EC key does not name its curve; convert it with"
                + " 'openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY8.pem'");
    }

    private static Der.Element single(byte[] bytes) {
        List<Der.Element> elements = Der.read(bytes);
        if (elements.size() != 1 || elements.get(0).tag() != Der.SEQUENCE) {
            throw new IllegalArgumentException("not a DER SEQUENCE");
        }
        return elements.get(0);
    }
}

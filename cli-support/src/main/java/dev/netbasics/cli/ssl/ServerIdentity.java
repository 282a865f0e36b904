package dev.netbasics.cli.ssl;

import dev.netbasics.cli.ErrorHandler;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;

/**
 * What a TLS server presents: its private key and certificate chain, read from PEM files ({@code --tls-cert FILE
 * --tls-key FILE}, as nginx's {@code ssl_certificate} and {@code ssl_certificate_key}) or made at start
 * ({@link SelfSignedCertificate}), and the server {@link SSLContext} that presents them, for TLS 1.3 and 1.2.
 */
public final class ServerIdentity {

    /** The versions a server speaks, newest first; older ones are broken (RFC 8996). */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    private static final String CERTIFICATE = "CERTIFICATE";
    private static final Map<String, String> PROOF_SIGNATURES = Map.of("EC", "SHA256withECDSA", "RSA", "SHA256withRSA");

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    ServerIdentity(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /**
     * The chain in {@code certificateFile} (the server's certificate first, then the CAs that signed it) and the
     * key in {@code keyFile}, or in the certificate file when {@code keyFile} is null (as Python's
     * {@code load_cert_chain} takes one file). Anything wrong is a usage error in words.
     */
    public static ServerIdentity load(Path certificateFile, Path keyFile) {
        List<Pem.Block> certificateBlocks = readPem(certificateFile);
        List<X509Certificate> chain = new ArrayList<>();
        for (Pem.Block block : certificateBlocks) {
            if (block.label().equals(CERTIFICATE)) {
                chain.add(certificate(block, certificateFile));
            }
        }
        if (chain.isEmpty()) {
            throw usage("no certificate (BEGIN CERTIFICATE) in " + certificateFile);
        }
        Path keySource = keyFile == null ? certificateFile : keyFile;
        List<Pem.Block> keyBlocks = keyFile == null ? certificateBlocks : readPem(keyFile);
        Pem.Block keyBlock = keyBlocks.stream().filter(PrivateKeyPem::isPrivateKey).findFirst()
                .orElseThrow(() -> usage("no private key in " + keySource
                        + (keyFile == null ? ": give the key file too (--tls-key FILE)" : "")));
        if (PrivateKeyPem.isEncrypted(keyBlock)) {
            throw usage("the private key in " + keySource + " is encrypted; decrypt it first"
                    + " (openssl pkey -in " + keySource + " -out PLAIN.pem)");
        }
        PrivateKey key;
        try {
            key = PrivateKeyPem.decode(keyBlock);
        } catch (IllegalArgumentException e) {
            throw usage("cannot use the private key in " + keySource + ": " + e.getMessage());
        }
        if (!matches(key, chain.get(0).getPublicKey())) {
            throw usage("the private key in " + keySource + " does not belong to the certificate in "
                    + certificateFile);
        }
        return new ServerIdentity(key, chain);
    }

    /** A new self-signed identity, see {@link SelfSignedCertificate}. */
    public static ServerIdentity selfSigned(List<String> dnsNames, List<InetAddress> addresses) {
        return SelfSignedCertificate.create(dnsNames, addresses);
    }

    /**
     * A new self-signed identity for a server bound to {@code bound} (null or the wildcard: every address), as ncat
     * makes one: for localhost, this host's name and {@code moreNames}, the bound address and the loopback ones.
     */
    public static ServerIdentity selfSignedForServer(InetAddress bound, List<String> moreNames) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost"));
        Set<InetAddress> addresses = new LinkedHashSet<>();
        if (bound != null && !bound.isAnyLocalAddress()) {
            addresses.add(bound);
        }
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            // a certificate without this host's name, then
        }
        names.addAll(moreNames);
        try {
            addresses.add(InetAddress.getByName("127.0.0.1"));
            addresses.add(InetAddress.getByName("::1"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("loopback literals always parse", e);
        }
        return selfSigned(new ArrayList<>(names), new ArrayList<>(addresses));
    }

    /** The server's own certificate, the first of the chain. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    PrivateKey key() {
        return key;
    }

    /** The server certificate's SHA-256 fingerprint, as openssl prints it. */
    public String fingerprint() {
        return CertificateFingerprint.sha256(certificate());
    }

    /** The server certificate as PEM, what a client trusts with {@code curl --cacert} or {@code --cacert}. */
    public String certificatePem() {
        try {
            return Pem.write(CERTIFICATE, certificate().getEncoded());
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot encode the certificate: " + e.getMessage(), e);
        }
    }

    /** Writes {@link #certificatePem} to the file ({@code --tls-save-cert FILE}); a failure is one line, exit 1. */
    public void saveCertificate(Path file) {
        try {
            Files.writeString(file, certificatePem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ToolException(ExitCode.FAILURE, "cannot save the certificate to " + file + ": "
                    + ErrorHandler.describe(e), e);
        }
    }

    /** A server context presenting this key and chain. */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {new SingleKeyManager(key, chain.toArray(X509Certificate[]::new))}, null,
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new ToolException(ExitCode.FAILURE, "TLS is not available: " + e.getMessage(), e);
        }
    }

    /** Whether the key signs what the certificate's public key verifies. */
    private static boolean matches(PrivateKey key, PublicKey certified) {
        String algorithm = PROOF_SIGNATURES.get(key.getAlgorithm());
        if (algorithm == null || !key.getAlgorithm().equals(certified.getAlgorithm())) {
            return false;
        }
        try {
            byte[] challenge = new byte[32];
            SecureRandom random = new SecureRandom();
            random.nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key, random);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certified);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509Certificate certificate(Pem.Block block, Path file) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(block.bytes()));
        } catch (CertificateException e) {
            throw usage("a certificate in " + file + " is not valid: " + e.getMessage());
        }
    }

    private static List<Pem.Block> readPem(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw usage("cannot read " + file + ": " + ErrorHandler.describe(e));
        }
        try {
            return Pem.read(text);
        } catch (IllegalArgumentException e) {
            throw usage(file + " is not valid PEM: " + e.getMessage());
        }
    }

    private static ToolException usage(String message) {
        return new ToolException(ExitCode.USAGE, message);
    }
}

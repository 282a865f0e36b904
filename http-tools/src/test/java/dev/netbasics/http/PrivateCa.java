package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A private certificate authority, as a company or a test lab has one, made with the JDK's keytool: its certificate
 * (for {@code --cacert}) and server certificates it signs, each in a PKCS#12 key store with its chain.
 */
final class PrivateCa {

    static final String PASSWORD = "changeit";

    private final Path dir;
    private final Path caStore;
    private final Path caPem;

    private PrivateCa(Path dir) {
        this.dir = dir;
        this.caStore = dir.resolve("ca.p12");
        this.caPem = dir.resolve("ca.pem");
    }

    /** A new CA in {@code dir}; it signs certificates valid for two days. */
    static PrivateCa create(Path dir) {
        PrivateCa ca = new PrivateCa(dir);
        ca.keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=netbasics test CA", "-ext", "bc:c", "-validity", "2", "-keystore", ca.caStore.toString());
        ca.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.caStore.toString(), "-file",
                ca.caPem.toString());
        return ca;
    }

    /** The CA's certificate in PEM, what {@code --cacert} takes. */
    Path certificate() {
        return caPem;
    }

    /**
     * A server key and a certificate for the subject alternative names given (keytool's form: {@code ip:127.0.0.1},
     * {@code dns:localhost}), signed by this CA, in a key store of its own.
     */
    KeyStore issue(String name, String... alternativeNames) {
        Path store = dir.resolve(name + ".p12");
        Path request = dir.resolve(name + ".csr");
        Path signed = dir.resolve(name + ".pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name, "-validity", "2", "-keystore", store.toString());
        keytool("-certreq", "-alias", "server", "-keystore", store.toString(), "-file", request.toString());
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", caStore.toString(), "-infile", request.toString(),
                "-outfile", signed.toString(), "-validity", "2", "-ext", "SAN=" + String.join(",", alternativeNames),
                "-ext", "EKU=serverAuth");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", store.toString());
        keytool("-importcert", "-alias", "server", "-file", signed.toString(), "-keystore", store.toString());
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server-side TLS context presenting the key and chain of {@code keys}. */
    static SSLContext serverContext(KeyStore keys) {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, command + "\n" + output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.netbasics.cli.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JDK's TLS failures, with the messages JDK 21 and 25 give them, told in words. */
class TlsFailureTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target | the server's certificate is not trusted (no trusted CA signed it); trust its CA with --cacert FILE, or use -k to skip the check
        No subject alternative names matching IP address 127.0.0.1 found | the server's certificate is not for 127.0.0.1 (wrong host name); use a name the certificate has, or -k to skip the check
        No subject alternative DNS name matching wrong.example found. | the server's certificate is not for wrong.example (wrong host name); use a name the certificate has, or -k to skip the check
        No name matching localhost found | the server's certificate is not for localhost (wrong host name); use a name the certificate has, or -k to skip the check
        Unsupported or unrecognized SSL message | the server did not answer in TLS: is this a plain-text port (http://, not https://)?
        Received fatal alert: protocol_version | the server refused the TLS handshake (protocol_version): no TLS version or cipher in common
        Received fatal alert: certificate_required | the server refused the TLS handshake (certificate_required): it wants a client certificate
        Remote host terminated the handshake | the server closed the connection during the TLS handshake: is this port TLS?
        """)
    void aHandshakeFailure(String jdkMessage, String expected) {
        SSLHandshakeException failure = new SSLHandshakeException(jdkMessage);
        assertEquals(expected, TlsFailureText.describe(failure));
        assertFalse(TlsFailureText.describe(failure).contains("sun.security"));
    }

    @Test
    void anExpiredCertificateFoundAmongTheCauses() {
        SSLHandshakeException failure = new SSLHandshakeException("PKIX path validation failed");
        failure.initCause(new CertificateException(new CertificateExpiredException("NotAfter: Mon Jan 01")));
        assertEquals("the server's certificate has expired", TlsFailureText.describe(failure));
    }

    @Test
    void anUnknownTlsFailureKeepsTheJdksWordsWithoutControlCharacters() {
        assertEquals("TLS failure: odd \\x1b[2J thing", TlsFailureText.describe(new SSLException("odd \u001b[2J thing")));
    }

    @Test
    void aFailureThatIsNotAboutTlsIsNotDescribed() {
        assertNull(TlsFailureText.describe(new IOException("disk full")));
    }
}

/**
 * TLS for every tool, both sides. Clients: whom they trust, as Python's
 * {@code ssl.create_default_context(cafile=...)} decides it — the JDK's CA store, a private CA from
 * {@code --cacert}, or nobody checked at all with {@code -k} ({@code TlsTrust}, {@code TrustOptions}) — and why a
 * handshake failed, in words ({@code TlsFailureText}). Servers: who they are ({@code ServerIdentity}: a PEM chain and
 * key, or a {@code SelfSignedCertificate} made with the JDK alone, its {@code CertificateFingerprint} as openssl
 * prints it) and why a client's handshake failed ({@code TlsClientFailureText}).
 */
package dev.netbasics.cli.ssl;

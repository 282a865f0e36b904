/**
 * Whom the TLS clients of every tool trust, as Python's {@code ssl.create_default_context(cafile=...)} decides it:
 * the JDK's CA store, a private CA from {@code --cacert}, or nobody checked at all with {@code -k}.
 */
package dev.netbasics.cli.ssl;

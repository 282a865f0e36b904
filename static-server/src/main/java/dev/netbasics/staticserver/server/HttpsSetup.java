package dev.netbasics.staticserver.server;

import javax.net.ssl.SSLContext;

/**
 * What serving HTTPS takes: the server's TLS context, and the line that tells the user which certificate it
 * presents (its SHA-256 fingerprint), printed under the banner.
 */
public record HttpsSetup(SSLContext context, String certificateLine) {
}

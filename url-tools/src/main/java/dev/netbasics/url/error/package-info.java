/**
 * How url-tools fails, as {@code urllib.error} names it: {@code URLError} for a resource that could not be opened
 * (socket and TLS failures told with Python's errno text), {@code HTTPError} for an error status, each with its
 * exit code; plus usage errors, which Python would raise as {@code ValueError}s of its own.
 */
package dev.netbasics.url.error;

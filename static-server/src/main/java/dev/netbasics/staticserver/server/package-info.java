/**
 * The HTTP file server behind the {@code static-server} command, as Python's {@code http.server} is behind
 * {@code python3 -m http.server}: {@link dev.netbasics.staticserver.server.FileServer} (HTTPServer's part:
 * listening, the event loops, shutdown) and what SimpleHTTPRequestHandler does per request — parsing,
 * path resolution against the served root, files, ranges, listings, error pages and the log lines.
 */
package dev.netbasics.staticserver.server;

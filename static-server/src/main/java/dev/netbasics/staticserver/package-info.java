/**
 * The {@code static-server} command, Python's {@code python3 -m http.server}: {@code Main} and the picocli
 * command that turns its options into a {@link dev.netbasics.staticserver.server.ServerConfig}; the
 * server itself lives in {@link dev.netbasics.staticserver.server}.
 */
package dev.netbasics.staticserver;

/**
 * The chat's sockets, as the book's scripts use Python's {@code socket} module: stream sockets over TCP or a Unix
 * path opened, bound and connected ({@code socket}, {@code bind}, {@code listen}, {@code connect}), time limits
 * ({@code settimeout}), TLS over a stream socket as Python's {@code ssl.wrap_socket} puts it there
 * ({@code ConnectionSetup}, {@code Connection}), whole UTF-8 lines from a byte stream (what {@code recv} leaves to
 * its caller), peers named as Python's address tuples, and the one failure type told in an {@code Error:} line.
 */
package dev.netbasics.chat.socket;

/**
 * One HTTP/1.1 exchange on a socket of its own, for http-tools and url-tools alike: every byte the server sends
 * is read by the rules of RFC 9112 (status line, fields, the body's framing by §6.3) and checked before it is
 * believed, with limits on everything a server could make endless (interim answers, header lines, their count,
 * chunk sizes) and a deadline on every read. What Python's {@code http.client} is to the book's scripts.
 */
package dev.netbasics.cli.http;

/**
 * The HTTP client, what Python's {@code http.client} is to the book's scripts: a connection checked and described
 * ({@code HTTPConnection.connect}), a request sent by the client it needs (HTTP/1.1 with cli-support's
 * {@code Http1Client}, HTTP/2 with {@code java.net.http}) through the proxy chosen for its URL, redirects followed
 * as curl does, the response with its headers as received ({@code HTTPResponse}), and a body saved
 * whole or not at all; failures are {@link dev.netbasics.http.client.HttpToolsException}s with http-tools' exit
 * codes.
 */
package dev.netbasics.http.client;

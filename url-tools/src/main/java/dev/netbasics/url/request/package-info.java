/**
 * {@code urllib.request.urlopen} and the responses it returns: one handler per scheme ({@code http} and
 * {@code https} on cli-support's HTTP/1.1 client, {@code file}, {@code data}, {@code ftp} on Commons Net), urllib's redirect
 * rules, its proxies from the environment and the headers it sends; TLS trust is cli-support's {@code TlsTrust}.
 */
package dev.netbasics.url.request;

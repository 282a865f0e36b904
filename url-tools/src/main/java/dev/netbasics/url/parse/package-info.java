/**
 * CPython 3.11's {@code urllib.parse} for {@code str}, quirks and {@code ValueError}s included: urlsplit, urlparse
 * and the properties of their results, urljoin, quote and unquote, urlencode and parse_qsl, with the Python
 * {@code str} methods and codecs their answers depend on.
 */
package dev.netbasics.url.parse;

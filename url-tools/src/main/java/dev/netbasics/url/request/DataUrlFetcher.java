package dev.netbasics.url.request;

import dev.netbasics.url.error.UrlToolsException;
import dev.netbasics.url.parse.UrlParser;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;

/** RFC 2397 {@code data:} URLs, decoded as urllib's DataHandler does (percent-decoding even base64 data). */
final class DataUrlFetcher {

    private static final String BASE64_SUFFIX = ";base64";
    private static final String DEFAULT_TYPE = "text/plain;charset=US-ASCII";

    private DataUrlFetcher() {
    }

    static UrlResponse open(String url) {
        String rest = url.substring(url.indexOf(':') + 1);
        int comma = rest.indexOf(',');
        if (comma < 0) {
            throw UrlToolsException.usage("malformed data URL, no comma: " + url);
        }
        String mediaType = rest.substring(0, comma);
        byte[] data = UrlParser.unquoteToBytes(rest.substring(comma + 1));
        if (mediaType.endsWith(BASE64_SUFFIX)) {
            try {
                data = Base64.getMimeDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw UrlToolsException.usage("malformed base64 in data URL: " + e.getMessage());
            }
            mediaType = mediaType.substring(0, mediaType.length() - BASE64_SUFFIX.length());
        }
        List<UrlResponse.Header> headers = List.of(
                new UrlResponse.Header("Content-type", mediaType.isEmpty() ? DEFAULT_TYPE : mediaType),
                new UrlResponse.Header("Content-length", Integer.toString(data.length)));
        return UrlResponse.withoutStatus(url, headers, new ByteArrayInputStream(data));
    }
}

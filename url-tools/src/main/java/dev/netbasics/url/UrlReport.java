package dev.netbasics.url;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.parse.UrlParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * What {@code url-tools parse} prints: the result's repr and its four netloc attributes, computed up front so
 * that a bad port fails before anything is printed.
 */
record UrlReport(UrlParser.Result result, String username, String password, String hostname, Integer port) {

    static UrlReport of(UrlParser.Result result) {
        return new UrlReport(result, result.username(), result.password(), result.hostname(), result.port());
    }

    /** The repr line, then {@code username='u'}, {@code password=None}, {@code hostname=...}, {@code port=80}. */
    String text() {
        return result.repr() + "\n"
                + "username=" + repr(username) + "\n"
                + "password=" + repr(password) + "\n"
                + "hostname=" + repr(hostname) + "\n"
                + "port=" + (port == null ? "None" : port.toString());
    }

    /**
     * One JSON object: the tuple's fields in order, then the attributes; None is null. The factory is made
     * here, not in a static field, so that plain {@code parse} never loads jackson (start-up time).
     */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(out)) {
            json.writeStartObject();
            for (var field : result.fields().entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeStringField("username", username);
            json.writeStringField("password", password);
            json.writeStringField("hostname", hostname);
            if (port == null) {
                json.writeNullField("port");
            } else {
                json.writeNumberField("port", port);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String repr(String value) {
        return value == null ? "None" : PythonRepr.repr(value);
    }
}

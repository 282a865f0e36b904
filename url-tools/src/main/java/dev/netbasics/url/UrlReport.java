package dev.netbasics.url;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.netbasics.cli.python.PythonRepr;
import dev.netbasics.url.parse.PythonError;
import dev.netbasics.url.parse.UrlParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * What {@code url-tools parse} prints: the result's repr and the four properties Python computes from its netloc.
 * A port Python cannot read hides nothing else, as in Python, where only reading {@code .port} raises: its
 * ValueError is kept apart, to be raised after the other lines or written into the JSON document.
 */
final class UrlReport {

    private final UrlParser.Result result;
    private final Integer port;
    private final PythonError portError;

    private UrlReport(UrlParser.Result result, Integer port, PythonError portError) {
        this.result = result;
        this.port = port;
        this.portError = portError;
    }

    static UrlReport of(UrlParser.Result result) {
        try {
            return new UrlReport(result, result.port(), null);
        } catch (PythonError e) {
            return new UrlReport(result, null, e);
        }
    }

    /**
     * The repr line, then {@code username='u'}, {@code password=None}, {@code hostname=...}, and {@code port=80}
     * unless the port is one Python cannot read (see {@link #raisePortError}).
     */
    String text() {
        String text = result.repr() + "\n"
                + "username=" + repr(result.username()) + "\n"
                + "password=" + repr(result.password()) + "\n"
                + "hostname=" + repr(result.hostname());
        return portError != null ? text : text + "\nport=" + (port == null ? "None" : port.toString());
    }

    /** The ValueError Python raises on reading {@code .port}, if it does. */
    void raisePortError() {
        if (portError != null) {
            throw portError;
        }
    }

    /**
     * One JSON object: the tuple's fields in order, then the attributes, None as null, and {@code port_error},
     * the port's ValueError message or null. The factory is made here, not in a static field, so that plain
     * {@code parse} never loads jackson (start-up time).
     */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(out)) {
            json.writeStartObject();
            for (var field : result.fields().entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeStringField("username", result.username());
            json.writeStringField("password", result.password());
            json.writeStringField("hostname", result.hostname());
            if (port == null) {
                json.writeNullField("port");
            } else {
                json.writeNumberField("port", port);
            }
            json.writeStringField("port_error", portError == null ? null : portError.getMessage());
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

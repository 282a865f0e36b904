package dev.netbasics.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.http.client.HttpResult;
import dev.netbasics.http.client.HttpToolsException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** JSON through jackson-core's streaming API: no data binding, so no reflection for native images. */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {
    }

    /** Parses the whole text and fails with the line and column of the first error. */
    static void validate(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new HttpToolsException(ExitCode.USAGE, "--json is empty");
            }
            parser.skipChildren();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new HttpToolsException(ExitCode.USAGE, "malformed JSON: unexpected " + trailing
                        + " after the value at line " + parser.currentLocation().getLineNr()
                        + ", column " + parser.currentLocation().getColumnNr());
            }
        } catch (JsonProcessingException e) {
            throw new HttpToolsException(ExitCode.USAGE, "malformed JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new HttpToolsException(ExitCode.USAGE, "malformed JSON: " + e.getMessage());
        }
    }

    /** Status, headers (as name and value pairs, in order) and body as one object for scripts. */
    static String describe(HttpResult result, byte[] body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("url", result.uri().toString());
            json.writeStringField("version", result.version());
            json.writeNumberField("status", result.status());
            json.writeStringField("reason", result.reason());
            json.writeArrayFieldStart("headers");
            for (HttpResult.Header header : result.headers()) {
                json.writeStartArray();
                json.writeString(header.name());
                json.writeString(header.value());
                json.writeEndArray();
            }
            json.writeEndArray();
            String text = utf8(body);
            if (text != null) {
                json.writeStringField("body", text);
            } else {
                json.writeStringField("body_base64", Base64.getEncoder().encodeToString(body));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

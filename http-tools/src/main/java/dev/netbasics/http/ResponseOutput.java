package dev.netbasics.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Prints responses the way the book's scripts do, or as JSON, and applies {@code --fail}. */
final class ResponseOutput {

    private ResponseOutput() {
    }

    private static byte[] readBody(HttpResult result) {
        try (InputStream body = result.body()) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw HttpExchange.failure(result.uri(), e);
        }
    }

    /** Streams the body as text, in the charset the server names (UTF-8 if none), however long it is. */
    static void printText(PrintWriter out, HttpResult result) {
        try (Reader body = new InputStreamReader(result.body(), charset(result.header("Content-Type")))) {
            body.transferTo(out);
        } catch (IOException e) {
            throw HttpExchange.failure(result.uri(), e);
        }
    }

    static void printJson(PrintWriter out, HttpResult result) {
        out.println(Json.describe(result, readBody(result)));
    }

    /** With --fail, a 4xx or 5xx answer is an error (curl's exit code 22); the body is not printed. */
    static void checkFail(boolean fail, HttpResult result) {
        if (fail && result.status() >= 400) {
            throw new HttpToolsException(HttpToolsException.HTTP_ERROR,
                    "the server answered " + result.status() + " " + result.reason() + " for " + result.uri());
        }
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String[] pair = parameter.strip().split("=", 2);
                if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                    try {
                        return Charset.forName(pair[1].strip().replace("\"", ""));
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}

package dev.netbasics.url;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of url-tools: its exit status, printed text, raw body bytes and error text. */
record ToolRun(int status, String out, byte[] body, String err) {

    static ToolRun run(String... args) {
        return withEnvironment(Map.of(), args);
    }

    static ToolRun withEnvironment(Map<String, String> environment, String... args) {
        return withInput(new byte[0], environment, args);
    }

    static ToolRun withInput(byte[] standardInput, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ProcessContext process = new ProcessContext(new ByteArrayInputStream(standardInput), body, environment);
        int status = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true), process)
                .execute(args);
        return new ToolRun(status, out.toString(), body.toByteArray(), err.toString());
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

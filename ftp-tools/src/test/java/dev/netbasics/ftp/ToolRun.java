package dev.netbasics.ftp;

import dev.netbasics.ftp.client.Credentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs ftp-tools in-process through {@link Main#newCommandLine} with its own environment and no terminal. */
final class ToolRun {

    final int status;
    final String out;
    final String err;

    private ToolRun(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    static ToolRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment, () -> null)
                .execute(args);
        return new ToolRun(status, out.toString(), err.toString());
    }

    static ToolRun run(String... args) {
        return run(Map.of(), args);
    }

    static Map<String, String> password(String password) {
        Map<String, String> environment = new HashMap<>();
        environment.put(Credentials.PASSWORD_VARIABLE, password);
        return environment;
    }

    /** {@code first} then {@code rest}, for building argument lists. */
    static String[] args(String first, List<String> middle, String... rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(middle);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}

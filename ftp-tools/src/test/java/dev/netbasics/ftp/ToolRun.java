package dev.netbasics.ftp;

import dev.netbasics.cli.PackagedTool;
import dev.netbasics.ftp.client.Credentials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the packaged ftp-tools in a process of its own, off a terminal: the jar, or the native executable when
 * the integration tests run natively (see {@link PackagedTool}).
 */
final class ToolRun {

    final int status;
    final String out;
    final String err;

    private ToolRun(PackagedTool.Result result) {
        this.status = result.status();
        this.out = result.outAsUtf8();
        this.err = result.err();
    }

    static ToolRun run(Map<String, String> environment, String... args) {
        return new ToolRun(PackagedTool.of(args).environment(environment).run());
    }

    static ToolRun run(String... args) {
        return run(Map.of(), args);
    }

    /** The same under the C locale, as in many containers. */
    static ToolRun runInCLocale(String... args) {
        return new ToolRun(PackagedTool.of(args).inCLocale().run());
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

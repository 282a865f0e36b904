package dev.netbasics.url;

import dev.netbasics.cli.PackagedTool;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One run of the packaged url-tools in a process of its own: the jar, or the native executable when the integration
 * tests run natively (see {@link PackagedTool}). Proxies of the environment the tests run in are not passed on,
 * unless a test sets its own: requests go to the test's servers on loopback.
 */
record ToolRun(int status, byte[] out, String err) {

    private static final Map<String, String> NO_PROXIES = Map.of("http_proxy", "", "https_proxy", "", "ftp_proxy", "");

    static ToolRun run(String... args) {
        return withEnvironment(Map.of(), args);
    }

    static ToolRun withEnvironment(Map<String, String> environment, String... args) {
        return of(PackagedTool.of(args).environment(withoutInheritedProxies(environment)));
    }

    static ToolRun withInput(byte[] standardInput, String... args) {
        return of(PackagedTool.of(args).environment(NO_PROXIES).input(standardInput));
    }

    static ToolRun inCLocale(String... args) {
        return of(PackagedTool.of(args).environment(NO_PROXIES).inCLocale());
    }

    private static ToolRun of(PackagedTool tool) {
        PackagedTool.Result result = tool.run();
        return new ToolRun(result.status(), result.out(), result.err());
    }

    private static Map<String, String> withoutInheritedProxies(Map<String, String> environment) {
        for (String name : environment.keySet()) {
            if (name.toLowerCase(Locale.ROOT).endsWith("_proxy")) {
                return environment;
            }
        }
        Map<String, String> all = new HashMap<>(NO_PROXIES);
        all.putAll(environment);
        return all;
    }

    /** Standard output as UTF-8 text. */
    String outText() {
        return new String(out, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + outText() + "--- stderr\n" + err;
    }
}

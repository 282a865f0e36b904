package dev.netbasics.url;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * What a run reads beyond its arguments, and where response bodies go as raw bytes (never through a Writer,
 * which would re-encode them), and whether they go to a terminal; {@link Main} passes the process's own, tests
 * their stand-ins.
 */
record ProcessContext(InputStream standardInput, OutputStream bodyOutput, Map<String, String> environment,
        boolean terminal) {

    static ProcessContext ofProcess() {
        return new ProcessContext(System.in, System.out, System.getenv(), System.console() != null);
    }
}

package dev.netbasics.url.parse;

import java.util.Map;

/** How a differential failure is shown: the input as JSON, then both outputs as Python reprs per line. */
final class Differences {

    /** Tables span the whole code space; beyond this a failure shows the first difference only. */
    private static final int LONG_OUTPUT = 2000;

    private Differences() {
    }

    static String describe(Map<String, Object> testCase, String python, String java) {
        if (python.length() > LONG_OUTPUT || java.length() > LONG_OUTPUT) {
            int at = 0;
            while (at < python.length() && at < java.length() && python.charAt(at) == java.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 60);
            python = "..." + python.substring(from, Math.min(python.length(), at + 60)) + "...";
            java = "..." + java.substring(from, Math.min(java.length(), at + 60)) + "...";
        }
        return "  input:  " + JsonValues.write(testCase) + "\n"
                + "  python: " + python.replace("\n", "\n          ") + "\n"
                + "  java:   " + java.replace("\n", "\n          ");
    }
}

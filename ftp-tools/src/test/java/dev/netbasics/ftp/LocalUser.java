package dev.netbasics.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netbasics.cli.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A local account for vsftpd's local-user logins, with a random password; removed again if made here. */
final class LocalUser implements AutoCloseable {

    final String name;
    final String password;
    private final boolean created;

    private LocalUser(String name, String password, boolean created) {
        this.name = name;
        this.password = password;
        this.created = created;
    }

    static LocalUser create(String name, Path home) throws IOException, InterruptedException {
        Prerequisites.requireRoot("add a local user with useradd");
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        boolean created = run(List.of("id", name), null) != 0;
        if (created) {
            assertEquals(0, run(List.of("useradd", "-M", "-d", home.toString(), "-s", "/bin/bash", name), null));
        }
        assertEquals(0, run(List.of("chpasswd"), name + ":" + password + "\n"));
        return new LocalUser(name, password, created);
    }

    /** The environment that gives ftp-tools the password. */
    Map<String, String> environment() {
        return ToolRun.password(password);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (created) {
            run(List.of("userdel", name), null);
        }
    }

    private static int run(List<String> command, String input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}

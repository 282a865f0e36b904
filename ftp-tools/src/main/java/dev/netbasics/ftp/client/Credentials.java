package dev.netbasics.ftp.client;

import dev.netbasics.cli.ExitCode;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The user and, only when the server asks for it, the password: {@code --password} or the URL's (both warned
 * about), {@code FTP_PASSWORD}, a netrc file, {@code anonymous@} for anonymous, or a no-echo prompt on a terminal.
 */
public final class Credentials {

    static final String ANONYMOUS = "anonymous";
    public static final String PASSWORD_VARIABLE = "FTP_PASSWORD";
    /** What ftplib sends for anonymous logins. */
    static final String ANONYMOUS_PASSWORD = "anonymous@";

    private final String user;
    private final String host;
    private final String explicitPassword;
    private final String netrcPassword;
    private final Map<String, String> environment;
    private final Supplier<Console> console;

    private Credentials(String user, String host, String explicitPassword, String netrcPassword,
            Map<String, String> environment, Supplier<Console> console) {
        this.user = user;
        this.host = host;
        this.explicitPassword = explicitPassword;
        this.netrcPassword = netrcPassword;
        this.environment = environment;
        this.console = console;
    }

    /**
     * @param netrcFile the netrc file to consult, or {@code null} for none
     * @param warnings  where warnings about exposed passwords go
     */
    public static Credentials resolve(FtpTarget target, String passwordOption, Path netrcFile, Map<String, String> environment,
            Supplier<Console> console, PrintWriter warnings) {
        String explicit = passwordOption;
        if (passwordOption != null) {
            warnings.println("Warning: --password is visible to other users of this machine; prefer "
                    + PASSWORD_VARIABLE + ", --netrc or the prompt");
        } else if (target.urlPassword() != null) {
            explicit = target.urlPassword();
            warnings.println("Warning: a password in the URL is visible to other users of this machine; prefer "
                    + PASSWORD_VARIABLE + ", --netrc or the prompt");
        }
        String user = target.user();
        String netrcPassword = null;
        if (netrcFile != null) {
            Netrc netrc = Netrc.read(netrcFile);
            Netrc.Entry entry = netrc.find(target.host(), user);
            if (entry != null) {
                if (user == null) {
                    user = entry.login();
                }
                netrcPassword = entry.password();
                if (netrcPassword != null && netrc.readableByOthers()) {
                    warnings.println("Warning: " + netrcFile + " holds passwords and is readable by other users"
                            + " (chmod 600 it)");
                }
            }
        }
        FtpTarget.checkText(user == null ? ANONYMOUS : user, "user name");
        return new Credentials(user == null ? ANONYMOUS : user, target.displayHost(), explicit, netrcPassword,
                environment, console);
    }

    String user() {
        return user;
    }

    /** Called only when the server answers USER with 331; may prompt. */
    String password() {
        String password = explicitPassword != null ? explicitPassword
                : environment.get(PASSWORD_VARIABLE) != null ? environment.get(PASSWORD_VARIABLE)
                : netrcPassword;
        if (password == null && user.equals(ANONYMOUS)) {
            password = ANONYMOUS_PASSWORD;
        }
        if (password == null) {
            Console terminal = console.get();
            if (terminal == null) {
                throw new FtpToolsException(ExitCode.USAGE, "no password for " + user + "@" + host + ": set "
                        + PASSWORD_VARIABLE + ", use --netrc, or run on a terminal to be prompted");
            }
            char[] typed = terminal.readPassword("Password for %s@%s: ", user, host);
            if (typed == null) {
                throw new FtpToolsException(ExitCode.USAGE, "no password given");
            }
            password = new String(typed);
            Arrays.fill(typed, '\0');
        }
        if (password.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new FtpToolsException(ExitCode.USAGE, "the password contains a line break");
        }
        return password;
    }
}

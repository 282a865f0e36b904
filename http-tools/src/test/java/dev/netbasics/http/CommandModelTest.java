package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The generated model binds what picocli's own would: fields of commands, mixins and groups, and their resets. */
class CommandModelTest {

    private static CommandLine generated() {
        return new CommandLine(CommandModel.of(new HttpToolsCommand()));
    }

    @Test
    void optionsReachTheFieldsOfCommandsMixinsAndGroups() {
        CommandLine commandLine = generated();
        commandLine.parseArgs("--debug", "get", "-H", "A: 1", "-H", "B: 2", "--timeout", "2.5", "--max-redirs", "3",
                "--http2", "--cacert", "ca.pem", "-k", "-i", "-o", "out.bin", "http://127.0.0.1/x");
        GetCommand get = commandLine.getSubcommands().get("get").getCommand();
        assertEquals("http://127.0.0.1/x", get.url);
        assertEquals(List.of("A: 1", "B: 2"), get.options.headers);
        assertEquals(2.5, get.options.timeoutSeconds);
        assertEquals(20.0, get.options.connectTimeoutSeconds, "default value");
        assertEquals(3, get.options.maxRedirects);
        assertTrue(get.options.version.http2);
        assertFalse(get.options.version.http11);
        assertEquals(Path.of("ca.pem"), get.options.tls.caCertificates);
        assertTrue(get.options.tls.insecure);
        assertTrue(get.body);
        assertEquals("out.bin", get.output, "a String: '-' is standard output, as in curl");
        assertEquals(30.0, get.options.readTimeoutSeconds, "default value");
        assertTrue(get.spec.findOption("--debug").<Boolean>getValue(), "inherited from http-tools");
        assertEquals(get, get.spec.userObject());
    }

    @Test
    void anUnusedGroupStaysNullAndARequiredOneIsMade() {
        CommandLine commandLine = generated();
        commandLine.parseArgs("post", "--form", "a=1", "--form", "b=2", "http://127.0.0.1/");
        PostCommand post = commandLine.getSubcommands().get("post").getCommand();
        assertEquals(List.of("a=1", "b=2"), post.payload.form);
        assertNull(post.payload.json);
        assertNull(post.options.version, "no --http1.1 or --http2: HTTP/1.1, as the book");
    }

    @Test
    void aSecondParseStartsFromTheInitialValuesAgain() {
        CommandLine commandLine = generated();
        commandLine.parseArgs("get", "-H", "A: 1", "--timeout", "4", "-L", "http://127.0.0.1/");
        commandLine.parseArgs("get", "http://127.0.0.1/");
        GetCommand get = commandLine.getSubcommands().get("get").getCommand();
        assertTrue(get.options.headers.isEmpty());
        assertEquals(0.0, get.options.timeoutSeconds);
        assertFalse(get.options.follow);
    }

    /** The root command's --help lists each subcommand by the first line of its description. */
    @Test
    void eachSubcommandSummaryIsAWholeSentence() {
        generated().getSubcommands().forEach((name, subcommand) -> {
            String summary = subcommand.getCommandSpec().usageMessage().description()[0];
            assertTrue(summary.endsWith("."), name + ": " + summary);
        });
    }

    @Test
    void eachSubcommandHasItsOwnMixinInstances() {
        CommandLine commandLine = generated();
        GetCommand get = commandLine.getSubcommands().get("get").getCommand();
        PostCommand post = commandLine.getSubcommands().get("post").getCommand();
        assertNotSame(get.options, post.options);
        assertNotSame(get.options.tls, post.options.tls);
    }
}

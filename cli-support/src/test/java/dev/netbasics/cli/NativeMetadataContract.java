package dev.netbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The packaged jar carries what native-image needs (picocli-codegen's metadata naming every command class and the
 * tool's own options), and the packaged tool, jar or native executable, runs on it.
 * A tool's {@code NativeMetadataIT} extends this with its name and its {@code Main::newCommandLine}.
 */
public abstract class NativeMetadataContract {

    private static final String METADATA_DIR = "META-INF/native-image/";

    private final String toolName;
    private final BiFunction<PrintWriter, PrintWriter, CommandLine> factory;

    protected NativeMetadataContract(String toolName, BiFunction<PrintWriter, PrintWriter, CommandLine> factory) {
        this.toolName = toolName;
        this.factory = factory;
    }

    @Test
    void generatedReflectConfigNamesEveryCommandClass() throws IOException {
        String reflectConfig = jarEntry(METADATA_DIR + "picocli-generated/dev.netbasics/" + toolName
                + "/reflect-config.json");
        PrintWriter sink = new PrintWriter(new StringWriter());
        for (String commandClass : commandClasses(factory.apply(sink, sink))) {
            assertTrue(reflectConfig.contains("\"name\" : \"" + commandClass + "\""),
                    commandClass + " missing from reflect-config.json");
        }
    }

    @Test
    void ownNativeImageOptionsAreInTheJar() throws IOException {
        assertTrue(jarEntry(METADATA_DIR + "dev.netbasics/" + toolName + "/native-image.properties")
                .contains("Args"));
    }

    @Test
    void packagedToolPrintsItsVersion() {
        PackagedTool.Result run = PackagedTool.of("--version").run();
        assertEquals(0, run.status(), run.err());
        assertEquals(toolName + " " + System.getProperty("project.version") + "\n", run.outAsUtf8());
    }

    private static List<String> commandClasses(CommandLine commandLine) {
        List<String> names = new ArrayList<>();
        names.add(commandLine.getCommand().getClass().getName());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            names.addAll(commandClasses(sub));
        }
        return names;
    }

    private static String jarEntry(String name) throws IOException {
        String jarPath = System.getProperty("netbasics.jar");
        assertNotNull(jarPath, "netbasics.jar system property (set by failsafe)");
        try (JarFile jar = new JarFile(jarPath)) {
            var entry = jar.getJarEntry(name);
            assertNotNull(entry, name + " missing from " + jarPath);
            try (var in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}

package dev.netbasics.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The packaged jar carries what native-image needs: picocli's generated metadata and our own options. */
class NativeMetadataIT {

    private static final String METADATA_DIR = "META-INF/native-image/";
    private static final String PROJECT = "dev.netbasics/http-tools/";

    @Test
    void generatedReflectConfigNamesEveryCommandClass() throws IOException {
        String reflectConfig = jarEntry(METADATA_DIR + "picocli-generated/" + PROJECT + "reflect-config.json");
        for (String commandClass : commandClasses(Main.newCommandLine(sink(), sink()))) {
            assertTrue(reflectConfig.contains("\"name\" : \"" + commandClass + "\""),
                    commandClass + " missing from reflect-config.json");
        }
    }

    @Test
    void ownNativeImageOptionsAndResourcesAreInTheJar() throws IOException {
        assertTrue(jarEntry(METADATA_DIR + PROJECT + "native-image.properties").contains("Args"));
        assertTrue(jarEntry(METADATA_DIR + PROJECT + "reachability-metadata.json")
                .contains("dev/netbasics/http/version.txt"));
        assertNotNull(jarEntry("dev/netbasics/http/version.txt"));
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

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }
}

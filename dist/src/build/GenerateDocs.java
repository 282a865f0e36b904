import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time only (run by dist's pom with the selected JDK): shell completion and roff man pages for
 * every tool, generated from the same picocli command model the tool runs with.
 *
 * <p>Usage: {@code GenerateDocs SHARE_DIR TIMESTAMP TOOL=MAIN_CLASS...} (TIMESTAMP: the build's ISO-8601
 * output timestamp, so pages are reproducible); writes
 * {@code SHARE_DIR/bash-completion/completions/TOOL} and {@code SHARE_DIR/man/man1/*.1}.
 */
public final class GenerateDocs {

    public static void main(String[] args) throws Exception {
        Path share = Path.of(args[0]);
        Path completions = Files.createDirectories(share.resolve("bash-completion/completions"));
        Path man1 = Files.createDirectories(share.resolve("man/man1"));
        String date = args[1].substring(0, "yyyy-mm-dd".length());
        Path adoc = Files.createDirectories(share.resolveSibling("man-adoc"));
        for (int i = 2; i < args.length; i++) {
            String[] toolAndMain = args[i].split("=", 2);
            CommandLine commandLine = newCommandLine(toolAndMain[1]);
            Files.writeString(completions.resolve(toolAndMain[0]),
                    AutoComplete.bash(toolAndMain[0], commandLine), StandardCharsets.UTF_8);
            writeManPageSources(commandLine, adoc);
        }
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create();
                var sources = Files.list(adoc)) {
            Options options = Options.builder().backend("manpage").safe(SafeMode.UNSAFE)
                    .attributes(Attributes.builder().attribute("docdate", date).attribute("reproducible", "").build())
                    .toDir(man1.toFile()).mkDirs(true).build();
            for (Path source : sources.sorted().toList()) {
                asciidoctor.convertFile(source.toFile(), options);
            }
        }
    }

    /** Each tool's {@code Main.newCommandLine(out, err)}: the very model the tool runs with. */
    private static CommandLine newCommandLine(String mainClass) throws ReflectiveOperationException {
        Method factory = Class.forName(mainClass).getMethod("newCommandLine", PrintWriter.class, PrintWriter.class);
        PrintWriter sink = new PrintWriter(new StringWriter());
        return (CommandLine) factory.invoke(null, sink, sink);
    }

    /** One AsciiDoc man page per command and subcommand, named like {@code http-tools-get.adoc}. */
    private static void writeManPageSources(CommandLine commandLine, Path dir) throws IOException {
        String name = commandLine.getCommandSpec().qualifiedName("-");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve(name + ".adoc")))) {
            ManPageGenerator.writeSingleManPage(out, commandLine.getCommandSpec());
        }
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                writeManPageSources(sub, dir);
            }
        }
    }
}

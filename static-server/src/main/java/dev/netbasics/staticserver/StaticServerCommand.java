package dev.netbasics.staticserver;

import dev.netbasics.cli.DebugOption;
import dev.netbasics.cli.ExitCode;
import dev.netbasics.cli.ToolCommand;
import dev.netbasics.staticserver.server.FileServer;
import dev.netbasics.staticserver.server.ServerConfig;
import dev.netbasics.staticserver.server.UploadPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "static-server",
        description = {
            "Serve a directory over HTTP or HTTPS, like python3 -m http.server.",
            "GET and HEAD with directory listings, byte ranges, conditional requests and keep-alive;",
            "nothing outside the directory is ever served. Ctrl-C or SIGTERM stops it cleanly",
            "(a second one at once)."
        },
        exitCodeList = {
            "  0:stopped by Ctrl-C or SIGTERM (a server's normal end, as Python's http.server and nginx)",
            "  1:cannot listen on the address or port, or another runtime failure",
            ExitCode.HELP_USAGE,
            "130:stopped at once by a second Ctrl-C or SIGTERM, cutting off responses in progress"
        })
final class StaticServerCommand extends ToolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PORT",
            description = "Port to listen on, as in Python; 0 picks a free one (default: " + ServerConfig.DEFAULT_PORT
                    + ").")
    Integer positionalPort;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT",
            description = "The same as PORT, as -p is the port in every netbasics tool (Python's -p is --protocol).")
    Integer port;

    @Option(names = {"-b", "--bind"}, paramLabel = "ADDRESS",
            description = "Address to listen on (default: all interfaces, IPv4 and IPv6).")
    InetAddress bind;

    @Option(names = {"-d", "--directory"}, paramLabel = "DIR", defaultValue = ".",
            description = "Directory to serve (default: the current directory).")
    Path directory;

    @Option(names = "--protocol", paramLabel = "VERSION", defaultValue = ServerConfig.DEFAULT_PROTOCOL,
            description = "HTTP/1.0 (one request per connection) or HTTP/1.1 (keep-alive; default).")
    String protocol;

    @Option(names = "--cors", description = "Allow any origin (Access-Control-Allow-Origin: *) and answer preflights.")
    boolean cors;

    @Option(names = "--no-listing", description = "Answer 404 for directories without an index.html.")
    boolean noListing;

    @Option(names = "--hide-dotfiles", description = "Neither list nor serve names starting with a dot.")
    boolean hideDotfiles;

    @Option(names = {"-q", "--quiet"}, description = "Log only errors, not every request.")
    boolean quiet;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_CONNECTIONS,
            description = "Connections served at once; more wait to be accepted (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + ServerConfig.DEFAULT_TIMEOUT_SECONDS,
            description = "Close a connection idle, or slow to send its request, for this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--shutdown-timeout", paramLabel = "SECONDS",
            defaultValue = "" + ServerConfig.DEFAULT_SHUTDOWN_TIMEOUT_SECONDS,
            description = "On Ctrl-C or SIGTERM, let the responses in progress finish for this long at most, then cut "
                    + "them off; a second Ctrl-C stops at once (default: ${DEFAULT-VALUE}).")
    int shutdownTimeoutSeconds;

    @Mixin
    TlsOptions tls;

    @Option(names = "--upload",
            description = "Take uploads: PUT of a file (curl -T) and a form on the listing page (multipart/form-data "
                    + "POST), each written whole or not at all.")
    boolean upload;

    @Option(names = "--upload-overwrite", description = "Let an upload replace an existing file (implies --upload).")
    boolean uploadOverwrite;

    @Option(names = "--max-upload", paramLabel = "SIZE",
            description = "Refuse uploads larger than SIZE bytes (K, M, G, T: powers of 1024) with 413 "
                    + "(default: no limit).")
    String maxUpload;

    @Option(names = "--gzip",
            description = "Compress text files of " + ServerConfig.GZIP_MIN_BYTES + " bytes to 1 MiB with gzip on the "
                    + "fly for clients that accept it (precompressed .br and .gz siblings are always served).")
    boolean gzip;

    @Override
    public Integer call() throws IOException, InterruptedException {
        FileServer server = new FileServer(config(), spec.commandLine().getOut(), spec.commandLine().getErr());
        StopSignals.install(server);
        return server.run().atOnce() ? ExitCode.INTERRUPTED : ExitCode.SUCCESS;
    }

    private ServerConfig config() {
        if (port != null && positionalPort != null && !port.equals(positionalPort)) {
            throw usage("two ports: PORT " + positionalPort + " and --port " + port + " (give one)");
        }
        int listenPort = port != null ? port : positionalPort != null ? positionalPort : ServerConfig.DEFAULT_PORT;
        if (listenPort < 0 || listenPort > 65_535) {
            throw usage("PORT must be between 0 and 65535, not " + listenPort);
        }
        if (!protocol.equals(ServerConfig.HTTP_1_0) && !protocol.equals(ServerConfig.HTTP_1_1)) {
            throw usage("--protocol must be HTTP/1.0 or HTTP/1.1, not " + protocol);
        }
        if (maxConnections < 1) {
            throw usage("--max-connections must be at least 1");
        }
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second");
        }
        if (shutdownTimeoutSeconds < 0) {
            throw usage("--shutdown-timeout must not be negative");
        }
        String tlsProblem = tls.problem();
        if (tlsProblem != null) {
            throw usage(tlsProblem);
        }
        Path root;
        try {
            root = directory.toRealPath();
        } catch (IOException e) {
            throw usage("no such directory: " + directory);
        }
        if (!Files.isDirectory(root)) {
            throw usage("not a directory: " + directory);
        }
        return new ServerConfig(root, bind, listenPort, protocol, cors, !noListing, quiet, hideDotfiles, maxConnections,
                Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(shutdownTimeoutSeconds), tls.setup(bind),
                uploadPolicy(), gzip);
    }

    private UploadPolicy uploadPolicy() {
        long limit = Long.MAX_VALUE;
        if (maxUpload != null) {
            limit = ByteSize.parse(maxUpload);
            if (limit < 0) {
                throw usage("--max-upload must be a size in bytes, with K, M, G or T if wanted, not " + maxUpload);
            }
        }
        return upload || uploadOverwrite || maxUpload != null
                ? new UploadPolicy(true, uploadOverwrite, limit) : UploadPolicy.OFF;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.parse.UrlParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quote",
        description = {
            "Print urllib.parse.quote(STRING, safe=SAFE), one line per STRING.",
            "Each UTF-8 byte becomes %%XX except ASCII letters, digits, '_.-~' and the characters of SAFE."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, ExitCode.HELP_USAGE})
class QuoteCommand extends StringFunctionCommand {

    @Option(names = "--safe", paramLabel = "CHARS",
            description = "ASCII characters left as they are (default: '${DEFAULT-VALUE}').")
    String safe = "/";

    @Override
    String apply(String string) {
        return UrlParser.quote(string, safe);
    }
}

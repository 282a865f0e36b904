package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.parse.UrlParser;
import picocli.CommandLine.Command;

@Command(name = "unquote",
        description = {
            "Print urllib.parse.unquote(STRING), one line per STRING.",
            "%%XX escapes are decoded as UTF-8, each invalid sequence as U+FFFD; a '%%' without two hex"
                    + " digits stays."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, ExitCode.HELP_USAGE})
final class UnquoteCommand extends StringFunctionCommand {

    @Override
    String apply(String string) {
        return UrlParser.unquote(string);
    }
}

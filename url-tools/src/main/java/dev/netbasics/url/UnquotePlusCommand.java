package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.parse.UrlParser;
import picocli.CommandLine.Command;

@Command(name = "unquote-plus",
        description = {
            "Print urllib.parse.unquote_plus(STRING), one line per STRING.",
            "'+' is a space, then as unquote."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, ExitCode.HELP_USAGE})
final class UnquotePlusCommand extends StringFunctionCommand {

    @Override
    String apply(String string) {
        return UrlParser.unquotePlus(string);
    }
}

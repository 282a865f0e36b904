package dev.netbasics.url;

import dev.netbasics.cli.ExitCode;
import dev.netbasics.url.parse.UrlParser;
import picocli.CommandLine.Command;

/** Python's quote_plus is quote with '+' for spaces and nothing safe by default; so is this command. */
@Command(name = "quote-plus",
        description = {
            "Print urllib.parse.quote_plus(STRING, safe=SAFE), one line per STRING.",
            "As quote, but spaces become '+' and nothing is safe unless given."
        },
        exitCodeList = {ExitCode.HELP_SUCCESS, ExitCode.HELP_USAGE})
final class QuotePlusCommand extends QuoteCommand {

    QuotePlusCommand() {
        safe = "";
    }

    @Override
    String apply(String string) {
        return UrlParser.quotePlus(string, safe);
    }
}

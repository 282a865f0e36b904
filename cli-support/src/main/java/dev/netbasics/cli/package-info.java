/**
 * The process skeleton every netbasics tool runs: its {@code Main} hands {@link dev.netbasics.cli.ToolProcess}
 * a command line, which gets Python's reading of arguments and terminal text, one {@code Error:} line per
 * failure, the documented exit codes and the version. Python's counterpart is the interpreter's own start-up
 * ({@code sys.argv}, {@code sys.stdout}, an uncaught exception's exit status).
 */
package dev.netbasics.cli;

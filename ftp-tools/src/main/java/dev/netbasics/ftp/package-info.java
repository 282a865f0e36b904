/**
 * The ftp-tools command line: {@code Main}, the root command and one class per subcommand ({@code get},
 * {@code welcome}, {@code cmd}, {@code ls}, {@code put}), the book's ftplib scripts as commands; they hold options
 * and wiring, and the FTP work is in {@link dev.netbasics.ftp.client}.
 */
package dev.netbasics.ftp;

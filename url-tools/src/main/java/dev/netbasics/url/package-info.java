/**
 * The url-tools command line: {@code Main}, one picocli command per subcommand, and the work that prints what the
 * book's urllib scripts print ({@code print(urlopen(url).read())}, {@code print(x.info())}, the repr of a
 * {@code urllib.parse} result, robotparser's answers); the protocol work is in the packages below.
 */
package dev.netbasics.url;

/**
 * The http-tools command line: {@code Main}, the root command and one class per subcommand ({@code connect},
 * {@code get}, {@code post}), the book's {@code make_connection.py}, {@code get_example.py} and
 * {@code post_example.py} as commands, with what those scripts print (Python's reprs, or JSON for scripts); the
 * HTTP work is in {@link dev.netbasics.http.client}.
 */
package dev.netbasics.http;

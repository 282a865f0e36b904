/**
 * The chats themselves: the book's {@code server.py} and {@code client.py} (one client at a time, answered with what
 * the user types) over TCP, Unix sockets and UDP, and room mode, a threaded server in the manner of Python's
 * {@code socketserver.ThreadingTCPServer}, relaying every line to every other client, with its full-duplex client.
 */
package dev.netbasics.chat.conversation;

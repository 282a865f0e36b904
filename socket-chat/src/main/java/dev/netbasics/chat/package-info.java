/**
 * The socket-chat command line: {@code Main}, the {@code server} and {@code client} commands standing in for the
 * book's {@code server.py} and {@code client.py}, and the transport options they share; the chats are in
 * {@code conversation}, the sockets under them in {@code socket}.
 */
package dev.netbasics.chat;

#!/usr/bin/env python3
"""The book's chat server (server.py): accept one client, print what it sends, answer with typed lines.

Usage: server.py [HOST [PORT]]   (defaults: this machine's host name, 5000)
Answers are read from standard input, so the script also runs unattended with a pipe.
"""
import socket
import sys


def server_program():
    host = sys.argv[1] if len(sys.argv) > 1 else socket.gethostname()
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 5000

    server_socket = socket.socket()
    server_socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server_socket.bind((host, port))
    server_socket.listen(2)
    conn, address = server_socket.accept()
    print("Connection from: " + str(address), flush=True)
    while True:
        data = conn.recv(1024).decode()
        if not data:
            break
        print("from connected user: " + str(data), flush=True)
        try:
            data = input(' -> ')
        except EOFError:
            break
        conn.send(data.encode())
    conn.close()


if __name__ == '__main__':
    server_program()

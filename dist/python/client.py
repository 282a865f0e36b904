#!/usr/bin/env python3
"""The book's chat client (client.py): send typed lines, print the answers, stop at 'bye'.

Usage: client.py [HOST [PORT]]   (defaults: this machine's host name, 5000)
Lines are read from standard input; its end counts as 'bye', so the script runs unattended too.
"""
import socket
import sys


def next_message():
    try:
        return input(" -> ")
    except EOFError:
        return "bye"


def client_program():
    host = sys.argv[1] if len(sys.argv) > 1 else socket.gethostname()
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 5000

    client_socket = socket.socket()
    client_socket.connect((host, port))
    message = next_message()
    while message.lower().strip() != 'bye':
        client_socket.send(message.encode())
        data = client_socket.recv(1024).decode()
        print('Received from server: ' + data, flush=True)
        message = next_message()
    client_socket.close()


if __name__ == '__main__':
    client_program()

#!/usr/bin/env python3
"""The book's make_connection.py: open an http.client connection and show it.

Usage: make_connection.py URL   (http:// or https://)
"""
import http.client
import sys
from urllib.parse import urlsplit


def main():
    url = urlsplit(sys.argv[1] if len(sys.argv) > 1 else "http://www.python.org/")
    connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(url.hostname, url.port, timeout=20)
    connection.connect()
    print(connection)
    connection.close()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The book's get_example.py: GET a URL with http.client, print the status and the header list.

Usage: get_example.py URL
"""
import http.client
import sys
from urllib.parse import urlsplit


def main():
    url = urlsplit(sys.argv[1] if len(sys.argv) > 1 else "https://www.python.org/")
    connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(url.hostname, url.port, timeout=20)
    connection.request("GET", url.path or "/")
    response = connection.getresponse()
    print("Status: {}".format(response.status))
    print("Headers: {}".format(response.getheaders()))
    connection.close()


if __name__ == "__main__":
    main()

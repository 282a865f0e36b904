#!/usr/bin/env python3
"""The book's post_example.py: POST JSON with http.client and print the response body.

Usage: post_example.py URL [JSON|@FILE]   (default JSON: {"text": "Hello World"}; the book posts to httpbin's /post)
"""
import http.client
import json
import sys
from urllib.parse import urlsplit


def main():
    url = urlsplit(sys.argv[1] if len(sys.argv) > 1 else "https://httpbin.org/post")
    document = sys.argv[2] if len(sys.argv) > 2 else '{"text": "Hello World"}'
    if document.startswith("@"):
        with open(document[1:], encoding="utf-8") as file:
            document = file.read()
    payload = json.loads(document)
    connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(url.hostname, url.port, timeout=20)
    headers = {"Content-type": "application/json"}
    connection.request("POST", url.path or "/", json.dumps(payload), headers)
    response = connection.getresponse()
    print(response.read().decode())
    connection.close()


if __name__ == "__main__":
    main()

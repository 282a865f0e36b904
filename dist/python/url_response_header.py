#!/usr/bin/env python3
"""The book's url_response_header.py: open a URL with urllib.request and print its response headers.

Usage: url_response_header.py URL
"""
import sys
import urllib.request


def main():
    url = sys.argv[1] if len(sys.argv) > 1 else "https://www.python.org/"
    x = urllib.request.urlopen(url)
    print(x.info())


if __name__ == "__main__":
    main()

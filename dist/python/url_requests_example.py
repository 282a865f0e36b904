#!/usr/bin/env python3
"""The book's url_requests_example.py: open a URL with urllib.request and print the body it returns.

Usage: url_requests_example.py URL
"""
import sys
import urllib.request


def main():
    url = sys.argv[1] if len(sys.argv) > 1 else "https://www.python.org/"
    x = urllib.request.urlopen(url)
    print(x.read())


if __name__ == "__main__":
    main()

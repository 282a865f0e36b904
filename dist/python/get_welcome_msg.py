#!/usr/bin/env python3
"""The book's get_welcome_msg.py: log in and print the server's welcome banner.

Usage: get_welcome_msg.py HOST [PORT] [USER]
The password comes from FTP_PASSWORD (anonymous logins need none).
"""
import ftplib
import os
import sys

host = sys.argv[1]
port = int(sys.argv[2]) if len(sys.argv) > 2 else 21
user = sys.argv[3] if len(sys.argv) > 3 else 'anonymous'

ftp = ftplib.FTP()
ftp.connect(host, port)
ftp.login(user, os.environ.get('FTP_PASSWORD', ''))
welcome = ftp.getwelcome()
print(welcome)
ftp.close()

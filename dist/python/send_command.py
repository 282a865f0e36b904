#!/usr/bin/env python3
"""The book's send_command.py: log in, change directory, send STAT and PWD and print each reply.

Usage: send_command.py HOST [PORT] [USER] [DIR]
The password comes from FTP_PASSWORD (anonymous logins need none).
"""
import ftplib
import os
import sys

host = sys.argv[1]
port = int(sys.argv[2]) if len(sys.argv) > 2 else 21
user = sys.argv[3] if len(sys.argv) > 3 else 'anonymous'
directory = sys.argv[4] if len(sys.argv) > 4 else ''

ftp = ftplib.FTP()
ftp.connect(host, port)
ftp.login(user, os.environ.get('FTP_PASSWORD', ''))
if directory:
    ftp.cwd(directory)
s_cmd_stat = ftp.sendcmd('STAT')
print(s_cmd_stat)
print()
s_cmd_pwd = ftp.sendcmd('PWD')
print(s_cmd_pwd)
print()
ftp.close()

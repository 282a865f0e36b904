#!/usr/bin/env python3
"""The book's get_ftp_files.py: log in, list a directory, download every file in it.

Usage: get_ftp_files.py HOST [PORT] [USER] [REMOTE_DIR] [DOWNLOAD_DIR]
The password comes from FTP_PASSWORD (anonymous logins need none).
"""
import ftplib
import os
import sys

host = sys.argv[1]
port = int(sys.argv[2]) if len(sys.argv) > 2 else 21
user = sys.argv[3] if len(sys.argv) > 3 else 'anonymous'
remote_dir = sys.argv[4] if len(sys.argv) > 4 else ''
download_dir = sys.argv[5] if len(sys.argv) > 5 else '.'

ftp = ftplib.FTP()
ftp.connect(host, port)
ftp.login(user, os.environ.get('FTP_PASSWORD', ''))
if remote_dir:
    ftp.cwd(remote_dir)
files = ftp.nlst()
print(files)
for file in files:
    print("Downloading..." + file)
    with open(os.path.join(download_dir, file), 'wb') as local:
        ftp.retrbinary("RETR " + file, local.write)
ftp.close()

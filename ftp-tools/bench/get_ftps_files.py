#!/usr/bin/env python3
"""get_ftp_files.py over explicit FTPS (ftplib's FTP_TLS, PROT P), the certificate verified against CAFILE.

Usage: get_ftps_files.py HOST PORT CAFILE REMOTE_DIR DOWNLOAD_DIR
"""
import ftplib
import os
import ssl
import sys

host, port, cafile, remote_dir, download_dir = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
ftp = ftplib.FTP_TLS(context=ssl.create_default_context(cafile=cafile))
ftp.connect(host, port)
ftp.login()
ftp.prot_p()
ftp.cwd(remote_dir)
files = ftp.nlst()
print(files)
for file in files:
    print("Downloading..." + file)
    with open(os.path.join(download_dir, file), 'wb') as local:
        ftp.retrbinary("RETR " + file, local.write)
ftp.close()

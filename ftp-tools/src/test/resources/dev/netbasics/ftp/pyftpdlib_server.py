"""pyftpdlib on 127.0.0.1, a free port: anonymous read-only and one writing user under ROOT, FTPS when a
certificate and key are given. Prints the port, then serves until killed.

usage: pyftpdlib_server.py ROOT USER PASSWORD BANNER [CERT_PEM KEY_PEM]
"""
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler
from pyftpdlib.servers import FTPServer

root, user, password, banner = sys.argv[1:5]
authorizer = DummyAuthorizer()
authorizer.add_anonymous(root)
authorizer.add_user(user, password, root, perm="elradfmwMT")
base = FTPHandler
attributes = {"authorizer": authorizer, "banner": banner, "passive_ports": None}
if len(sys.argv) > 5:
    base = TLS_FTPHandler
    attributes.update(certfile=sys.argv[5], keyfile=sys.argv[6])
handler = type("Handler", (base,), attributes)
server = FTPServer(("127.0.0.1", 0), handler)
print(server.socket.getsockname()[1], flush=True)
server.serve_forever(handle_exit=False)

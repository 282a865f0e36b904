"""Runs CPython's own http.server test cases against a server that is already running.

usage: python3 cpython_httpservers.py ROOT PORT
The server serves ROOT on 127.0.0.1:PORT. CPython's cases start their own server in each test; here that
start is replaced by the one given, and the temporary directories the cases create go under ROOT, which is
where they expect the server's root to be. Prints one line per case: "<case> ok|skip", or
"<case> FAIL|ERROR <the first line of what went wrong>".
Needs the test package of the interpreter (Debian: libpython3.11-testsuite).
"""
import os
import sys
import tempfile
import unittest

from test import test_httpservers as cases

root, port = os.path.abspath(sys.argv[1]), int(sys.argv[2])
tempfile.tempdir = root


class RunningServer:
    """Stands in for the test module's server thread: the server runs already, elsewhere."""

    def __init__(self, test_object, request_handler):
        self.test_object = test_object

    def start(self):
        self.test_object.HOST, self.test_object.PORT = "127.0.0.1", port
        self.test_object.server_started.set()

    def stop(self):
        pass


cases.TestServerThread = RunningServer

# The cases that talk to a file server over HTTP. BaseHTTPServerTestCase's other cases test handlers of
# their own (methods such as TEST and KEYERROR), which no file server has. Cases that a Python release
# lacks are left out.
SELECTED = {
    cases.SimpleHTTPServerTestCase: None,
    cases.BaseHTTPServerTestCase: [
        "test_request_line_trimming", "test_version_bogus", "test_version_digits",
        "test_version_signs_and_underscores", "test_major_version_number_too_long",
        "test_minor_version_number_too_long", "test_version_none", "test_version_invalid", "test_send_blank",
    ],
}


def first_line(err):
    return (str(err[1]).splitlines() or [err[0].__name__])[0]


class Report(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        print(test.id(), "ok", flush=True)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print(test.id(), "FAIL", first_line(err), flush=True)

    def addError(self, test, err):
        super().addError(test, err)
        print(test.id(), "ERROR", first_line(err), flush=True)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        print(test.id(), "skip", flush=True)


suite = unittest.TestSuite()
loader = unittest.TestLoader()
for case, names in SELECTED.items():
    if names is None:
        suite.addTests(loader.loadTestsFromTestCase(case))
    else:
        suite.addTests(case(name) for name in names if hasattr(case, name))
unittest.TextTestRunner(stream=sys.stderr, resultclass=Report, verbosity=0).run(suite)

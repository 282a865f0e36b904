#!/usr/bin/env python3
"""socket-chat against the book's Python pair, on loopback only, on the JVM and natively.

Usage: socket-chat/bench/bench.py [--lines 10000] [--clients 1000] [--runs 3]
  (after ./mvnw package; the native rows need dist/native-local socket-chat, or -Pnative)

1. Round trips: a client sends LINES lines and the server answers each one, both scripted through
   pipes, client process start included; socket-chat server+client, per mode, plain and with --tls (the
   client with -k; its handshake included), against dist/python/server.py+client.py. Prints answered
   lines/s (median of RUNS) and the ratio to Python.
2. Room fan-out: CLIENTS clients join `socket-chat server --room` (then `--room --tls`, the clients
   Python's asyncio with ssl); 10 of them send 100 lines each; every line goes to the other CLIENTS-1.
   Prints delivered lines/s and the server's idle and peak RSS, per mode.
JVM mode: dist/target/bin/socket-chat (the launcher, with its AOT cache) when it is built from the current
jar, else the module's jar with the launcher's options. Native mode: dist/target/native-local/bin, or
dist/target/bin after -Pnative.
"""
import argparse
import asyncio
import os
import platform
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
# The launcher's options for one-shot tools (dist/src/main/sh/assemble).
JVM_OPTIONS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss512k"]


def is_script(path):
    with open(path, "rb") as f:
        return f.read(2) == b"#!"


def jvm_command():
    launcher = PROJECT / "dist/target/bin/socket-chat"
    jar = PROJECT / "socket-chat/target/socket-chat.jar"
    packaged = PROJECT / "dist/target/lib/socket-chat.jar"
    if launcher.exists() and is_script(launcher) and packaged.exists() \
            and jar.stat().st_mtime <= packaged.stat().st_mtime:
        return [str(launcher)], "JVM launcher"
    for home in [os.environ.get("JAVA_HOME", "")] + sorted(map(str, Path("/usr/lib/jvm").glob("*")), reverse=True):
        release = Path(home, "release")
        if release.exists() and any(line.startswith('JAVA_VERSION="2') for line in release.read_text().splitlines()):
            return [f"{home}/bin/java", *JVM_OPTIONS, "-jar", str(jar)], "JVM, java -jar"
    sys.exit("bench: needs a JDK 21+")


def native_command():
    for candidate in (PROJECT / "dist/target/bin/socket-chat", PROJECT / "dist/target/native-local/bin/socket-chat"):
        if candidate.exists() and not is_script(candidate):
            return [str(candidate)]
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port):
    """Whether something listens on the port, without connecting (a book server accepts only one client)."""
    hex_port = f":{port:04X}"
    with open("/proc/net/tcp") as table:
        return any(hex_port in line.split()[1] and line.split()[3] == "0A" for line in table.readlines()[1:])


def round_trip(server_argv, client_argv, port, lines, work):
    """One run: answered lines and seconds, from the client's start to its end."""
    answers = work / "answers"
    answers.write_text("".join(f"answer {i}\n" for i in range(lines)))
    messages = work / "messages"
    messages.write_text("".join(f"message {i}\n" for i in range(lines)) + "bye\n")
    with open(answers) as stdin:
        server = subprocess.Popen(server_argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not listening(port) and time.monotonic() < deadline:
        time.sleep(0.02)
    start = time.perf_counter()
    with open(messages) as stdin:
        output = subprocess.run(client_argv, stdin=stdin, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    server.wait(timeout=30)
    return output.count("Received from server: answer"), elapsed


def round_trips(name, pair, lines, runs, work, python_rate=None):
    rates = []
    answered = 0
    for _ in range(runs):
        port = free_port()
        server_argv, client_argv = pair(port)
        answered, elapsed = round_trip(server_argv, client_argv, port, lines, work)
        rates.append(answered / elapsed)
    rate = statistics.median(rates)
    ratio = f"{rate / python_rate:.2f}" if python_rate else "1.00"
    print(f"| {name} | {answered:,} | {answered / rate:.3f} | {rate:,.0f} | {ratio} |", flush=True)
    return rate


async def fan_out(port, clients, senders, lines_each, tls):
    context = None
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    connections = []
    for _ in range(clients):
        connections.append(await asyncio.open_connection("127.0.0.1", port, limit=1 << 20, ssl=context))
    expected = senders * lines_each * (clients - 1)
    received = 0
    done = asyncio.Event()

    async def count(reader):
        nonlocal received
        while True:
            line = await reader.readline()
            if not line:
                return
            if line.startswith(b"[127"):
                received += 1
                if received >= expected:
                    done.set()

    readers = [asyncio.create_task(count(r)) for r, _ in connections]
    await asyncio.sleep(1.0)  # let every join announcement pass
    start = time.perf_counter()
    for _, writer in connections[:senders]:
        writer.write(b"".join(b"fan-out line %d\n" % i for i in range(lines_each)))
    try:
        await asyncio.wait_for(done.wait(), timeout=120)
    except asyncio.TimeoutError:
        pass
    elapsed = time.perf_counter() - start
    for _, writer in connections:
        writer.close()
    for task in readers:
        task.cancel()
    return received, expected, elapsed


def rss_mib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def room(name, chat, clients, tls):
    port = free_port()
    server = subprocess.Popen(chat + ["server", "--room", "--host", "127.0.0.1", "--port", str(port),
                                      "--backlog", "1024"] + (["--tls"] if tls else []),
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not listening(port):
        time.sleep(0.05)
    time.sleep(0.5)
    idle = rss_mib(server.pid, "VmRSS")
    received, expected, elapsed = asyncio.run(fan_out(port, clients, 10, 100, tls))
    peak = rss_mib(server.pid, "VmHWM")
    server.terminate()
    server.wait(timeout=10)
    print(f"| {name} | {received:,} | {expected:,} | {elapsed:.2f} | {received / elapsed:,.0f} | {idle:.1f} | {peak:.1f} |",
          flush=True)


def machine():
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.machine())
    memory = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return f"{platform.system()} {platform.release()}, {model}, {os.cpu_count()} cores, {memory / 2**20:.0f} GiB"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    jvm, jvm_mode = jvm_command()
    modes = [(f"socket-chat ({jvm_mode})", jvm)]
    native = native_command()
    if native:
        modes.append(("socket-chat (native)", native))
    else:
        print("bench: no native executable (dist/native-local socket-chat): JVM rows only", file=sys.stderr)
    scripts = PROJECT / "dist/python"
    print(f"Machine: {machine()}; Python {platform.python_version()} ({PYTHON})\n")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"Round trips: {args.lines:,} lines, each answered, client start included (median of {args.runs})\n")
        print("| pair | answered | seconds | lines/s | / Python |\n|---|---:|---:|---:|---:|")
        python_rate = round_trips("Python server.py/client.py", lambda port: (
            [PYTHON, str(scripts / "server.py"), "127.0.0.1", str(port)],
            [PYTHON, str(scripts / "client.py"), "127.0.0.1", str(port)]), args.lines, args.runs, work)
        for tls in (False, True):
            for name, chat in modes:
                round_trips(name + (", --tls" if tls else ""), lambda port, chat=chat, tls=tls: (
                    chat + ["server", "--host", "127.0.0.1", "--port", str(port)] + (["--tls"] if tls else []),
                    chat + ["client", "--host", "127.0.0.1", "--port", str(port)] + (["--tls", "-k"] if tls else [])),
                    args.lines, args.runs, work, python_rate)

        print(f"\nRoom fan-out: {args.clients:,} clients, 10 senders x 100 lines\n")
        print("| server | delivered | expected | seconds | lines/s | RSS idle MiB | peak RSS MiB |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for tls in (False, True):
            for name, chat in modes:
                room(name + (", --tls" if tls else ""), chat, args.clients, tls)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""socket-chat against the book's Python pair, on loopback only.

Usage: socket-chat/bench/bench.py [--lines 10000] [--clients 1000]

1. Round trips: a client sends LINES lines and the server answers each one, both scripted through
   pipes; socket-chat server+client against dist/python/server.py+client.py. Prints round trips/s.
2. Room fan-out: CLIENTS clients join `socket-chat server --room`; 10 of them send 100 lines each; every
   line goes to the other CLIENTS-1. Prints delivered lines/s and the server's peak RSS.
Uses dist/target/bin/socket-chat when it is built from the current jar, else the module's jar.
"""
import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def chat_command():
    launcher = PROJECT / "dist/target/bin/socket-chat"
    jar = PROJECT / "socket-chat/target/socket-chat.jar"
    if launcher.exists() and jar.stat().st_mtime <= (PROJECT / "dist/target/lib/socket-chat.jar").stat().st_mtime:
        return [str(launcher)]
    for home in [os.environ.get("JAVA_HOME", "")] + sorted(map(str, Path("/usr/lib/jvm").glob("*")), reverse=True):
        release = Path(home, "release")
        if release.exists() and any(line.startswith('JAVA_VERSION="2') for line in release.read_text().splitlines()):
            return [f"{home}/bin/java", "-XX:+UseSerialGC", "-Xss512k", "-jar", str(jar)]
    sys.exit("bench: needs a JDK 21+")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port):
    """Whether something listens on the port, without connecting (a book server accepts only one client)."""
    hex_port = f":{port:04X}"
    with open("/proc/net/tcp") as table:
        return any(hex_port in line.split()[1] and line.split()[3] == "0A" for line in table.readlines()[1:])


def round_trips(name, server_argv, client_argv, lines, work):
    answers = work / "answers"
    answers.write_text("".join(f"answer {i}\n" for i in range(lines)))
    messages = work / "messages"
    messages.write_text("".join(f"message {i}\n" for i in range(lines)) + "bye\n")
    with open(answers) as stdin:
        server = subprocess.Popen(server_argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = int(server_argv[-1])
    deadline = time.monotonic() + 20
    while not listening(port) and time.monotonic() < deadline:
        time.sleep(0.02)
    start = time.perf_counter()
    with open(messages) as stdin:
        output = subprocess.run(client_argv, stdin=stdin, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    server.wait(timeout=30)
    answered = output.count("Received from server: answer")
    print(f"| {name} | {answered} | {elapsed:.2f} | {answered / elapsed:,.0f} |")


async def fan_out(port, clients, senders, lines_each):
    connections = []
    for _ in range(clients):
        connections.append(await asyncio.open_connection("127.0.0.1", port, limit=1 << 20))
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


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=1000)
    args = parser.parse_args()
    chat = chat_command()
    scripts = PROJECT / "dist/python"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"Round trips: {args.lines} lines, each answered (loopback)\n")
        print("| pair | answered | seconds | round trips/s |\n|---|---:|---:|---:|")
        port = free_port()
        round_trips("socket-chat", chat + ["server", "--host", "127.0.0.1", "--port", str(port)],
                    chat + ["client", "--host", "127.0.0.1", "--port", str(port)], args.lines, work)
        port = free_port()
        round_trips("Python server.py/client.py", [PYTHON, str(scripts / "server.py"), "127.0.0.1", str(port)],
                    [PYTHON, str(scripts / "client.py"), "127.0.0.1", str(port)], args.lines, work)

        port = free_port()
        room = subprocess.Popen(chat + ["server", "--room", "--host", "127.0.0.1", "--port", str(port),
                                        "--backlog", "1024"],
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not listening(port):
            time.sleep(0.05)
        idle = rss_mib(room.pid)
        received, expected, elapsed = asyncio.run(fan_out(port, args.clients, 10, 100))
        peak = rss_mib(room.pid)
        room.terminate()
        room.wait(timeout=10)
        print(f"\nRoom fan-out: {args.clients} clients, 10 senders x 100 lines\n")
        print("| delivered | expected | seconds | lines/s | server RSS idle MiB | server peak RSS MiB |")
        print("|---:|---:|---:|---:|---:|---:|")
        print(f"| {received:,} | {expected:,} | {elapsed:.2f} | {received / elapsed:,.0f} | {idle:.1f} | {peak:.1f} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# bench.sh [RUNS]: hyperfine race on loopback, each book script (the real interpreter, not a pyenv shim) against
# http-tools doing the same job, native executable and JVM launcher side by side in one hyperfine run per row:
# `connect` / make_connection.py, `get` / get_example.py, `post --json` / post_example.py, `get -i` and `post`
# of a 300 KB body, and `--version` / `python3 -c pass`. Prints a Markdown table of means and tool/Python.
# The native executable: $HTTP_TOOLS_NATIVE, else dist/target/native-local/bin/http-tools (dist/native-local),
# else dist/target/bin/http-tools when -Pnative built it; the JVM launcher: dist/target/bin/http-tools.
# Run it under the machine lock: flock /tmp/netbasics-heavy.lock http-tools/bench/bench.sh
set -euo pipefail
runs=${1:-30}
project=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
python=/usr/bin/python3
[[ -x $python ]] || python=$(python3 -c 'import sys; print(sys.executable)')
command -v hyperfine >/dev/null || { echo "bench.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
is_launcher() { [[ $(head -c 2 "$1") == '#!' ]]; }
launcher=$project/dist/target/bin/http-tools
native=${HTTP_TOOLS_NATIVE:-$project/dist/target/native-local/bin/http-tools}
if [[ ! -x $native && -x $launcher ]] && ! is_launcher "$launcher"; then native=$launcher; fi
[[ -x $native ]] || native=
[[ -x $launcher ]] && is_launcher "$launcher" || launcher=
[[ -n $native || -n $launcher ]] || { echo "bench.sh: run ./mvnw package (and dist/native-local) first" >&2; exit 2; }
scripts=$project/dist/python
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.1; done; }

# One peer for every row: Python's http.server serving files, and answering POST /post with an httpbin-like
# echo and POST /big.json with 300 KB of JSON.
echo '<html><body>hello</body></html>' >"$work/index.html"
$python -c 'import json; print(json.dumps({"lines": ["line %06d of a larger body, plain ASCII text" % i
                                                         for i in range(6000)]}, indent=1))' >"$work/big.json"
cat >"$work/peer.py" <<'EOF'
import json, sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
class Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *args):
        pass
    def do_POST(self):
        data = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/big.json":
            body = open(self.directory + "/big.json", "rb").read()
        else:
            body = json.dumps({"data": data.decode(), "json": json.loads(data or b"null"),
                               "headers": dict(self.headers)}, indent=2).encode() + b"\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # make_connection.py and `connect` hang up without a request
server = Server(("127.0.0.1", 0), partial(Handler, directory=sys.argv[1]))
print(server.server_address[1], flush=True)
server.serve_forever()
EOF
# get_example.py does not read the body; for `get -i` Python has to print it too, so that both do the same work.
sed 's/    connection.close()/    print(response.read().decode())\n    connection.close()/' \
    "$scripts/get_example.py" >"$work/get_body_example.py"
coproc PEER { exec "$python" "$work/peer.py" "$work" 2>/dev/null; }
pids+=("$PEER_PID")
read -r port <&"${PEER[0]}"
wait_port "$port"
base=http://127.0.0.1:$port

# race NAME LABEL PYTHON-COMMAND TOOL-ARGS: one hyperfine run of Python, the native executable and the JVM launcher.
race() {
    local name=$1 label=$2 args=$4 commands=(-n python "$3")
    [[ -n $native ]] && commands+=(-n native "$native $args")
    [[ -n $launcher ]] && commands+=(-n jvm "$launcher $args")
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/$name.json" "${commands[@]}" >/dev/null
    $python - "$work/$name.json" "$label" "$args" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
python = results["python"]["mean"]
def cell(name):
    r = results.get(name)
    return "–" if r is None else "%.1f ± %.1f | %.2f" % (r["mean"] * 1e3, r["stddev"] * 1e3, r["mean"] / python)
print("| %s | `http-tools %s` | %.1f | %s | %s |" % (sys.argv[2], sys.argv[3].split(" http")[0], python * 1e3,
                                                     cell("native"), cell("jvm")))
EOF
}

echo "| Python | http-tools | Python ms | native ms | native/Python | JVM ms | JVM/Python |"
echo "|---|---|---:|---:|---:|---:|---:|"
json="--json '{\"text\": \"Hello World\"}'"
race version "python3 -c pass" "$python -c pass" "--version"
race connect make_connection.py "$python $scripts/make_connection.py $base/" "connect $base/"
race get get_example.py "$python $scripts/get_example.py $base/index.html" "get $base/index.html"
race post post_example.py "$python $scripts/post_example.py $base/post" "post $base/post $json"
race get300k "get_example.py + body, 300 KB" "$python $work/get_body_example.py $base/big.json" "get -i $base/big.json"
race post300k "post_example.py, 300 KB answer" "$python $scripts/post_example.py $base/big.json" "post $base/big.json $json"
echo
echo "runs: $runs after 3 warm-up; native: ${native:-none} ($([[ -n $native ]] && du -h "$(readlink -f "$native")" | cut -f1)); jvm: ${launcher:-none}"

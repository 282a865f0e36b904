#!/usr/bin/env bash
# bench.sh [RUNS]: hyperfine race on loopback: `url-tools read --repr` and `url-tools headers` against the
# book's url_requests_example.py and url_response_header.py (the real interpreter, not a pyenv shim) on the
# same file from a local python3 -m http.server, plus `url-tools parse` against urllib.parse in one python3
# call. Uses dist/target/bin/url-tools.
set -euo pipefail
runs=${1:-30}
project=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tool=$project/dist/target/bin/url-tools
python=/usr/bin/python3
[[ -x $python ]] || python=$(python3 -c 'import sys; print(sys.executable)')
command -v hyperfine >/dev/null || { echo "bench.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[[ -x $tool ]] || { echo "bench.sh: run ./mvnw package first" >&2; exit 2; }
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
free_port() { $python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.1; done; }

echo '<html><body>hello</body></html>' >"$work/index.html"
port=$(free_port)
$python -m http.server -b 127.0.0.1 -d "$work" "$port" >/dev/null 2>&1 & pids+=($!)
wait_port "$port"
url=http://127.0.0.1:$port/index.html
cmp <("$tool" read --repr "$url") <($python "$project/dist/python/url_requests_example.py" "$url") \
    || { echo "bench.sh: url-tools and the book's script disagree" >&2; exit 1; }
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/read.md" \
    -n "url-tools read --repr" "$tool read --repr $url" \
    -n "url_requests_example.py" "$python $project/dist/python/url_requests_example.py $url" \
    -n "url-tools headers" "$tool headers $url" \
    -n "url_response_header.py" "$python $project/dist/python/url_response_header.py $url" \
    -n "url-tools parse" "$tool parse https://user@example.com:8080/a;p?q=1#f" \
    -n "python3 urlparse" "$python -c 'import urllib.parse; print(urllib.parse.urlparse(\"https://user@example.com:8080/a;p?q=1#f\"))'" \
    >/dev/null
cat "$work/read.md"

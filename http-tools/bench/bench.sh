#!/usr/bin/env bash
# bench.sh [RUNS]: hyperfine race on loopback: `http-tools get` against the book's get_example.py (the
# real interpreter, not a pyenv shim) fetching the same file from a local python3 -m http.server; also
# `post` against post_example.py when python3-httpbin is installed. Uses dist/target/bin/http-tools.
set -euo pipefail
runs=${1:-30}
project=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tool=$project/dist/target/bin/http-tools
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
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/get.md" \
    -n "http-tools get" "$tool get $url" \
    -n "get_example.py" "$python $project/dist/python/get_example.py $url" >/dev/null
cat "$work/get.md"

if $python -c 'import httpbin' 2>/dev/null; then
    port=$(free_port)
    $python -m httpbin.core --host 127.0.0.1 --port "$port" >/dev/null 2>&1 & pids+=($!)
    wait_port "$port"
    post=http://127.0.0.1:$port/post
    echo
    hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/post.md" \
        -n "http-tools post" "$tool post $post --json '{\"text\": \"Hello World\"}'" \
        -n "post_example.py" "$python $project/dist/python/post_example.py $post" >/dev/null
    cat "$work/post.md"
fi

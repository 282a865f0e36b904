#!/usr/bin/env bash
# bench.sh [RUNS]: hyperfine race on loopback of url-tools against the book's urllib scripts (the real interpreter,
# not a pyenv shim), each row one hyperfine run of Python, the native executable and the JVM launcher:
# `read --repr` / url_requests_example.py and `headers` / url_response_header.py on a small page and on a 300 KB
# body, `read` / the same script writing the bytes as they are, `parse` / urllib.parse.urlparse, and `--version` /
# `python3 -c pass`. Python's http.server serves the files. Prints a Markdown table of means and tool/Python.
# Native: $URL_TOOLS_NATIVE, else dist/target/native-local/bin/url-tools (dist/native-local), else
# dist/target/bin/url-tools when -Pnative built it; JVM: the launcher dist/target/bin/url-tools.
# Run it under the machine lock: flock /tmp/netbasics-heavy.lock url-tools/bench/bench.sh
set -euo pipefail
runs=${1:-30}
project=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
scripts=$project/dist/python
python=/usr/bin/python3
[[ -x $python ]] || python=$(python3 -c 'import sys; print(sys.executable)')
command -v hyperfine >/dev/null || { echo "bench.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

bin=$project/dist/target/bin/url-tools
native=${URL_TOOLS_NATIVE:-$project/dist/target/native-local/bin/url-tools}
jvm=
if [[ -x $bin ]]; then
    if [[ $(head -c 2 "$bin") == '#!' ]]; then jvm=$bin; elif [[ ! -x $native ]]; then native=$bin; fi
fi
[[ -x $native ]] || native=
[[ -n $native$jvm ]] || { echo "bench.sh: run ./mvnw package and dist/native-local url-tools first" >&2; exit 2; }

work=$(mktemp -d)
server=
trap '[[ -n $server ]] && kill "$server"; rm -rf "$work"' EXIT
echo '<html><body>hello</body></html>' >"$work/index.html"
# 300 KB as a download has them: every byte value, in runs of text and alone.
$python -c '
import random, sys
rng = random.Random(13)
body = bytearray(rng.randbytes(300_000))
for i in range(0, len(body), 1000):
    body[i:i + 300] = bytes([97 + i % 26]) * len(body[i:i + 300])
sys.stdout.buffer.write(body)' >"$work/body.bin"
sed 's/print(\(.*\)\.read())/sys.stdout.buffer.write(\1.read())/' "$scripts/url_requests_example.py" >"$work/url_write.py"
grep -q 'sys.stdout.buffer.write' "$work/url_write.py" || { echo "bench.sh: cannot derive url_write.py" >&2; exit 1; }
grep -q '^import sys' "$work/url_write.py" || sed -i '1i import sys' "$work/url_write.py"
port=$($python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$python -m http.server -b 127.0.0.1 -d "$work" "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
page=http://127.0.0.1:$port/index.html
body=http://127.0.0.1:$port/body.bin
for url in "$page" "$body"; do
    for tool in $native $jvm; do
        cmp -s <("$tool" read --repr "$url") <($python "$scripts/url_requests_example.py" "$url") \
            || { echo "bench.sh: $tool and the book's script disagree on $url" >&2; exit 1; }
    done
done

# row LABEL PYTHON-COMMAND TOOL-ARGUMENTS
row() {
    local name=$((++rows)) commands=(-n python "$2")
    [[ -n $native ]] && commands+=(-n native "$native $3")
    [[ -n $jvm ]] && commands+=(-n jvm "$jvm $3")
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/$name.json" "${commands[@]}" >/dev/null \
        2>"$work/hyperfine.err" || { cat "$work/hyperfine.err" >&2; exit 1; }
    $python - "$work/$name.json" "$1" "$3" <<'PY'
import json, sys
means = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
cells = ["%.1f | %.2f" % (means[m], means[m] / means["python"]) if m in means else "– | –" for m in ("native", "jvm")]
tool = " ".join(word for word in sys.argv[3].split() if not word.startswith(("http:", "https:")))
print("| %s | `url-tools %s` | %.1f | %s |" % (sys.argv[2], tool, means["python"], " | ".join(cells)))
PY
}
rows=0
url='https://user@example.com:8080/a;p?q=1#f'
echo "| Python | url-tools | Python ms | native ms | native/Python | JVM ms | JVM/Python |"
echo "|---|---|---:|---:|---:|---:|---:|"
row 'python3 -c pass' "$python -c pass" "--version"
row url_requests_example.py "$python $scripts/url_requests_example.py $page" "read --repr $page"
row url_response_header.py "$python $scripts/url_response_header.py $page" "headers $page"
row 'url_requests_example.py, 300 KB' "$python $scripts/url_requests_example.py $body" "read --repr $body"
row 'the same writing the bytes, 300 KB' "$python $work/url_write.py $body" "read $body"
row 'url_response_header.py, 300 KB' "$python $scripts/url_response_header.py $body" "headers $body"
row urllib.parse.urlparse "$python -c 'import urllib.parse; print(urllib.parse.urlparse(\"$url\"))'" "parse $url"
echo
echo "runs: $runs after 3 warm-up; native: ${native:-none}$([[ -n $native ]] && echo " ($(($(stat -L -c %s "$native") / 1024)) KiB)"); JVM: ${jvm:-none}"

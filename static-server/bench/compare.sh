#!/usr/bin/env bash
# compare.sh [SECONDS]: wrk -t2 -c50 against static-server, python3 -m http.server and jwebserver, each in
# turn on loopback, for a 1 KiB and a 1 MiB file; prints a Markdown table of req/s, ratios and RSS.
# Uses dist/target/bin/static-server when built (./mvnw package), else static-server/target/static-server.jar.
# Every server logs to /dev/null so all pay the same for their log lines.
set -euo pipefail
duration=${1:-10}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
command -v wrk >/dev/null || { echo "compare.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }
jdk=
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null || true)
    [[ -n $major && $major -ge 21 && -x $candidate/bin/jwebserver ]] && { jdk=$candidate; break; }
done
[[ -n $jdk ]] || { echo "compare.sh: needs a JDK 21+" >&2; exit 2; }
python=/usr/bin/python3
[[ -x $python ]] || python=$(command -v python3)

launcher_jar=$project/dist/target/lib/static-server.jar
module_jar=$project/static-server/target/static-server.jar
if [[ -x $project/dist/target/bin/static-server && ! $module_jar -nt $launcher_jar ]]; then
    ours=("$project/dist/target/bin/static-server")
else
    ours=("$jdk/bin/java" -XX:+UseSerialGC -XX:-UsePerfData -Xss512k -jar "$module_jar")
fi

server=
site=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$site"' EXIT
head -c 1024 /dev/urandom >"$site/1k.bin"
head -c 1048576 /dev/urandom >"$site/1m.bin"
port=$($python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# measure NAME COMMAND...: prints "NAME req1k req1m idleRSS loadRSS"
measure() {
    local name=$1; shift
    "$@" >/dev/null 2>"$site/$name.err" &
    server=$!
    for _ in $(seq 100); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/1k.bin" 2>/dev/null && break
        sleep 0.1
    done
    kill -0 "$server" 2>/dev/null || { echo "compare.sh: $name did not start: $(head -c 300 "$site/$name.err")" >&2; exit 1; }
    local idle; idle=$(rss_kib "$server")
    wrk -t2 -c50 -d5s "http://127.0.0.1:$port/1k.bin" >/dev/null   # warm-up (JIT)
    local small; small=$(wrk -t2 -c50 -d"${duration}s" "http://127.0.0.1:$port/1k.bin" | awk '/Requests\/sec/ {print $2}')
    local loaded; loaded=$(rss_kib "$server")
    local large; large=$(wrk -t2 -c50 -d"${duration}s" "http://127.0.0.1:$port/1m.bin" | awk '/Requests\/sec/ {print $2}')
    local loaded2; loaded2=$(rss_kib "$server")
    kill "$server"; wait "$server" 2>/dev/null || true
    echo "$name $small $large $idle $(( loaded > loaded2 ? loaded : loaded2 ))"
}

results=()
results+=("$(measure static-server "${ours[@]}" -b 127.0.0.1 -d "$site" "$port")")
results+=("$(measure python "$python" -m http.server -b 127.0.0.1 -d "$site" "$port")")
if [[ -x $jdk/bin/jwebserver ]]; then
    results+=("$(measure jwebserver "$jdk/bin/jwebserver" -b 127.0.0.1 -p "$port" -d "$site" -o none)")
fi

printf '%s\n' "${results[@]}" | awk -v d="$duration" -v cores="$(nproc)" '
    { name[NR]=$1; s[NR]=$2; l[NR]=$3; idle[NR]=$4; load[NR]=$5 }
    END {
        printf "wrk -t2 -c50 -d%ss on loopback, %s cores\n\n", d, cores
        print "| server | 1 KiB req/s | 1 MiB req/s | idle RSS MiB | RSS under load MiB |"
        print "|---|---:|---:|---:|---:|"
        for (i = 1; i <= NR; i++)
            printf "| %s | %.0f | %.0f | %.1f | %.1f |\n", name[i], s[i], l[i], idle[i]/1024, load[i]/1024
        print ""
        for (i = 2; i <= NR; i++)
            printf "static-server / %s: 1 KiB %.1fx, 1 MiB %.1fx\n", name[i], s[1]/s[i], l[1]/l[i]
    }'

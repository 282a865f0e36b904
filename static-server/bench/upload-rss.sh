#!/usr/bin/env bash
# upload-rss.sh [SIZE_MIB]: the resident memory of static-server --upload while it takes one large PUT
# (curl -T of a sparse file of SIZE_MIB MiB, default 1024: 1 GiB), on the JVM through the launcher (its JVM
# options, as users run it) and natively when built. RSS is sampled from /proc every 20 ms; prints a Markdown
# table: RSS before (after a warm-up upload of 64 MiB), peak during, the rise, and the upload's time and rate.
# Issue 25's bound: the rise stays at or under 64 MiB.
# JVM: dist/target/bin/static-server (./mvnw package) unless static-server's jar is newer than the launcher's,
# else java -jar with the launcher's options (-XX:+UseSerialGC -XX:-UsePerfData -Xss512k).
# Native: dist/target/native-local/bin/static-server (dist/native-local static-server), left out when absent.
set -euo pipefail
size_mib=${1:-1024}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
command -v curl >/dev/null || { echo "upload-rss.sh: needs curl" >&2; exit 2; }

launcher=$project/dist/target/bin/static-server
launcher_jar=$project/dist/target/lib/static-server.jar
module_jar=$project/static-server/target/static-server.jar
if [[ -x $launcher && ! $module_jar -nt $launcher_jar ]]; then
    jvm=("$launcher")
else
    jvm=(/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:+UseSerialGC -XX:-UsePerfData -Xss512k -jar "$module_jar")
fi
native=$project/dist/target/native-local/bin/static-server

work=$(mktemp -d)
server=
sampler=
trap 'kill "$server" "$sampler" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir "$work/site"
truncate -s "${size_mib}M" "$work/upload.bin"
truncate -s 64M "$work/warmup.bin"

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# measure NAME COMMAND...: prints "NAME before-KiB peak-KiB seconds"
measure() {
    local name=$1; shift
    rm -rf "$work/site"/*
    "$@" -q --upload -b 127.0.0.1 -d "$work/site" 0 >"$work/out" 2>"$work/err" &
    server=$!
    local port=
    for _ in $(seq 200); do
        port=$(sed -n 's/^Serving HTTP on .* port \([0-9]*\) .*/\1/p' "$work/out")
        [[ -n $port ]] && break
        sleep 0.05
    done
    [[ -n $port ]] || { echo "upload-rss.sh: $name did not start: $(cat "$work/err")" >&2; exit 1; }
    curl -sSf -o /dev/null -T "$work/warmup.bin" "http://127.0.0.1:$port/warmup.bin"
    local before; before=$(rss_kib "$server")
    ( peak=0; while kill -0 "$server" 2>/dev/null; do
          r=$(rss_kib "$server"); (( r > peak )) && { peak=$r; echo "$peak" >"$work/peak"; }
          sleep 0.02
      done ) &
    sampler=$!
    local start; start=$(date +%s.%N)
    curl -sSf -o /dev/null -T "$work/upload.bin" "http://127.0.0.1:$port/upload.bin"
    local end; end=$(date +%s.%N)
    sleep 0.1
    kill "$server"; wait "$server" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    [[ $(stat -c %s "$work/site/upload.bin") -eq $((size_mib * 1048576)) ]] \
        || { echo "upload-rss.sh: $name stored a file of the wrong size" >&2; exit 1; }
    echo "$name $before $(cat "$work/peak") $(echo "$end - $start" | bc)"
}

results=("$(measure static-server "${jvm[@]}")")
[[ -x $native ]] && results+=("$(measure static-server-native "$native")")

printf '%s\n' "${results[@]}" | awk -v mib="$size_mib" '
    BEGIN {
        printf "PUT of %d MiB (curl -T) to static-server --upload on loopback; RSS sampled every 20 ms\n\n", mib
        print "| server | RSS before MiB | peak RSS MiB | rise MiB | time s | MiB/s |"
        print "|---|---:|---:|---:|---:|---:|"
    }
    { printf "| %s | %.1f | %.1f | %.1f | %.1f | %.0f |\n", $1, $2/1024, $3/1024, ($3-$2)/1024, $4, mib/$4 }'

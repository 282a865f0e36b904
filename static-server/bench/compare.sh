#!/usr/bin/env bash
# compare.sh [SECONDS]: races static-server (JVM launcher, and the native executable when built) against
# nginx, python3 -m http.server and jwebserver, one after another on loopback: wrk -t2 -c50 for a 1 KiB and
# a 1 MiB file, and wrk -t2 -c2000 --latency for the 1 KiB file (req/s, p99, requests over wrk's 2 s
# timeout). Prints a Markdown table with idle RSS and RSS under load, then static-server's ratios to nginx.
# JVM: dist/target/bin/static-server when built (./mvnw package), else static-server/target/static-server.jar.
# Native: dist/target/native-local/bin/static-server (dist/native-local static-server), left out when absent.
# Logging off wherever the server allows it, as nginx runs here (Debian's nginx, from a config written here:
# 2 workers, sendfile on, access_log off): static-server -q (errors only), jwebserver -o none; Python's
# http.server cannot be quietened and logs every request to a file.
# compare.sh [SECONDS] https: the HTTPS race alone (the plain one alone with "http"; both by default):
# static-server --tls-cert/--tls-key against nginx "listen ssl" on the same EC P-256 certificate (openssl req),
# wrk -t2 -c50 on https://: 1 KiB over kept-alive connections, and 1 KiB with -H 'Connection: close', a new
# connection and a handshake per request (wrk resumes each from the session ticket of the one before, as
# browsers do). Prints req/s and static-server's ratios to nginx.
set -euo pipefail
duration=${1:-8}
races=${2:-all}
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
nginx=$(command -v nginx || echo /usr/sbin/nginx)

launcher_jar=$project/dist/target/lib/static-server.jar
module_jar=$project/static-server/target/static-server.jar
if [[ -x $project/dist/target/bin/static-server && ! $module_jar -nt $launcher_jar ]]; then
    ours=("$project/dist/target/bin/static-server")
else
    ours=("$jdk/bin/java" -XX:+UseSerialGC -XX:-UsePerfData -Xss512k -jar "$module_jar")
fi
native=$project/dist/target/native-local/bin/static-server

server=
site=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$site"' EXIT
head -c 1024 /dev/urandom >"$site/1k.bin"
head -c 1048576 /dev/urandom >"$site/1m.bin"
port=$($python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# 2,000 connections need as many descriptors in wrk and in every server.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# The resident memory of a server: its process and its children (nginx's workers).
rss_kib() {
    local pids; pids=$(echo "$1"; pgrep -P "$1" || true)
    # shellcheck disable=SC2086
    awk '/VmRSS/ {sum += $2} END {print sum + 0}' $(printf '/proc/%s/status ' $pids) 2>/dev/null || echo 0
}

# wrk_run ARGS...: prints "req/s p99-ms timeouts" (p99 is "-" without --latency); warns of error answers.
wrk_run() {
    wrk "$@" | awk '
        /Non-2xx/ { printf "compare.sh: %s answers not 2xx or 3xx\n", $NF > "/dev/stderr" }
        /Requests\/sec/ { rps = $2 }
        /^ +99%/ { v = $2; ms = v + 0
                   if (v ~ /us$/) ms /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) ms *= 1000
                   p99 = sprintf("%.1f", ms) }
        /Socket errors/ { for (i = 1; i <= NF; i++) if ($i == "timeout") t = $(i + 1) }
        END { print rps + 0, (p99 == "" ? "-" : p99), t + 0 }'
}

# measure NAME COMMAND...: prints "NAME req1k req1m idleRSS loadRSS req2000 p99-2000 timeouts-2000"
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
    local small; small=$(wrk_run -t2 -c50 -d"${duration}s" "http://127.0.0.1:$port/1k.bin")
    local loaded; loaded=$(rss_kib "$server")
    local large; large=$(wrk_run -t2 -c50 -d"${duration}s" "http://127.0.0.1:$port/1m.bin")
    local loaded2; loaded2=$(rss_kib "$server")
    local many; many=$(wrk_run -t2 -c2000 -d"${duration}s" --latency "http://127.0.0.1:$port/1k.bin")
    local loaded3; loaded3=$(rss_kib "$server")
    kill "$server"; wait "$server" 2>/dev/null || true
    local peak=$loaded
    (( loaded2 > peak )) && peak=$loaded2
    (( loaded3 > peak )) && peak=$loaded3
    echo "$name ${small%% *} ${large%% *} $idle $peak $many"
}

# measure_tls NAME COMMAND...: prints "NAME req1k-keepalive req1k-handshakes" over https://
measure_tls() {
    local name=$1; shift
    "$@" >/dev/null 2>"$site/$name.err" &
    server=$!
    for _ in $(seq 100); do
        curl -sf --cacert "$site/tls/c.pem" -o /dev/null "https://127.0.0.1:$port/1k.bin" 2>/dev/null && break
        sleep 0.1
    done
    kill -0 "$server" 2>/dev/null || { echo "compare.sh: $name did not start: $(head -c 300 "$site/$name.err")" >&2; exit 1; }
    wrk -t2 -c50 -d5s "https://127.0.0.1:$port/1k.bin" >/dev/null   # warm-up (JIT)
    local kept; kept=$(wrk_run -t2 -c50 -d"${duration}s" "https://127.0.0.1:$port/1k.bin")
    # Warm-up for the handshakes: C2 compiles JSSE's handshake code for about 40 s at ~1,500 handshakes/s
    # (-XX:+PrintCompilation), the rate rising from 700 to 1,500-1,700 req/s; 30 s reach the steady state.
    wrk -t2 -c50 -d30s -H 'Connection: close' "https://127.0.0.1:$port/1k.bin" >/dev/null
    local closed; closed=$(wrk_run -t2 -c50 -d"${duration}s" -H 'Connection: close' "https://127.0.0.1:$port/1k.bin")
    kill "$server"; wait "$server" 2>/dev/null || true
    echo "$name ${kept%% *} ${closed%% *}"
}

https_race() {
    mkdir -p "$site/tls"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$site/tls/k.pem" \
        -out "$site/tls/c.pem" -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null
    local tls=(--tls-cert "$site/tls/c.pem" --tls-key "$site/tls/k.pem")
    local tls_results=()
    tls_results+=("$(measure_tls static-server "${ours[@]}" -q -b 127.0.0.1 -d "$site" "${tls[@]}" "$port")")
    if [[ -x $native ]]; then
        tls_results+=("$(measure_tls static-server-native "$native" -q -b 127.0.0.1 -d "$site" "${tls[@]}" "$port")")
    fi
    mkdir -p "$site/nginx-tls"
    cat >"$site/nginx-tls/nginx.conf" <<EOF
worker_processes 2; daemon off; pid $site/nginx-tls/nginx.pid; error_log /dev/null; user root;
events { worker_connections 4096; }
http {
    access_log off; sendfile on; tcp_nopush on;
    client_body_temp_path $site/nginx-tls; proxy_temp_path $site/nginx-tls; fastcgi_temp_path $site/nginx-tls;
    uwsgi_temp_path $site/nginx-tls; scgi_temp_path $site/nginx-tls;
    server {
        listen 127.0.0.1:$port ssl; root $site;
        ssl_certificate $site/tls/c.pem; ssl_certificate_key $site/tls/k.pem; ssl_protocols TLSv1.2 TLSv1.3;
    }
}
EOF
    tls_results+=("$(measure_tls nginx "$nginx" -e /dev/null -p "$site/nginx-tls" -c "$site/nginx-tls/nginx.conf")")
    printf '%s\n' "${tls_results[@]}" | awk -v d="$duration" -v cores="$(nproc)" '
        { name[NR]=$1; k[NR]=$2; c[NR]=$3; if ($1 == "nginx") ref = NR }
        END {
            printf "HTTPS: wrk -t2 -c50 -d%ss https:// (1 KiB kept alive; 1 KiB with Connection: close, a handshake per request), EC P-256, %s cores\n\n", d, cores
            print "| server | 1 KiB keep-alive req/s | 1 KiB new connection req/s |"
            print "|---|---:|---:|"
            for (i = 1; i <= NR; i++) printf "| %s | %.0f | %.0f |\n", name[i], k[i], c[i]
            print ""
            for (i = 1; i <= NR; i++)
                if (name[i] ~ /^static-server/)
                    printf "%s / nginx over HTTPS: keep-alive %.2fx, new connection per request %.2fx\n", name[i], k[i]/k[ref], c[i]/c[ref]
        }'
}

if [[ $races == https ]]; then
    https_race
    exit 0
fi

results=()
results+=("$(measure static-server "${ours[@]}" -q -b 127.0.0.1 -d "$site" "$port")")
# --gzip (issue 25): the same requests with compression on the fly enabled; wrk sends no Accept-Encoding and
# 1k.bin is no text, so this is what the option costs every other answer (at most 5 % of the 1 KiB ratio).
results+=("$(measure static-server-gzip "${ours[@]}" -q --gzip -b 127.0.0.1 -d "$site" "$port")")
if [[ -x $native ]]; then
    results+=("$(measure static-server-native "$native" -q -b 127.0.0.1 -d "$site" "$port")")
fi
if [[ -x $nginx ]]; then
    mkdir -p "$site/nginx"
    cat >"$site/nginx/nginx.conf" <<EOF
worker_processes 2; daemon off; pid $site/nginx/nginx.pid; error_log /dev/null; user root;
events { worker_connections 4096; }
http {
    access_log off; sendfile on; tcp_nopush on;
    client_body_temp_path $site/nginx; proxy_temp_path $site/nginx; fastcgi_temp_path $site/nginx;
    uwsgi_temp_path $site/nginx; scgi_temp_path $site/nginx;
    server { listen 127.0.0.1:$port; root $site; }
}
EOF
    results+=("$(measure nginx "$nginx" -e /dev/null -p "$site/nginx" -c "$site/nginx/nginx.conf")")
fi
results+=("$(measure python "$python" -m http.server -b 127.0.0.1 -d "$site" "$port")")
if [[ -x $jdk/bin/jwebserver ]]; then
    results+=("$(measure jwebserver "$jdk/bin/jwebserver" -b 127.0.0.1 -p "$port" -d "$site" -o none)")
fi

printf '%s\n' "${results[@]}" | awk -v d="$duration" -v cores="$(nproc)" '
    { name[NR]=$1; s[NR]=$2; l[NR]=$3; idle[NR]=$4; load[NR]=$5; m[NR]=$6; p[NR]=$7; t[NR]=$8
      if ($1 == "nginx") ref = NR }
    END {
        printf "wrk -t2 -c50 -d%ss (1 KiB, 1 MiB) and -t2 -c2000 -d%ss --latency (1 KiB) on loopback, %s cores\n\n", d, d, cores
        print "| server | 1 KiB req/s | 1 MiB req/s | 2,000 conn. req/s | p99 ms | timeouts | idle RSS MiB | RSS under load MiB |"
        print "|---|---:|---:|---:|---:|---:|---:|---:|"
        for (i = 1; i <= NR; i++)
            printf "| %s | %.0f | %.0f | %.0f | %s | %d | %.1f | %.1f |\n", name[i], s[i], l[i], m[i], p[i], t[i], idle[i]/1024, load[i]/1024
        print ""
        if (!ref) exit
        for (i = 1; i <= NR; i++)
            if (name[i] ~ /^static-server/)
                printf "%s / nginx: 1 KiB %.2fx, 1 MiB %.2fx, 2,000 connections %.2fx (p99 %.2fx nginx'"'"'s, %d timeouts)\n",
                    name[i], s[i]/s[ref], l[i]/l[ref], m[i]/m[ref], (p[ref] > 0 ? p[i]/p[ref] : 0), t[i]
    }'

if [[ $races == all ]]; then
    echo
    https_race
fi

#!/usr/bin/env bash
# bench.sh [RUNS] [MIB] [TLS_MIB]: download speed on loopback, ftp-tools (JVM launcher and native executable)
# against the book's get_ftp_files.py (Python's ftplib, the real interpreter), all fetching from Debian's vsftpd
# started here; then the same over explicit FTPS against get_ftps_files.py (ftplib's FTP_TLS, beside this script).
#
# 1. One MIB-MiB file (default 200), RUNS times each (default 5), the clients taking turns, each download into a
#    fresh directory and checked byte for byte: best and median wall time of the whole process (start-up, login,
#    NLST, RETR, and for ftp-tools the fsync before the rename), then the transfer alone: the median minus the
#    median of the same download of a 1-byte file (start-up, login and listing).
# 2. The same over FTPS (AUTH TLS, PROT P, the certificate verified), one TLS_MIB-MiB file (default 50), from a
#    second vsftpd with TLS (require_ssl_reuse=NO, which ftplib needs).
# 3. One 300 KB file, timed with hyperfine (30 runs after 3 warm-up): the start-up race row of a real body.
# Ratios are Python's time over the tool's (above 1: the tool is faster), and tool over Python for the 300 KB row.
#
# JVM: $FTP_TOOLS_JVM, else dist/target/bin/ftp-tools when it is the launcher of the current
# ftp-tools/target/ftp-tools.jar (with its AOT cache), else that jar with the launcher's JVM flags. Native:
# $FTP_TOOLS_NATIVE, else dist/target/native-local/bin/ftp-tools (dist/native-local ftp-tools), else
# dist/target/bin/ftp-tools when -Pnative built it. Needs vsftpd and python3 (hyperfine for part 2). Run it under
# the machine lock.
set -euo pipefail
runs=${1:-5}
mib=${2:-200}
tls_mib=${3:-50}
module=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
project=$(dirname "$module")
python=/usr/bin/python3
[[ -x $python ]] || python=$(python3 -c 'import sys; print(sys.executable)')
vsftpd=/usr/sbin/vsftpd
[[ -x $vsftpd ]] || { echo "bench.sh: needs vsftpd (apt-get install vsftpd)" >&2; exit 2; }

is_elf() { [[ -f $1 ]] && [[ $(head -c 4 "$1" | od -An -c | tr -d ' ') == '177ELF' ]]; }
launcher=$project/dist/target/bin/ftp-tools
if [[ -n ${FTP_TOOLS_JVM:-} ]]; then
    jvm=("$FTP_TOOLS_JVM")
    jvm_mode="$FTP_TOOLS_JVM"
elif [[ -x $launcher ]] && ! is_elf "$launcher" && [[ -f $module/target/ftp-tools.jar ]] &&
        cmp -s "$module/target/ftp-tools.jar" "$project/dist/target/lib/ftp-tools.jar"; then
    jvm=("$launcher")
    jvm_mode="JVM launcher with its AOT cache"
elif [[ -f $module/target/ftp-tools.jar ]]; then
    java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
    [[ -x $java ]] || java=java
    jvm=("$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss512k -jar "$module/target/ftp-tools.jar")
    jvm_mode="java -jar with the launcher's flags, no AOT cache"
else
    echo "bench.sh: run ./mvnw -pl ftp-tools package first" >&2; exit 2
fi
native=()
for candidate in "${FTP_TOOLS_NATIVE:-}" "$project/dist/target/native-local/bin/ftp-tools" "$launcher"; do
    if [[ -n $candidate ]] && is_elf "$(readlink -f "$candidate")"; then
        native=("$candidate")
        break
    fi
done
((${#native[@]})) || echo "bench.sh: no native executable (dist/native-local ftp-tools makes one): JVM only" >&2

work=$(mktemp -d)
chmod 755 "$work"
mkdir -m 755 "$work/root" "$work/root/big" "$work/root/small" "$work/root/kb300" "$work/root/tlsbig"
head -c "$((mib * 1024 * 1024))" /dev/urandom >"$work/root/big/big.bin"
head -c "$((tls_mib * 1024 * 1024))" /dev/urandom >"$work/root/tlsbig/tlsbig.bin"
echo >"$work/root/small/small.bin"
head -c 300000 /dev/urandom >"$work/root/kb300/kb300.bin"
chmod 644 "$work"/root/*/*.bin
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null
chmod 644 "$work/key.pem"
free_port() { $python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
mkdir -p /var/run/vsftpd/empty 2>/dev/null || true
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
# start_vsftpd NAME PORT [EXTRA_LINE...]: vsftpd serving $work/root anonymously on 127.0.0.1:PORT
start_vsftpd() {
    local name=$1 port=$2; shift 2
    {
        echo "listen=YES"; echo "listen_ipv6=NO"; echo "listen_address=127.0.0.1"; echo "listen_port=$port"
        echo "background=NO"; echo "anonymous_enable=YES"; echo "anon_root=$work/root"; echo "no_anon_password=YES"
        echo "local_enable=NO"; echo "write_enable=NO"; echo "pasv_enable=YES"; echo "pasv_address=127.0.0.1"
        echo "secure_chroot_dir=/var/run/vsftpd/empty"; echo "seccomp_sandbox=NO"
        [[ $(id -u) == 0 ]] || echo "run_as_launching_user=YES"
        printf '%s\n' "$@"
    } >"$work/$name.conf"
    "$vsftpd" "$work/$name.conf" 0<>"$work/$name.oops" >/dev/null 2>&1 & pids+=($!)
    for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null ||
        { echo "bench.sh: vsftpd did not start: $(cat "$work/$name.oops")" >&2; exit 1; }
}
port=$(free_port)
start_vsftpd plain "$port"
tls_port=$(free_port)
start_vsftpd tls "$tls_port" ssl_enable=YES allow_anon_ssl=YES require_ssl_reuse=NO \
    "rsa_cert_file=$work/cert.pem" "rsa_private_key_file=$work/key.pem"

python_get() { "$python" "$project/dist/python/get_ftp_files.py" 127.0.0.1 "$port" anonymous "$1" "$2"; }
jvm_get() { "${jvm[@]}" get 127.0.0.1 --port "$port" --dir "$1" --to "$2"; }
native_get() { "${native[@]}" get 127.0.0.1 --port "$port" --dir "$1" --to "$2"; }
python_tls_get() { "$python" "$module/bench/get_ftps_files.py" 127.0.0.1 "$tls_port" "$work/cert.pem" "$1" "$2"; }
tls_options() { echo "--port $tls_port --tls --cacert $work/cert.pem"; }
# shellcheck disable=SC2046 # the options are words
jvm_tls_get() { "${jvm[@]}" get 127.0.0.1 $(tls_options) --dir "$1" --to "$2"; }
# shellcheck disable=SC2046
native_tls_get() { "${native[@]}" get 127.0.0.1 $(tls_options) --dir "$1" --to "$2"; }
clients=(python_get jvm_get)
tls_clients=(python_tls_get jvm_tls_get)
((${#native[@]})) && clients+=(native_get) && tls_clients+=(native_tls_get)

# measure DIR CLIENT: the wall time in seconds of one download of remote DIR into a fresh directory, checked
measure() {
    local dir=$1 client=$2 out=$work/out start end
    rm -rf "$out"; mkdir "$out"
    start=$(date +%s.%N)
    "$client" "/$dir" "$out" >/dev/null
    end=$(date +%s.%N)
    cmp -s "$work/root/$dir/$dir.bin" "$out/$dir.bin" || { echo "bench.sh: corrupt download by $client" >&2; exit 1; }
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }'
}
median() { sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

label() {
    case $1 in
        python_get) echo "get_ftp_files.py (ftplib)" ;;
        jvm_get) echo "ftp-tools get, JVM" ;;
        native_get) echo "ftp-tools get, native" ;;
        python_tls_get) echo "get_ftps_files.py (ftplib FTP_TLS)" ;;
        jvm_tls_get) echo "ftp-tools get --tls, JVM" ;;
        native_tls_get) echo "ftp-tools get --tls, native" ;;
    esac
}

# race DIR SIZE_MIB CLIENT...: the table of one download race, the first client the reference
race() {
    local dir=$1 size=$2 client; shift 2
    local -A big=() small=() whole=() transfer=()
    for _ in $(seq "$runs"); do
        for client in "$@"; do
            big[$client]+="$(measure "$dir" "$client") "
            small[$client]+="$(measure small "$client") "
        done
    done
    echo "| client | best s | median s | median MiB/s | 1-byte file s | transfer MiB/s |"
    echo "|---|---:|---:|---:|---:|---:|"
    for client in "$@"; do
        local best fixed
        best=$(printf '%s\n' ${big[$client]} | sort -n | head -1)
        whole[$client]=$(printf '%s\n' ${big[$client]} | median)
        fixed=$(printf '%s\n' ${small[$client]} | median)
        transfer[$client]=$(awk -v m="${whole[$client]}" -v f="$fixed" 'BEGIN { printf "%.6f", m - f }')
        awk -v name="$(label "$client")" -v mib="$size" -v best="$best" -v median="${whole[$client]}" \
            -v fixed="$fixed" -v t="${transfer[$client]}" 'BEGIN {
            printf "| %s | %.3f | %.3f | %.0f | %.3f | %.0f |\n", name, best, median, mib / median, fixed, mib / t }'
    done
    echo
    local reference=$1; shift
    for client in "$@"; do
        awk -v name="$(label "$client")" -v ref="$(label "$reference")" -v pw="${whole[$reference]}" \
            -v tw="${whole[$client]}" -v pt="${transfer[$reference]}" -v tt="${transfer[$client]}" 'BEGIN {
            printf "%s: %.2fx %s whole process, %.2fx for the transfer alone\n", name, pw / tw, ref, pt / tt }'
    done
}

echo "Download of one $mib MiB file from vsftpd on 127.0.0.1, $runs runs each (wall time of the whole process)."
echo "JVM: $jvm_mode. Native: ${native[*]:-none}."
echo
race big "$mib" "${clients[@]}"
echo
echo "Download of one $tls_mib MiB file over FTPS (TLS 1.3, certificate verified) from vsftpd, $runs runs each."
echo
race tlsbig "$tls_mib" "${tls_clients[@]}"

if command -v hyperfine >/dev/null; then
    echo
    echo "One 300 KB file (hyperfine, 30 runs after 3 warm-up, mean):"
    echo
    out=$work/out
    mkdir -p "$out"
    commands=("$python $project/dist/python/get_ftp_files.py 127.0.0.1 $port anonymous /kb300 $out"
        "${jvm[*]} get 127.0.0.1 --port $port --dir /kb300 --to $out --force")
    ((${#native[@]})) && commands+=("${native[*]} get 127.0.0.1 --port $port --dir /kb300 --to $out --force")
    hyperfine -N --style none --warmup 3 --runs 30 --export-json "$work/kb300.json" "${commands[@]}" >/dev/null
    cmp -s "$work/root/kb300/kb300.bin" "$out/kb300.bin" || { echo "bench.sh: corrupt 300 KB download" >&2; exit 1; }
    "$python" - "$work/kb300.json" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
names = ["get_ftp_files.py (ftplib)", "ftp-tools get, JVM", "ftp-tools get, native"]
python_ms = results[0]["mean"] * 1000
print("| client | mean ms | σ ms | tool/Python |")
print("|---|---:|---:|---:|")
for name, result in zip(names, results):
    ms = result["mean"] * 1000
    ratio = "" if name.startswith("get_ftp") else f"{ms / python_ms:.2f}"
    print(f"| {name} | {ms:.1f} | {result['stddev'] * 1000:.1f} | {ratio} |")
EOF
fi

#!/usr/bin/env bash
# bench.sh [RUNS] [MIB]: download throughput on loopback, ftp-tools against the book's get_ftp_files.py (Python's
# ftplib, the real interpreter), both fetching one MIB-MiB file (default 200) from Debian's vsftpd started here.
# Each side runs RUNS times (default 3) into a fresh directory; the table shows the best and median wall time of
# the whole process (start-up, login, NLST, RETR) and its throughput, then the transfer alone: the median time
# minus the median time of the same download of a 1-byte file (start-up, login and listing). Needs vsftpd, python3.
# Uses dist/target/bin/ftp-tools when it carries the current ftp-tools/target/ftp-tools.jar, else that jar with
# the launcher's JVM flags.
set -euo pipefail
runs=${1:-3}
mib=${2:-200}
module=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
project=$(dirname "$module")
python=/usr/bin/python3
[[ -x $python ]] || python=$(python3 -c 'import sys; print(sys.executable)')
vsftpd=/usr/sbin/vsftpd
[[ -x $vsftpd ]] || { echo "bench.sh: needs vsftpd (apt-get install vsftpd)" >&2; exit 2; }
if [[ -x $project/dist/target/bin/ftp-tools ]] && { [[ ! -f $module/target/ftp-tools.jar ]] ||
        cmp -s "$module/target/ftp-tools.jar" "$project/dist/target/lib/ftp-tools.jar"; }; then
    tool=("$project/dist/target/bin/ftp-tools")
elif [[ -f $module/target/ftp-tools.jar ]]; then
    java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
    [[ -x $java ]] || java=java
    tool=("$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss512k -jar "$module/target/ftp-tools.jar")
else
    echo "bench.sh: run ./mvnw -pl ftp-tools package first" >&2; exit 2
fi

work=$(mktemp -d)
chmod 755 "$work"
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -m 755 "$work/root" "$work/root/big" "$work/root/small"
head -c "$((mib * 1024 * 1024))" /dev/urandom >"$work/root/big/big.bin"
echo >"$work/root/small/small.bin"
chmod 644 "$work/root/big/big.bin" "$work/root/small/small.bin"
port=$($python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p /var/run/vsftpd/empty 2>/dev/null || true
{
    echo "listen=YES"; echo "listen_ipv6=NO"; echo "listen_address=127.0.0.1"; echo "listen_port=$port"
    echo "background=NO"; echo "anonymous_enable=YES"; echo "anon_root=$work/root"; echo "no_anon_password=YES"
    echo "local_enable=NO"; echo "write_enable=NO"; echo "pasv_enable=YES"; echo "pasv_address=127.0.0.1"
    echo "secure_chroot_dir=/var/run/vsftpd/empty"; echo "seccomp_sandbox=NO"
    [[ $(id -u) == 0 ]] || echo "run_as_launching_user=YES"
} >"$work/vsftpd.conf"
"$vsftpd" "$work/vsftpd.conf" 0<>"$work/oops.txt" >/dev/null 2>&1 & pid=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "bench.sh: vsftpd did not start: $(cat "$work/oops.txt")" >&2; exit 1; }

# measure DIR COMMAND...: the wall time in seconds of one download of remote DIR into a fresh directory,
# after checking the bytes
measure() {
    local dir=$1; shift
    local out=$work/out
    rm -rf "$out"; mkdir "$out"
    local start end
    start=$(date +%s.%N)
    "$@" "$dir" "$out" >/dev/null
    end=$(date +%s.%N)
    cmp -s "$work/root/$dir/$dir.bin" "$out/$dir.bin" || { echo "bench.sh: corrupt download by $1" >&2; exit 1; }
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }'
}
tool_get() { "${tool[@]}" get 127.0.0.1 --port "$port" --dir "$1" --to "$2"; }
python_get() { "$python" "$project/dist/python/get_ftp_files.py" 127.0.0.1 "$port" anonymous "$1" "$2"; }

median() { sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

row() {
    local name=$1; shift
    local big=() small=()
    for _ in $(seq "$runs"); do
        big+=("$(measure big "$@")")
        small+=("$(measure small "$@")")
    done
    local best median fixed
    best=$(printf '%s\n' "${big[@]}" | sort -n | head -1)
    median=$(printf '%s\n' "${big[@]}" | median)
    fixed=$(printf '%s\n' "${small[@]}" | median)
    awk -v name="$name" -v mib="$mib" -v best="$best" -v median="$median" -v fixed="$fixed" 'BEGIN {
        printf "| %s | %.3f | %.3f | %.0f | %.3f | %.0f |\n", name, best, median, mib / median, fixed,
            mib / (median - fixed) }'
}
echo "Download of one $mib MiB file from vsftpd on 127.0.0.1, $runs runs each (wall time of the whole process):"
echo
echo "| client | best s | median s | median MiB/s | 1-byte file s | transfer MiB/s |"
echo "|---|---:|---:|---:|---:|---:|"
row "ftp-tools get" tool_get
row "get_ftp_files.py (ftplib)" python_get

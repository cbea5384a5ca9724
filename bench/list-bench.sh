#!/usr/bin/env bash
# Latency of list (and other) URLs of a RUNNING portal with wrk, side by side in one run (bench/README.md).
#   bench/list-bench.sh [--base URL] [--context /opencms] [--data DIR] [--duration 15s] [--connections "1 4"]
#                       [--hostile FILE] NAME=PATH ...   (env WRK_TIMEOUT: wrk --timeout, default 30s)
# "{ctx}" in a PATH (and in the hostile file) stands for --context, the servlet prefix of OpenCms' pages (empty
# once the portal serves clean URLs without /opencms/).
# Each NAME=PATH is first fetched with curl (status and size shown, the answer kept in $OUT/NAME.html), warmed
# up, then measured with wrk for every connection count (1 thread per connection, --latency): p50, p90, p99,
# max and requests/s. --hostile FILE: one path per line, each fetched 5 times with curl, the slowest time and
# the statuses reported. --data DIR: the portal's data directory, for the server's RSS (VmRSS/VmHWM).
set -euo pipefail
BASE="http://127.0.0.1:18480"; CTX="/opencms"; DATA=""; DURATION="15s"; CONNS="1 4"; HOSTILE=""; OUT="${OUT:-/tmp/pk-list-bench}"
URLS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --context) CTX="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNS="$2"; shift 2 ;;
    --hostile) HOSTILE="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *=*) URLS+=("$1"); shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
mkdir -p "$OUT"
ms() { # wrk latency text (e.g. 812.00us, 12.34ms, 1.02s) to milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); base $BASE; wrk $DURATION per row"
echo
echo "| URL | answer | connections | p50 ms | p90 ms | p99 ms | max ms | req/s |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for entry in "${URLS[@]}"; do
  name="${entry%%=*}"; path="${entry#*=}"; path="${path//\{ctx\}/$CTX}"
  read -r code size time <<<"$(curl -s -o "$OUT/$name.html" -w '%{http_code} %{size_download} %{time_total}' "$BASE$path" || echo "000 0 0")"
  total="$( (grep -o 'total [0-9]*' "$OUT/$name.html" 2>/dev/null || true) | head -n 1)"
  for _ in $(seq 1 20); do curl -s -o /dev/null "$BASE$path"; done
  for c in $CONNS; do
    wrk -t"$c" -c"$c" -d"$DURATION" --timeout "${WRK_TIMEOUT:-30s}" --latency "$BASE$path" >"$OUT/$name-c$c.wrk" 2>&1
    p50="$(awk '$1 == "50%" {print $2}' "$OUT/$name-c$c.wrk")"
    p90="$(awk '$1 == "90%" {print $2}' "$OUT/$name-c$c.wrk")"
    p99="$(awk '$1 == "99%" {print $2}' "$OUT/$name-c$c.wrk")"
    max="$(awk '$1 == "Latency" {print $4}' "$OUT/$name-c$c.wrk")"
    rps="$(awk '$1 == "Requests/sec:" {print $2}' "$OUT/$name-c$c.wrk")"
    non2xx="$(awk '/Non-2xx/ {print $NF}' "$OUT/$name-c$c.wrk")"
    timeouts="$(awk '/Socket errors/ {for (i = 1; i <= NF; i++) if ($i == "timeout") print $(i + 1) + 0}' "$OUT/$name-c$c.wrk")"
    [ "${timeouts:-0}" != "0" ] || timeouts=""
    echo "| $name \`$path\` | $code, ${size} B${total:+, $total}${non2xx:+, $non2xx non-2xx}${timeouts:+, $timeouts timeouts} | $c | $(ms "$p50") | $(ms "$p90") | $(ms "$p99") | $(ms "$max") | $rps |"
  done
done
if [ -n "$HOSTILE" ]; then
  echo
  echo "| hostile request | statuses | slowest of 5 (ms) |"
  echo "|---|---|---:|"
  while IFS= read -r path; do
    [ -n "$path" ] || continue
    path="${path//\{ctx\}/$CTX}"
    codes=""; worst=0
    for _ in 1 2 3 4 5; do
      read -r code t <<<"$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$BASE$path" || echo "000 0")"
      codes+="${codes:+ }$code"
      worst="$(awk -v a="$worst" -v b="$t" 'BEGIN { b *= 1000; print (b > a ? b : a) }')"
    done
    shown="$path"; [ ${#shown} -le 120 ] || shown="${shown:0:100}… (${#path} characters)"
    echo "| \`$shown\` | $codes | $(printf '%.1f' "$worst") |"
  done <"$HOSTILE"
fi
if [ -n "$DATA" ] && [ -f "$DATA/server.pid" ]; then
  pid="$(cat "$DATA/server.pid")"
  echo
  rss="$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$pid/status")"
  hwm="$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$pid/status")"
  echo "Server JVM (pid $pid): RSS $rss MiB, peak RSS $hwm MiB, $(tr '\0' '\n' <"/proc/$pid/cmdline" | grep -- '^-Xmx' | head -n 1)"
fi

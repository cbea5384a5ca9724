#!/usr/bin/env bash
# PortalKit runtime benchmark: first provision, module re-install, warm start to first page, request
# latency, resident memory and the outage of a re-run while the portal serves (no-op and upgrade) of the
# embedded portal (OpenCms 11.0.2 in Tomcat 9, started by ./install).
#
# Uses only java, curl, date, /proc and coreutils. Runs in its own data directory and on its own port,
# so it never touches ./data or a portal someone else runs. Run bench/runtime-bench.sh --help.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$ROOT/runtime/launcher/target/portalkit-runtime"
INSTALL="$ROOT/install"

DATA="/tmp/pk-bench-data"
PORT=18300
RUNS=1
PROVISION_RUNS=1
LATENCY_REQUESTS=50
MEMORY_REQUESTS=200
KEEP=0
DOC="$ROOT/docs/benchmarks.md"
WRITE_DOC=1
SNAPSHOT=0

usage() {
  cat <<EOF
Usage: bench/runtime-bench.sh [OPTIONS]

Measures the PortalKit embedded runtime and prints a Markdown table; the table also replaces the
results section of docs/benchmarks.md (between the bench:results markers).

  -n N                 repetitions of the module re-install, warm-start and re-run measurements (default $RUNS)
  --provision-runs N   repetitions of the first provision on an empty data directory (default $PROVISION_RUNS;
                       each one deletes the benchmark data directory and starts from scratch, ~minutes)
  --data DIR           benchmark data directory (default $DATA); must not exist or be empty
  --port N             HTTP port (default $PORT; the OpenCms remote shell uses N+10000)
  --requests N         sequential requests for the steady-state latency (default $LATENCY_REQUESTS)
  --memory-requests N  requests after which the RSS is measured again (default $MEMORY_REQUESTS)
  --doc FILE           Markdown file whose results section is replaced (default docs/benchmarks.md)
  --no-doc             only print, do not touch the Markdown file
  --keep               keep the data directory at the end (the server is stopped in any case)
  --snapshot           copy ./install and the built distribution to a scratch folder first and time that
                       copy, so that concurrent edits or Maven builds in the repository cannot trigger a
                       rebuild or swap jars during the timed runs (needs ~140 MB in /tmp)
  -h, --help           this text

Measured, in this order: 1. first provision (--no-serve, empty data directory); 2. a re-run of the
stopped portal with nothing changed, then a full module re-install (module record deleted), both
--no-serve; 3./4. warm start to the first HTTP 200, request latency, server RSS; 5. re-runs while the
portal serves, with / polled every 0.1 s: nothing changed (no restart expected, 0 failed polls), then an
upgrade (module record deleted: stop, save, provision, offline shell, start) and its outage; 6. --stop.

Without --snapshot the distribution must not be stale (mvn -B -q -DskipTests install, or ./install
once); otherwise ./install would run Maven inside the timed runs.
EOF
}

fail() { echo "runtime-bench: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="${2:?-n needs a value}"; shift 2 ;;
    --provision-runs) PROVISION_RUNS="${2:?--provision-runs needs a value}"; shift 2 ;;
    --data) DATA="${2:?--data needs a value}"; shift 2 ;;
    --port) PORT="${2:?--port needs a value}"; shift 2 ;;
    --requests) LATENCY_REQUESTS="${2:?--requests needs a value}"; shift 2 ;;
    --memory-requests) MEMORY_REQUESTS="${2:?--memory-requests needs a value}"; shift 2 ;;
    --doc) DOC="${2:?--doc needs a value}"; shift 2 ;;
    --no-doc) WRITE_DOC=0; shift ;;
    --keep) KEEP=1; shift ;;
    --snapshot) SNAPSHOT=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) fail "unknown option '$1' (see --help)" ;;
  esac
done

for v in RUNS PROVISION_RUNS LATENCY_REQUESTS MEMORY_REQUESTS PORT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || fail "$v must be a number, not '${!v}'"
done
[ "$RUNS" -ge 1 ] && [ "$PROVISION_RUNS" -ge 1 ] || fail "-n and --provision-runs must be at least 1"
[ "$MEMORY_REQUESTS" -ge "$((LATENCY_REQUESTS + 1))" ] || fail "--memory-requests must exceed --requests"
SHELL_PORT=$((PORT + 10000))
URL="http://127.0.0.1:$PORT/"

[ -n "${EPOCHREALTIME:-}" ] || fail "bash 5 or newer is needed (\$EPOCHREALTIME)"
for tool in java curl date awk sort; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool not found"
done

# ---------------------------------------------------------------- safety checks -----------------------
DATA="$(realpath -m "$DATA")"
case "$DATA" in
  "$ROOT"/data|"$ROOT"/data/*|"$ROOT"|/|"") fail "refusing to use $DATA as the benchmark data directory" ;;
esac
if [ -e "$DATA" ] && [ -n "$(ls -A "$DATA" 2>/dev/null)" ]; then
  fail "$DATA exists and is not empty; delete it or pass another --data (the benchmark starts from an empty one)"
fi
[ -d "$DIST/lib" ] || fail "no runtime distribution in $DIST; build first: mvn -B -q -DskipTests install"

stale_file() {
  [ -f "$DIST/.built" ] || { echo "(no $DIST/.built)"; return; }
  find "$ROOT" -path "$ROOT/data" -prune -o -path '*/target' -prune -o -path "$ROOT/.git" -prune -o \
    -path "$ROOT/bench" -prune -o -path "$ROOT/docs" -prune -o \
    -type f \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/*' \) -newer "$DIST/.built" -print -quit
}
s="$(stale_file)"
[ -z "$s" ] || [ "$SNAPSHOT" = 1 ] || fail "the build is stale ($s is newer than the last build); ./install would run Maven inside the timed runs. Build first (mvn -B -q -DskipTests install && touch $DIST/.built, or ./install once)."

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PORT" "$SHELL_PORT"; do
  port_busy "$p" && fail "port $p on 127.0.0.1 is in use; choose another with --port"
done

WORK="$(mktemp -d /tmp/pk-bench-work.XXXXXX)"

cleanup() {
  local rc=$?
  if [ -n "${POLLER:-}" ]; then
    kill "$POLLER" 2>/dev/null || true
  fi
  if [ -f "$DATA/server.pid" ]; then
    "$INSTALL" --data "$DATA" --stop >/dev/null 2>&1 || true
  fi
  if [ "$KEEP" = 0 ] && [ -d "$DATA" ]; then
    rm -rf -- "$DATA"
  fi
  rm -rf -- "$WORK"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

DIST_BUILT="$(date -u -d "@$(find "$DIST" -type f -printf '%T@\n' | sort -n | tail -n 1)" '+%Y-%m-%d %H:%M UTC')"
if [ "$SNAPSHOT" = 1 ]; then
  # same layout as the repository, so the copied ./install finds its distribution, and nothing in it
  # that its staleness check looks at (sources are pruned, only target/ exists)
  snap="$WORK/root"
  mkdir -p "$snap/runtime/launcher/target"
  cp -p "$INSTALL" "$snap/install"
  cp -a "$DIST" "$snap/runtime/launcher/target/"
  touch "$snap/runtime/launcher/target/portalkit-runtime/.built"
  INSTALL="$snap/install"
  [ -z "$s" ] || echo "[bench] note: sources changed after the last build ($s); benchmarking the built distribution of $DIST_BUILT" >&2
fi

# ---------------------------------------------------------------- helpers -----------------------------
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
log() { echo "[bench] $*" >&2; }

# The phases of an installer transcript, one line "phase<TAB>result<TAB>ms" per phase that ended, in order.
# A phase starts with "[phase] detail" and ends with "  <result> (<duration>)", the duration as
# Progress.duration writes it: "850 ms", "3.4 s", "1 min 05 s" (or "1 h 02 min"); "12 s" (./install's own
# build step) is read too. The last such line before the next "[phase]" is the phase's result (lines the
# step printed in between, e.g. the offline shell's output, come before it).
phases() {
  awk '
    function ms(d,   a) {
      if (d ~ /^[0-9]+ ms$/) { split(d, a, " "); return a[1] + 0 }
      if (d ~ /^[0-9]+\.[0-9] s$/) { split(d, a, /[. ]/); return a[1] * 1000 + a[2] * 100 }
      if (d ~ /^[0-9]+ s$/) { split(d, a, " "); return a[1] * 1000 }
      if (d ~ /^[0-9]+ min [0-9][0-9] s$/) { split(d, a, " "); return (a[1] * 60 + a[3]) * 1000 }
      if (d ~ /^[0-9]+ h [0-9][0-9] min$/) { split(d, a, " "); return (a[1] * 3600 + a[3] * 60) * 1000 }
      return ""
    }
    function emit() { if (phase != "" && res != "") printf "%s\t%s\t%s\n", phase, res, val; res = "" }
    /^\[[a-z][a-z-]*\]/ { emit(); phase = substr($0, 2, index($0, "]") - 2); next }
    phase != "" && /^  [^ ].* \([^()]*\)$/ {
      match($0, / \([^()]*\)$/)
      v = ms(substr($0, RSTART + 2, RLENGTH - 3))
      if (v != "") { res = substr($0, 3, RSTART - 3); val = v }
    }
    END { emit() }' "$1"
}

# ms of the last phase <name> in transcript <file> ("" if it did not end)
phase_ms() { phases "$1" | awk -F '\t' -v p="$2" '$1 == p {v = $3} END {print v}'; }

# result label of the last phase <name> (e.g. "answering", "up to date"; "" if it did not end)
phase_result() { phases "$1" | awk -F '\t' -v p="$2" '$1 == p {v = $2} END {print v}'; }

# ms of the offline OpenCms shell = its phases boot + import + seed + publish ("" if it did not run)
shell_ms() {
  phases "$1" | awk -F '\t' '$1 ~ /^(boot|import|seed|publish)$/ {s += $3; n++} END {if (n) print s}'
}

# fails the benchmark unless phase <name> of transcript <file> ended with a result matching <regex>
expect_result() {
  local r; r="$(phase_result "$1" "$2")"
  [[ "$r" =~ $3 ]] || fail "expected phase [$2] to end with '$3', got '${r:-nothing}' (see $1)"
}

# the record of installed module ZIPs (name@version=sha256), written inside the web application by the
# PortalKit shell commands; deleting it makes the next ./install re-install every module
MODULE_RECORD="$DATA/webapp/WEB-INF/packages/portalkit-installed-modules.properties"
forget_modules() {
  [ -f "$MODULE_RECORD" ] || fail "no module record at $MODULE_RECORD (did the installer move it?)"
  rm -f -- "$MODULE_RECORD"
}

# fails the benchmark if ./install ran Maven (the measurement would be worthless)
check_no_build() { ! grep -q '^\[build\]' "$1" || fail "./install rebuilt the project during a timed run (someone changed sources); rerun"; }

# one GET of /: prints "<http_code> <time_total seconds>"
get_root() { curl -s -o /dev/null --max-time "${1:-60}" -w '%{http_code} %{time_total}' "$URL" || true; }

# OpenCms runlevel changes logged since <epoch ms> in WEB-INF/logs/opencms.log (shell and server log
# there); prints "shell_boot shell_commands server_boot" in ms, "-" where absent:
#   shell_boot     runlevel 1→2 … 2→3   (OpenCms initialisation in the offline shell JVM)
#   shell_commands runlevel 2→3 … 3→0   (the PortalKit shell commands themselves)
#   server_boot    runlevel 1→2 … "OpenCms is running!" (OpenCms initialisation inside Tomcat)
opencms_split() {
  local since log
  since="$(date -d "@$(( $1 / 1000 ))" '+%Y-%m-%d %H:%M:%S')"
  log="$DATA/webapp/WEB-INF/logs/opencms.log"
  [ -f "$log" ] || { echo "- - -"; return; }
  grep -E '^[0-9-]+ [0-9:]+,[0-9]+ .*(Runlevel change *: Switching from|OpenCms is running!)' "$log" |
    awk -v since="$since" '($1 " " substr($2, 1, 8)) >= since' |
    while read -r day time rest; do
      case "$rest" in
        *"from 1 to 2"*) ev=start ;; *"from 2 to 3"*) ev=shell_ready ;; *"from 3 to 0"*) ev=shell_end ;;
        *"OpenCms is running!"*) ev=server_ready ;; *) continue ;;
      esac
      echo "$ev $(( $(date -d "$day ${time%,*}" +%s) * 1000 + 10#${time#*,} ))"
    done |
    awk '$1 == "start" {s = $2} $1 == "shell_ready" {sb = $2 - s; r = $2} $1 == "shell_end" && r {sc = $2 - r}
         $1 == "server_ready" {vb = $2 - s}
         END {print (sb == "" ? "-" : sb), (sc == "" ? "-" : sc), (vb == "" ? "-" : vb)}'
}

record_split() { # name unit value, skipped when the value is "-"
  [ "$3" = - ] || record "$1" "$2" "$3"
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# results: metric name -> space-separated values; order of first appearance kept
declare -A VALUES UNITS
ORDER=()
record() { # name unit value; an empty value (a phase that did not run) is not recorded
  [ -n "$3" ] || return 0
  [ -n "${VALUES[$1]+x}" ] || ORDER+=("$1")
  VALUES[$1]="${VALUES[$1]:-} $3"
  UNITS[$1]="$2"
}

# median / min / max of a list of numbers
stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {
  if (NR == 0) { print "- - -"; exit }
  m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2
  print m, a[1], a[NR] }'; }
fmt() { # value unit -> human text
  case "$2" in
    s) awk -v v="$1" 'BEGIN {printf "%.1f s", v/1000}' ;;
    ms) awk -v v="$1" 'BEGIN {printf (v < 10 ? "%.2f ms" : "%.0f ms"), v}' ;;
    MiB) awk -v v="$1" 'BEGIN {printf "%.0f MiB", v/1024}' ;;
    load) awk -v v="$1" 'BEGIN {printf "%.2f", v}' ;;
    n|text) echo "$1" ;;
    *) echo "$1 $2" ;;
  esac
}

# ---------------------------------------------------------------- machine -----------------------------
START_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"
CPU="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
MEM_GIB="$(awk '/^MemTotal:/ {printf "%.1f", $2/1048576}' /proc/meminfo)"
JAVA_VERSION="$(java -version 2>&1 | head -n 1)"
JAVA_VM="$(java -version 2>&1 | tail -n 1)"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
GIT_REV="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
GIT_DIRTY="$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -v '^??' | wc -l || true)"
XMX_SOURCE="$(grep -o '"-Xmx[0-9]*[mMgG]"' "$ROOT/runtime/launcher/src/main/java/org/portalkit/runtime/server/ServerControl.java" | tr -d '"' | head -n 1)"

log "machine: $(nproc) CPUs ($CPU), ${MEM_GIB} GiB, $JAVA_VERSION, load $LOAD_START"
log "data directory $DATA, port $PORT (shell $SHELL_PORT), -n $RUNS, --provision-runs $PROVISION_RUNS"

# ---------------------------------------------------------------- 1. first provision ------------------
for i in $(seq 1 "$PROVISION_RUNS"); do
  rm -rf -- "$DATA"
  mkdir -p "$DATA"
  out="$WORK/provision-$i.log"
  log "first provision $i/$PROVISION_RUNS: ./install --data $DATA --port $PORT --no-serve"
  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --port "$PORT" --no-serve >"$out" 2>&1 || { cat "$out" >&2; fail "first provision failed"; }
  t1=$(now_ms)
  check_no_build "$out"
  expect_result "$out" check '^first installation$'
  expect_result "$out" provision '^provisioned$'
  wall=$((t1 - t0)); prov="$(phase_ms "$out" provision)"; shell="$(shell_ms "$out")"
  [ -n "$shell" ] || fail "the first provision ran no offline shell (see $out)"
  record "prov:First provision, wall (\`--no-serve\`)" s "$wall"
  record "prov:&nbsp;&nbsp;provision phase (config, WEB-INF/lib, HSQLDB schema)" s "$prov"
  record "prov:&nbsp;&nbsp;offline OpenCms shell JVM (phases boot + import + seed + publish)" s "$shell"
  read -r sb _ _ <<<"$(opencms_split "$t0")"
  record "prov:&nbsp;&nbsp;&nbsp;&nbsp;boot (shell JVM, OpenCms start, login, first-start setup, 1st publish)" s "$(phase_ms "$out" boot)"
  record_split "prov:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;of which OpenCms initialisation (runlevel 1→3)" s "$sb"
  record "prov:&nbsp;&nbsp;&nbsp;&nbsp;import (5 modules)" s "$(phase_ms "$out" import)"
  record "prov:&nbsp;&nbsp;&nbsp;&nbsp;seed (demo content)" s "$(phase_ms "$out" seed)"
  record "prov:&nbsp;&nbsp;&nbsp;&nbsp;publish (Offline project, Solr index)" s "$(phase_ms "$out" publish)"
  record "prov:&nbsp;&nbsp;rest (installer JVM, check phase: ZIP verification, checksums)" s "$((wall - prov - shell))"
  log "  wall $wall ms, provision $prov ms, offline shell $shell ms"
done

# ---------------------------------------------------------------- 2. module (re-)install --------------
for i in $(seq 1 "$RUNS"); do
  # the portal is stopped and nothing changed: the installer only checks (no offline shell)
  out="$WORK/noop-$i.log"
  log "no-op install $i/$RUNS (stopped, nothing changed)"
  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --port "$PORT" --no-serve >"$out" 2>&1 || { cat "$out" >&2; fail "no-op install failed"; }
  t1=$(now_ms)
  check_no_build "$out"
  expect_result "$out" check '^everything up to date$'
  ! grep -q '^\[boot\]' "$out" || fail "a no-op run started the offline shell (see $out)"
  record "noop:Re-run of the stopped portal, nothing changed (\`--no-serve\`), wall" s "$((t1 - t0))"
  record "noop:&nbsp;&nbsp;check phase (module ZIPs, ports, plan)" s "$(phase_ms "$out" check)"

  out="$WORK/reinstall-$i.log"
  forget_modules
  log "full module re-install $i/$RUNS (module record deleted)"
  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --port "$PORT" --no-serve >"$out" 2>&1 || { cat "$out" >&2; fail "module re-install failed"; }
  t1=$(now_ms)
  check_no_build "$out"
  count="$(sed -n 's/^\[import\] \([0-9]*\) module(s):.*/\1/p' "$out")"
  [ -n "$count" ] || fail "no modules were re-installed (see $out)"
  wall=$((t1 - t0)); shell="$(shell_ms "$out")"
  read -r sb _ _ <<<"$(opencms_split "$t0")"
  record "mod:Module re-install ($count modules replaced, stopped, \`--no-serve\`), wall" s "$wall"
  record "mod:&nbsp;&nbsp;save phase (snapshot of the data to roll back to)" s "$(phase_ms "$out" save)"
  record "mod:&nbsp;&nbsp;offline OpenCms shell JVM (boot + import + publish)" s "$shell"
  record "mod:&nbsp;&nbsp;&nbsp;&nbsp;boot (shell JVM, OpenCms start, login, setup check, 1st publish)" s "$(phase_ms "$out" boot)"
  record_split "mod:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;of which OpenCms initialisation (runlevel 1→3)" s "$sb"
  record "mod:&nbsp;&nbsp;&nbsp;&nbsp;import ($count× replace module)" s "$(phase_ms "$out" import)"
  record "mod:&nbsp;&nbsp;&nbsp;&nbsp;seed (unexpected: the demo content did not change)" s "$(phase_ms "$out" seed)"
  record "mod:&nbsp;&nbsp;&nbsp;&nbsp;publish" s "$(phase_ms "$out" publish)"
  log "  wall $wall ms, shell $shell ms ($count modules)"
done

# ---------------------------------------------------------------- poller for the re-run outage --------
# GET / every 0.1 s in the background until stop_poller (a new request 100 ms after the previous one was
# sent, or at once when that one took longer); one line "<sent ms> <answered ms> <http code>" per request
# (000 = no connection, or no answer within 5 s). Times from $EPOCHREALTIME, so no fork but curl's.
POLLER=""
start_poller() { # log file
  rm -f -- "$WORK/poll.stop"
  (
    trap - EXIT INT TERM
    while [ ! -e "$WORK/poll.stop" ]; do
      t=${EPOCHREALTIME/[.,]/}; sent=$((t / 1000))
      code="$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$URL" 2>/dev/null || true)"
      t=${EPOCHREALTIME/[.,]/}; answered=$((t / 1000))
      echo "$sent $answered ${code:-000}"
      pause=$((sent + 100 - answered))
      if [ "$pause" -gt 0 ]; then printf -v pause '0.%03d' "$pause"; sleep "$pause"; fi
    done
  ) >"$1" 2>/dev/null &
  POLLER=$!
}
stop_poller() {
  touch "$WORK/poll.stop"
  wait "$POLLER" 2>/dev/null || true
  POLLER=""
}
# summary of a poll log: "polls non200 first_non200_sent first200_after_it_answered mean_interval_ms"
# ("-" where absent); the outage is first200_after_it_answered - first_non200_sent
poll_summary() {
  awk '{n++; if (n == 1) first = $1; last = $1}
       $3 != 200 {f++; if (ff == "") ff = $1}
       $3 == 200 && ff != "" && ok == "" {ok = $2}
       END {print n + 0, f + 0, (ff == "" ? "-" : ff), (ok == "" ? "-" : ok),
                  (n > 1 ? int((last - first) / (n - 1)) : "-")}' "$1"
}
# runs ./install --data D --port P while the poller runs (from 1 s before to 1 s after); sets OUT, POLL,
# WALL (ms) and prints the installer transcript on failure
rerun_polled() { # name
  OUT="$WORK/$1.log"; POLL="$WORK/$1.poll"
  start_poller "$POLL"
  sleep 1
  local t0; t0=$(now_ms)
  "$INSTALL" --data "$DATA" --port "$PORT" >"$OUT" 2>&1 || { stop_poller; cat "$OUT" >&2; fail "./install ($1) failed; polls in $POLL"; }
  WALL=$(( $(now_ms) - t0 ))
  sleep 1
  stop_poller
  check_no_build "$OUT"
}

# ---------------------------------------------------------------- 3./4. warm start, latency, RSS ------
for i in $(seq 1 "$RUNS"); do
  out="$WORK/start-$i.log"
  log "warm start $i/$RUNS: ./install --data $DATA --port $PORT"
  load_at_start="$(cut -d' ' -f1 /proc/loadavg)"
  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --port "$PORT" >"$out" 2>&1 &
  installer=$!
  # poll / until the first 200 (connection refused returns at once; a request that reaches a starting
  # Tomcat waits for the answer)
  first200=""
  while :; do
    read -r code _ <<<"$(get_root 180)"
    if [ "$code" = 200 ]; then first200=$(now_ms); break; fi
    if ! kill -0 "$installer" 2>/dev/null && [ ! -f "$DATA/server.pid" ]; then
      wait "$installer" || true; cat "$out" >&2; fail "the installer ended without a running server"
    fi
    [ $(( $(now_ms) - t0 )) -lt 300000 ] || fail "no HTTP 200 from $URL within 300 s"
    sleep 0.1
  done
  wait "$installer" || { cat "$out" >&2; fail "./install failed"; }
  t_inst=$(now_ms)
  check_no_build "$out"
  expect_result "$out" check '^everything up to date$'
  expect_result "$out" start '^answering$'
  pid="$(cat "$DATA/server.pid")"
  record "warm:Warm start: launch → first HTTP 200 of /" s "$((first200 - t0))"
  record "warm:&nbsp;&nbsp;installer until it returns" s "$((t_inst - t0))"
  started="$(phase_ms "$out" start)"
  read -r _ _ vb <<<"$(opencms_split "$t0")"
  if grep -q '^\[boot\]' "$out"; then
    log "  unexpected: the warm start (nothing changed) ran the offline shell"
    record "warm:&nbsp;&nbsp;offline shell JVM (unexpected: nothing changed)" s "$(shell_ms "$out")"
  fi
  pc="$(phase_ms "$out" check)"; pp="$(phase_ms "$out" provision)"
  record "warm:&nbsp;&nbsp;check + provision phases (nothing to do, no offline shell)" s "$(( ${pc:-0} + ${pp:-0} ))"
  record "warm:&nbsp;&nbsp;server start alone (installer's \`[start]\` … \`answering (…)\`)" s "$started"
  if [ "$vb" != - ]; then
    record "warm:&nbsp;&nbsp;&nbsp;&nbsp;OpenCms boot inside Tomcat (runlevel 1→4)" s "$vb"
    record "warm:&nbsp;&nbsp;&nbsp;&nbsp;rest: server JVM start, Tomcat, readiness probe (1st GET /)" s "$((started - vb))"
  fi
  record "warm:&nbsp;&nbsp;1-min load average when the warm start began" load "$load_at_start"
  rss_start="$(rss_kb "$pid")"

  # first request after the installer returned (the installer's own readiness probe and the poll above
  # already fetched / once, so this is the first *measured* request of a freshly started server)
  read -r code t <<<"$(get_root 60)"
  [ "$code" = 200 ] || fail "GET / answered $code after start"
  record "warm:First curl GET / after ./install returned (curl time_total)" ms "$(awk -v t="$t" 'BEGIN {print t*1000}')"

  lat=()
  for _ in $(seq 1 "$LATENCY_REQUESTS"); do
    read -r code t <<<"$(get_root 60)"
    [ "$code" = 200 ] || fail "GET / answered $code during the latency run"
    lat+=("$(awk -v t="$t" 'BEGIN {print t*1000}')")
  done
  read -r med lo hi <<<"$(stats "${lat[@]}")"
  p90="$(printf '%s\n' "${lat[@]}" | sort -g | awk '{a[NR]=$1} END {i=int(NR*0.9+0.999); if (i<1) i=1; print a[i]}')"
  record "warm:Steady state: median of $LATENCY_REQUESTS sequential GET /" ms "$med"
  record "warm:&nbsp;&nbsp;p90 of the same $LATENCY_REQUESTS requests" ms "$p90"
  record "warm:&nbsp;&nbsp;fastest / slowest of the $LATENCY_REQUESTS" "ms-pair" "$lo/$hi"

  for _ in $(seq $((LATENCY_REQUESTS + 2)) "$MEMORY_REQUESTS"); do
    read -r code _ <<<"$(get_root 60)"
    [ "$code" = 200 ] || fail "GET / answered $code during the memory run"
  done
  rss_200="$(rss_kb "$pid")"
  hwm="$(hwm_kb "$pid")"
  xmx="$(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^-Xmx//p' | head -n 1)"
  record "mem:Server JVM RSS after start (VmRSS)" MiB "$rss_start"
  record "mem:Server JVM RSS after $MEMORY_REQUESTS requests of / (VmRSS)" MiB "$rss_200"
  record "mem:&nbsp;&nbsp;peak RSS so far (VmHWM)" MiB "$hwm"
  log "  first 200 after $((first200 - t0)) ms, median $med ms, RSS $((rss_start / 1024)) → $((rss_200 / 1024)) MiB, -Xmx$xmx"

  # -------------------------------------------------------------- 5. re-run outage -------------------
  # a. nothing changed, the portal runs: the installer must leave it alone (same pid, no failed poll)
  log "no-op re-run while the portal runs $i/$RUNS (/ polled every 0.1 s)"
  rerun_polled "rerun-noop-$i"
  pid_after="$(cat "$DATA/server.pid" 2>/dev/null || echo none)"
  read -r polls bad ff ok interval <<<"$(poll_summary "$POLL")"
  expect_result "$OUT" check '^everything up to date \(the portal runs, pid [0-9]+\)$'
  grep -q 'nothing changed, so it was not restarted' "$OUT" || log "  unexpected: no 'nothing changed, so it was not restarted' (see $OUT)"
  same=no; [ "$pid_after" = "$pid" ] && kill -0 "$pid" 2>/dev/null && same=yes
  record "rerun:Re-run while the portal runs, nothing changed: installer wall" s "$WALL"
  record "rerun:&nbsp;&nbsp;polls of / (from 1 s before the installer to 1 s after it)" n "$polls"
  record_split "rerun:&nbsp;&nbsp;mean interval between two polls" ms "$interval"
  record "rerun:&nbsp;&nbsp;failed or non-200 polls (expected 0)" n "$bad"
  record "rerun:&nbsp;&nbsp;server pid unchanged" text "$same"
  if [ "$bad" != 0 ] || [ "$same" != yes ]; then
    keep="$(mktemp -d /tmp/pk-bench-unexpected.XXXXXX)"
    cp -- "$OUT" "$POLL" "$keep/" 2>/dev/null || true
    log "  UNEXPECTED: $bad failed poll(s), pid $pid → $pid_after; installer output and poll log kept in $keep"
  fi
  log "  wall $WALL ms, $polls polls (every ${interval} ms), $bad failed, pid unchanged: $same"

  # b. upgrade while the portal runs: all modules re-installed (module record deleted)
  forget_modules
  log "upgrade re-run while the portal runs $i/$RUNS (module record deleted, / polled every 0.1 s)"
  rerun_polled "rerun-upgrade-$i"
  read -r polls bad ff ok interval <<<"$(poll_summary "$POLL")"
  count="$(sed -n 's/^\[import\] \([0-9]*\) module(s):.*/\1/p' "$OUT")"
  [ -n "$count" ] || fail "the upgrade re-run installed no modules (see $OUT)"
  expect_result "$OUT" stop '^stopped$'
  expect_result "$OUT" start '^answering$'
  pid="$(cat "$DATA/server.pid")"
  record "upg:Upgrade re-run while the portal runs ($count modules replaced): installer wall" s "$WALL"
  if [ "$ff" != - ] && [ "$ok" != - ]; then
    record "upg:&nbsp;&nbsp;outage: first failed poll of / → first HTTP 200 after it" s "$((ok - ff))"
  else
    log "  unexpected: no outage seen by the poller ($polls polls, $bad failed; see $POLL)"
  fi
  record "upg:&nbsp;&nbsp;failed or non-200 polls" n "$bad"
  record_split "upg:&nbsp;&nbsp;mean interval between two polls" ms "$interval"
  record "upg:&nbsp;&nbsp;stop phase (graceful shutdown of the running server)" s "$(phase_ms "$OUT" stop)"
  record "upg:&nbsp;&nbsp;save phase (snapshot of the data to roll back to)" s "$(phase_ms "$OUT" save)"
  record "upg:&nbsp;&nbsp;provision phase" s "$(phase_ms "$OUT" provision)"
  record "upg:&nbsp;&nbsp;offline OpenCms shell JVM (boot + import + publish)" s "$(shell_ms "$OUT")"
  record "upg:&nbsp;&nbsp;&nbsp;&nbsp;boot" s "$(phase_ms "$OUT" boot)"
  record "upg:&nbsp;&nbsp;&nbsp;&nbsp;import ($count× replace module)" s "$(phase_ms "$OUT" import)"
  record "upg:&nbsp;&nbsp;&nbsp;&nbsp;publish" s "$(phase_ms "$OUT" publish)"
  record "upg:&nbsp;&nbsp;start phase (server start until it answers)" s "$(phase_ms "$OUT" start)"
  log "  wall $WALL ms, outage $( [ "$ff" = - ] || [ "$ok" = - ] && echo '?' || echo $((ok - ff)) ) ms, $bad failed polls"

  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --stop >"$WORK/stop-$i.log" 2>&1 || fail "./install --stop failed"
  record "stop:\`./install --stop\` (graceful Tomcat + OpenCms shutdown)" s "$(( $(now_ms) - t0 ))"
done

LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"
END_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"

# ---------------------------------------------------------------- report ------------------------------
report() {
  echo "Run $START_DATE – $END_DATE on $(nproc) CPUs ($CPU), ${MEM_GIB} GiB RAM, $(uname -sr);"
  echo "$JAVA_VERSION ($JAVA_VM); commit $GIT_REV$( [ "$GIT_DIRTY" = 0 ] || echo " + $GIT_DIRTY locally modified file(s)" );"
  echo "load average (1/5/15 min) $LOAD_START at start, $LOAD_END at end. Server JVM: -Xmx${xmx:-?} (ServerControl: ${XMX_SOURCE:-?}), -XX:+UseSerialGC."
  echo "Distribution built $DIST_BUILT$( [ "$SNAPSHOT" = 0 ] || echo ", timed from a snapshot copy (\`--snapshot\`)")."
  echo "Repetitions: first provision $PROVISION_RUNS, everything else $RUNS (\`bench/runtime-bench.sh -n $RUNS --provision-runs $PROVISION_RUNS\`)."
  echo
  echo "| Measurement | median | min | max | runs | values |"
  echo "|---|---:|---:|---:|---:|---|"
  local name label unit vals med lo hi n shown v
  for name in "${ORDER[@]}"; do
    unit="${UNITS[$name]}"
    label="${name#*:}"
    read -r -a vals <<<"${VALUES[$name]}"
    n=${#vals[@]}
    if [ "$unit" = text ]; then
      echo "| $label | | | | $n | $(echo "${vals[*]}" | sed 's/ /, /g') |"
      continue
    fi
    if [ "$unit" = ms-pair ]; then
      shown=""; for v in "${vals[@]}"; do shown+="${shown:+, }$(fmt "${v%/*}" ms) / $(fmt "${v#*/}" ms)"; done
      echo "| $label | | | | $n | $shown |"
      continue
    fi
    read -r med lo hi <<<"$(stats "${vals[@]}")"
    shown=""; for v in "${vals[@]}"; do shown+="${shown:+, }$(fmt "$v" "$unit")"; done
    echo "| $label | $(fmt "$med" "$unit") | $(fmt "$lo" "$unit") | $(fmt "$hi" "$unit") | $n | $shown |"
  done
}

REPORT="$(report)"
echo
echo "$REPORT"

if [ "$WRITE_DOC" = 1 ]; then
  begin='<!-- bench:results:begin (written by bench/runtime-bench.sh; do not edit by hand) -->'
  end='<!-- bench:results:end -->'
  mkdir -p "$(dirname "$DOC")"
  section="$WORK/section.md"
  { echo "$begin"; echo; echo "$REPORT"; echo; echo "$end"; } >"$section"
  if [ -f "$DOC" ] && grep -qF 'bench:results:begin' "$DOC" && grep -qF "$end" "$DOC"; then
    awk -v f="$section" '
      /<!-- bench:results:begin/ { while ((getline l < f) > 0) print l; skip = 1; next }
      /<!-- bench:results:end -->/ { skip = 0; next }
      !skip { print }' "$DOC" >"$WORK/doc.md"
    cat "$WORK/doc.md" >"$DOC"
  else
    { [ -f "$DOC" ] && cat "$DOC" && echo || printf '# PortalKit benchmarks\n\n'; echo "## Results"; echo; cat "$section"; } >"$WORK/doc.md"
    cat "$WORK/doc.md" >"$DOC"
  fi
  log "results written to $DOC"
fi

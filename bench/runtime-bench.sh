#!/usr/bin/env bash
# PortalKit runtime benchmark: first provision, module re-install, warm start to first page, request
# latency and resident memory of the embedded portal (OpenCms 11.0.2 in Tomcat 9, started by ./install).
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

  -n N                 repetitions of the module re-install and warm-start measurements (default $RUNS)
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

# value of "  <label> (N ms)" in an installer transcript
phase_ms() { sed -n "s/^  $2 (\([0-9]*\) ms)$/\1/p" "$1" | tail -n 1; }

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
record() { # name unit value
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
    load) echo "$1" ;;
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
  grep -q '^  provisioned (' "$out" || fail "run $i did not provision from scratch (see $out)"
  wall=$((t1 - t0)); prov="$(phase_ms "$out" provisioned)"; shell="$(phase_ms "$out" done)"
  record "prov:First provision, wall (\`--no-serve\`)" s "$wall"
  record "prov:&nbsp;&nbsp;provision phase (config, WEB-INF/lib, HSQLDB schema)" s "$prov"
  record "prov:&nbsp;&nbsp;import + seed + publish (offline OpenCms shell JVM)" s "$shell"
  read -r sb sc _ <<<"$(opencms_split "$t0")"
  record_split "prov:&nbsp;&nbsp;&nbsp;&nbsp;OpenCms boot in the shell (runlevel 1→3)" s "$sb"
  record_split "prov:&nbsp;&nbsp;&nbsp;&nbsp;shell commands (first-start setup, module imports, seed, 2× publish)" s "$sc"
  record "prov:&nbsp;&nbsp;rest (installer JVM, ZIP verification, checksums)" s "$((wall - prov - shell))"
  log "  wall $wall ms, provision $prov ms, import+seed+publish $shell ms"
done

# ---------------------------------------------------------------- 2. module (re-)install --------------
for i in $(seq 1 "$RUNS"); do
  # no-op run first: same shell script minus the imports, so the difference is the cost of the modules
  out="$WORK/noop-$i.log"
  log "no-op install $i/$RUNS (modules up to date)"
  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --port "$PORT" --no-serve >"$out" 2>&1 || { cat "$out" >&2; fail "no-op install failed"; }
  t1=$(now_ms)
  check_no_build "$out"
  grep -q 'all modules up to date' "$out" || fail "expected 'all modules up to date' (see $out)"
  record "noop:Re-run with all modules up to date, wall" s "$((t1 - t0))"
  record "noop:&nbsp;&nbsp;offline shell JVM" s "$(phase_ms "$out" done)"
  read -r sb sc _ <<<"$(opencms_split "$t0")"
  record_split "noop:&nbsp;&nbsp;&nbsp;&nbsp;OpenCms boot in the shell (runlevel 1→3)" s "$sb"
  record_split "noop:&nbsp;&nbsp;&nbsp;&nbsp;shell commands (login, setup + seed checks, 2× publish)" s "$sc"

  out="$WORK/reinstall-$i.log"
  rm -f -- "$DATA/installed-modules.properties"
  log "full module re-install $i/$RUNS (installed-modules.properties deleted)"
  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --port "$PORT" --no-serve >"$out" 2>&1 || { cat "$out" >&2; fail "module re-install failed"; }
  t1=$(now_ms)
  check_no_build "$out"
  count="$(sed -n 's/^\[import\] \([0-9]*\) module(s):.*/\1/p' "$out")"
  [ -n "$count" ] || fail "no modules were re-installed (see $out)"
  wall=$((t1 - t0)); shell="$(phase_ms "$out" done)"
  record "mod:Module re-install ($count modules replaced), wall" s "$wall"
  record "mod:&nbsp;&nbsp;offline shell JVM" s "$shell"
  read -r sb sc _ <<<"$(opencms_split "$t0")"
  record_split "mod:&nbsp;&nbsp;&nbsp;&nbsp;OpenCms boot in the shell (runlevel 1→3)" s "$sb"
  record_split "mod:&nbsp;&nbsp;&nbsp;&nbsp;shell commands ($count× replace module, checks, 2× publish)" s "$sc"
  log "  wall $wall ms, shell $shell ms ($count modules)"
done

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
  pid="$(cat "$DATA/server.pid")"
  record "warm:Warm start: launch → first HTTP 200 of /" s "$((first200 - t0))"
  record "warm:&nbsp;&nbsp;installer until it returns" s "$((t_inst - t0))"
  started="$(phase_ms "$out" started)"
  read -r sb sc vb <<<"$(opencms_split "$t0")"
  record "warm:&nbsp;&nbsp;offline shell JVM (same script as the no-op re-run)" s "$(phase_ms "$out" done)"
  record_split "warm:&nbsp;&nbsp;&nbsp;&nbsp;OpenCms boot in the shell (runlevel 1→3)" s "$sb"
  record_split "warm:&nbsp;&nbsp;&nbsp;&nbsp;shell commands (login, setup + seed checks, 2× publish)" s "$sc"
  record "warm:&nbsp;&nbsp;server start alone (installer's \`started (N ms)\`)" s "$started"
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

  t0=$(now_ms)
  "$INSTALL" --data "$DATA" --stop >"$WORK/stop-$i.log" 2>&1 || fail "./install --stop failed"
  record "warm:\`./install --stop\` (graceful Tomcat + OpenCms shutdown)" s "$(( $(now_ms) - t0 ))"
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

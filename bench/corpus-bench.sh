#!/usr/bin/env bash
# The corpus measurement of docs/benchmarks.md ("Results at 100,081 news"), in its order, on a RUNNING bench portal:
#   bench/corpus-bench.sh [BASE_URL] [DATA_DIR]      (defaults http://127.0.0.1:18480 /tmp/bench-data)
# our lists, facets, list page and search (1 and 4 connections), the hostile list and search requests, the sitemaps
# (time, size, URLs, server RSS after each), the classic collector (bench/collector.jsp), then our lists again.
set -u
cd "$(dirname "$0")/.."
B="${1:-http://127.0.0.1:18480}"
D="${2:-/tmp/bench-data}"
E=/system/modules/org.portalkit.news/elements/latest-news.jsp
S=/system/modules/org.portalkit.template/elements/search.jsp
rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2/1024}' /proc/$(cat $D/server.pid)/status
  # collections so far (young/full: count and seconds) and the old generation's use, from jstat
  jstat -gcutil "$(cat $D/server.pid)" | awk 'NR==2 {printf "GC young %s (%ss) full %s (%ss) old %s%%", $7, $8, $9, $10, $4}'; echo; }
echo "== RSS at start"; rss
echo "== first requests (cold)"
for p in "$E?folder=/tin-tuc/&paging=true" "$E?folder=/tin-tuc/&paging=true&page=100" "/bench/facets.jsp?cat=lao-dong-viec-lam/&year=2021" "/tin-tuc/" "/tim-kiem/?q=hoi+nghi"; do
  curl -s -o /dev/null -w "%{http_code} %{time_total}s $p\n" "$B$p"
done
echo "== ours, 1 connection"
OUT=/tmp/pk-bench-ours bench/list-bench.sh --base $B --context '' --data $D --duration 15s --connections "1" \
  list-p1="$E?folder=/tin-tuc/&paging=true" \
  list-p100="$E?folder=/tin-tuc/&paging=true&page=100" \
  facets="/bench/facets.jsp?cat=lao-dong-viec-lam/&year=2021" \
  facets-p100="/bench/facets.jsp?cat=tin-hoat-dong/&page=100" \
  tin-tuc-p100="/tin-tuc/?page=100" \
  search-folded="$S?q=hoi+nghi+so+ket" \
  search-exact="$S?q=H%E1%BB%99i+ngh%E1%BB%8B" \
  search-page="/tim-kiem/?q=lao+dong+viec+lam&page=5"
echo "== ours, 4 connections"
OUT=/tmp/pk-bench-ours4 bench/list-bench.sh --base $B --context '' --data $D --duration 15s --connections "4" \
  list-p1="$E?folder=/tin-tuc/&paging=true" list-p100="$E?folder=/tin-tuc/&paging=true&page=100" \
  search-folded="$S?q=hoi+nghi+so+ket"
echo "== the whole site at pages 91-100 with 50 rows, each page once (its 50 resources not read before)"
for p in $(seq 91 100); do
  curl -s -o /dev/null -w "%{http_code} %{time_total}s page $p\n" "$B$E?folder=/&paging=true&n=50&page=$p"
done
echo "== the news list at pages 91-100 (10 rows), each page once (not asked before: no cached result)"
for p in $(seq 91 100); do
  curl -s -o /dev/null -w "%{http_code} %{time_total}s page $p\n" "$B$E?folder=/tin-tuc/&paging=true&page=$p"
done
echo "== hostile lists"
OUT=/tmp/pk-bench-hostile bench/list-bench.sh --base $B --context '' --hostile bench/hostile-list-paths.txt
echo "== hostile search"
OUT=/tmp/pk-bench-hostile bench/list-bench.sh --base $B --context '' --hostile bench/hostile-search-paths.txt
echo "== sitemaps"
for p in /sitemap.xml /sitemap-1.xml /sitemap-2.xml /sitemap-news.xml /robots.txt; do
  curl -s -o /tmp/pk-sm.xml -w "%{http_code} %{time_total}s %{size_download}B $p" "$B$p"; echo " urls=$(grep -o '<loc>' /tmp/pk-sm.xml | wc -l)"; rss
done
for i in 1 2 3; do curl -s -o /dev/null -w "again %{time_total}s /sitemap-1.xml\n" "$B/sitemap-1.xml"; done
rss
echo "== collector, 1 connection, then 4"
OUT=/tmp/pk-bench-coll bench/list-bench.sh --base $B --context '' --data $D --duration 15s --connections "1 4" \
  collector-p1="/bench/collector.jsp" collector-p100="/bench/collector.jsp?page=100"
echo "== ours again after the collector (same run)"
OUT=/tmp/pk-bench-ours2 bench/list-bench.sh --base $B --context '' --data $D --duration 15s --connections "1" \
  list-p1="$E?folder=/tin-tuc/&paging=true" list-p100="$E?folder=/tin-tuc/&paging=true&page=100" \
  facets="/bench/facets.jsp?cat=lao-dong-viec-lam/&year=2021"
rss

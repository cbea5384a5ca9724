#!/usr/bin/env bash
# Creates N generated Vietnamese news in a STOPPED demo portal through the OpenCms API, publishes them and
# waits for "Solr Online" (see bench/README.md).
#   bench/generate-news.sh DATA_DIR COUNT [--folder /tin-tuc/] [--chunk 2000] [--seed 1] [--index-after] [--rebuild]
#                          [--db-cache-mb N]
# The portal of DATA_DIR must be stopped (the offline OpenCms and the server cannot share the HSQLDB files).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 2 ] || { sed -n '2,6p' "$0" >&2; exit 2; }
data="$(cd "$1" && pwd)"; shift
jar="$here/news-generator/target/news-generator.jar"
[ -f "$jar" ] || (cd "$here/.." && mvn -B -o -q package -pl bench/news-generator)
[ -f "$data/webapp/WEB-INF/web.xml" ] || { echo "not a provisioned data directory: $data" >&2; exit 2; }
if [ -f "$data/server.pid" ] && kill -0 "$(cat "$data/server.pid")" 2>/dev/null; then
  echo "the portal of $data is running: stop it first (./install --stop --data $data)" >&2; exit 2
fi
webinf="$data/webapp/WEB-INF"
# the servlet, JSP and EL APIs (inside Tomcat the container provides them), as the installer's offline shell;
# copied next to the data, so that a rebuild of the distribution cannot swap jars under a running generator
mkdir -p "$data/bench-lib"
cp "$here"/../runtime/launcher/target/portalkit-runtime/lib/tomcat-embed-*.jar "$data/bench-lib/"
cp "$jar" "$data/bench-lib/news-generator.jar"
jar="$data/bench-lib/news-generator.jar"
tomcat="$(ls "$data"/bench-lib/tomcat-embed-*.jar | tr '\n' :)"
cd "$webinf"
exec /usr/bin/time -f '[bench] generator JVM: wall %e s, peak RSS %M KiB, CPU user %U s + system %S s' \
  java -Xmx${GEN_XMX:-1g} -XX:+UseSerialGC -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -Dopencms.logfolder="$webinf/logs/" \
  -cp "$jar:$webinf/classes:$webinf/lib/*:$tomcat" org.portalkit.bench.NewsGenerator "$data" "$@"

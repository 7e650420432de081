#!/usr/bin/env bash
# Measures tradegraph over the large generated dataset: starts the packaged service on 127.0.0.1 (loading the
# dataset into its own schema on first use), warms it up, then drives each scenario with wrk for a fixed time at
# each concurrency and prints requests/s, p50 and p99 latency, errors, SQL statements and bytes per response,
# and finally the service's resident memory. Every run is bounded in time; the service is stopped at the end.
#
#   src/bench/benchmark.sh     (DURATION=10s WARMUP=30s CONCURRENCY="1 16 64" and every scenario by default;
#                               e.g. SCENARIOS=b-dashboard CONCURRENCY=16 for one; BENCH_APP=<a quarkus-app folder>
#                               measures another build, so that two builds can be compared in one sitting)
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-30s}
CONCURRENCY=${CONCURRENCY:-"1 16 64"}
PORT=${BENCH_PORT:-8089}
# The heap the container gives the JVM in Kubernetes: 40% (JAVA_MAX_MEM_RATIO) of its 512 MiB memory limit.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx205m}
SCHEMA=${BENCH_SCHEMA:-tradegraph_large}
APP=${BENCH_APP:-target/quarkus-app}
read -ra SCENARIOS <<< "${SCENARIOS:-a-province-years b-dashboard c-figures-page d-aggregate}"
WORK=target/bench
URL="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -q package -DskipTests
mkdir -p "$WORK"

# Request bodies: one per scenario, three for the figures page (the first page and the two after it).
body() { python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])}))' "$1" "$2"; }
cursor() { printf 'tradegraph:%s' "$1" | base64 | tr '+/' '-_' | tr -d '='; }
for s in "${SCENARIOS[@]}"; do body "src/bench/scenarios/$s.graphql" '{}' > "$WORK/$s.json"; done
body src/bench/scenarios/c-figures-page.graphql "{\"after\": \"$(cursor 99)\"}" > "$WORK/c-figures-page-2.json"
body src/bench/scenarios/c-figures-page.graphql "{\"after\": \"$(cursor 199)\"}" > "$WORK/c-figures-page-3.json"
bodies() { if [ "$1" = c-figures-page ]; then echo "$WORK/c-figures-page.json,$WORK/c-figures-page-2.json,$WORK/c-figures-page-3.json"; else echo "$WORK/$1.json"; fi; }

PID=
start_service() {
    DB_SCHEMA=$SCHEMA LARGE_DATASET=full SEED_ENABLED=false PORT=$PORT GRAPHIQL_ENABLED=false \
        java $JAVA_OPTS -jar "$APP/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
    PID=$!
    for _ in $(seq 600); do
        curl -fs "$URL/q/health/ready" >/dev/null 2>&1 && return 0
        kill -0 "$PID" 2>/dev/null || { echo "the service stopped; see $WORK/service.log" >&2; exit 1; }
        sleep 1
    done
    echo "the service did not become ready" >&2; exit 1
}
stop_service() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; PID=; }
trap stop_service EXIT

# The reactive PostgreSQL client's own count of the statements it completed.
counter() { curl -fs "$URL/q/metrics" | awk '/^postgresql_completed_total/ { print int($2) }'; }

start_service
echo "Counting SQL statements per request (20 requests per scenario, after one that reads the reference data)..."
declare -A STATEMENTS
for s in "${SCENARIOS[@]}"; do
    IFS=, read -ra files <<< "$(bodies "$s")"
    curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary "@${files[0]}" "$URL/graphql"
    before=$(counter)
    for i in $(seq 20); do
        curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary "@${files[$(( i % ${#files[@]} ))]}" "$URL/graphql"
    done
    STATEMENTS[$s]=$(awk -v a="$before" -v b="$(counter)" 'BEGIN { printf "%.1f", (b - a) / 20 }')
done

echo "Timed runs (java $JAVA_OPTS): $DURATION each at concurrency $CONCURRENCY after a $WARMUP warm-up per scenario..."
printf '\n%-18s %5s %10s %9s %9s %7s %11s %10s\n' scenario conc "req/s" "p50 ms" "p99 ms" errors "stmts/req" "bytes/resp"
total=0
for s in "${SCENARIOS[@]}"; do
    BODIES=$(bodies "$s") wrk -t2 -c16 -d"$WARMUP" --timeout 5s -s src/bench/graphql.lua "$URL" > /dev/null
    for c in $CONCURRENCY; do
        threads=$(( c < 2 ? 1 : 2 ))
        line=$(BODIES=$(bodies "$s") wrk -t"$threads" -c"$c" -d"$DURATION" --timeout 5s -s src/bench/graphql.lua "$URL" | grep '^RESULT')
        value() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
        printf '%-18s %5s %10s %9s %9s %7s %11s %10s\n' "$s" "$c" "$(value requests_per_second)" "$(value p50_ms)" \
            "$(value p99_ms)" "$(value errors)" "${STATEMENTS[$s]}" "$(value bytes_per_response)"
        total=$(( total + $(value requests) ))
    done
done
printf '\nRequests served in the timed runs: %d; service RSS at the end: %d MiB\n' "$total" $(( $(ps -o rss= -p "$PID") / 1024 ))

#!/usr/bin/env bash
# Start to ready and resident memory of the packaged builds side by side: the native executable and the jar (with the
# heap and collector the JVM container runs with), each started three times over one existing schema, which the first
# start creates and seeds. Prints, per start: milliseconds until /q/health/ready answers 200, resident memory then, and
# after 200 small queries.
#
#   NATIVE=target/tradegraph-1.0.0-SNAPSHOT-runner JAR=target/quarkus-app/quarkus-run.jar src/bench/startup.sh
#   (NATIVE_OPTS: the executable's options, as deploy/Dockerfile.native gives them; BENCH_JAVA_OPTS: the JVM's)
#   (DB_URL, DB_USER, DB_PASSWORD as for the service; the schema is tradegraph_startup)
set -u
NATIVE=${NATIVE:-target/tradegraph-1.0.0-SNAPSHOT-runner}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx205m -XX:+UseParallelGC -XX:NewRatio=1 -XX:SurvivorRatio=16}
NATIVE_OPTS=${NATIVE_OPTS:-}
export DB_SCHEMA=tradegraph_startup PORT=${PORT:-18090} LOG_JSON=true
QUERY='{"query":"{ province(code: \"VN-57\") { name periods(kind: YEAR) { balance { computed } exports { amount } } } }"}'

measure() {
    local name=$1; shift
    local started=$(date +%s%N)
    "$@" > /dev/null 2>&1 &
    local pid=$!
    for _ in $(seq 1 3000); do
        curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1 && break
        sleep 0.02
    done
    local ready=$(date +%s%N)
    local rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")
    for _ in $(seq 1 200); do
        curl -fs -o /dev/null -H 'Content-Type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql"
    done
    local after=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2> /dev/null
    printf '%-7s ready %6d ms   resident %4d MiB after start, %4d MiB after 200 queries\n' "$name" \
        $(( (ready - started) / 1000000 )) "$rss" "$after"
}

# shellcheck disable=SC2086
measure native "$NATIVE" $NATIVE_OPTS > /dev/null
for _ in 1 2 3; do
    # shellcheck disable=SC2086
    measure native "$NATIVE" $NATIVE_OPTS
    # shellcheck disable=SC2086
    measure jvm java $JAVA_OPTS -jar "$JAR"
done

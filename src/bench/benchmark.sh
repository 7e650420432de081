#!/usr/bin/env bash
# Measures tradegraph over the large generated dataset, one build or several side by side: generates the dataset
# into its own schema the first time, starts each build's packaged service on 127.0.0.1, warms them up, then drives each
# scenario with wrk at each concurrency, the builds taking turns (ROUNDS times each), so that a ratio between two
# builds is measured under the same noise. For every build, scenario and concurrency it prints requests/s, p50 and
# p99 latency, errors, SQL statements, bytes, CPU per request of the service and of PostgreSQL, and allocation per
# request; at the end, each service's resident memory. PostgreSQL's CPU is that of all its processes (the backends,
# and those that exited, through the postmaster's account of its children): the builds take turns, so what it did
# during a timed run it did for that build; keep the server otherwise idle while measuring. Every run is bounded in time; the services are stopped at the end.
#
#   src/bench/benchmark.sh
#       BUILDS="main=/tmp/main-app this=target/quarkus-app"   builds to compare, name=quarkus-app folder or
#                                                              native executable (default: this build alone); a
#                                                              build may add options after @, commas for spaces, to
#                                                              compare settings: "g1=target/quarkus-app par=target/quarkus-app@-XX:+UseParallelGC"
#                                                              or "native=target/tradegraph-1.0.0-SNAPSHOT-runner@-Xmx128m";
#                                                              --java=<JDK home> among them runs that build's jar on
#                                                              another JDK: "jdk25=target/quarkus-app@--java=/usr/lib/jvm/temurin-25-jdk-amd64"
#       SCENARIOS="b-dashboard"  CONCURRENCY="16 64"  DURATION=10s  WARMUP=20s  ROUNDS=2
#       CACHED=true     also runs the last build with its response cache on, reported apart as "<name>+cache";
#                       every other run has the cache off (RESPONSE_CACHE=false)
#       BENCH_JAVA_OPTS="-Xmx205m -XX:+UseSerialGC"  the JVM options of every service (default: as deploy/ runs it)
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
ROUNDS=${ROUNDS:-2}
CONCURRENCY=${CONCURRENCY:-"1 16 64"}
CACHED=${CACHED:-true}
FIRST_PORT=${BENCH_PORT:-8089}
# What the container gives the JVM in Kubernetes (deploy/Dockerfile.jvm): 40% of the 512 MiB limit as heap, and
# the garbage collector chosen there.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx205m -XX:+UseParallelGC -XX:NewRatio=1 -XX:SurvivorRatio=16}
# And glibc's memory arenas, two as there (deploy/Dockerfile.jvm says why).
export MALLOC_ARENA_MAX=${BENCH_MALLOC_ARENA_MAX:-2}
SCHEMA=${BENCH_SCHEMA:-tradegraph_large}
read -ra BUILD_SPECS <<< "${BUILDS:-this=target/quarkus-app}"
read -ra SCENARIOS <<< "${SCENARIOS:-a-province-years b-dashboard c-figures-page d-aggregate}"
WORK=target/bench
TICKS=$(getconf CLK_TCK)

command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] && [ -d target/test-classes ] || ./mvnw -q package -DskipTests
mkdir -p "$WORK"

# The dataset, generated into its own schema unless it is there already (benchmark tooling in the test classes).
java -cp "target/test-classes:target/classes:target/quarkus-app/lib/main/*" io.tradegraph.seed.LargeDataset "$SCHEMA" full

# Request bodies: one per scenario, three for the figures page (the first page and the two after it).
body() { python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])}))' "$1" "$2"; }
cursor() { printf 'tradegraph:figures:%s' "$1" | base64 | tr '+/' '-_' | tr -d '='; }
for s in "${SCENARIOS[@]}"; do body "src/bench/scenarios/$s.graphql" '{}' > "$WORK/$s.json"; done
body src/bench/scenarios/c-figures-page.graphql "{\"after\": \"$(cursor 99)\"}" > "$WORK/c-figures-page-2.json"
body src/bench/scenarios/c-figures-page.graphql "{\"after\": \"$(cursor 199)\"}" > "$WORK/c-figures-page-3.json"
bodies() { if [ "$1" = c-figures-page ]; then echo "$WORK/c-figures-page.json,$WORK/c-figures-page-2.json,$WORK/c-figures-page-3.json"; else echo "$WORK/$1.json"; fi; }

# The services: name, folder, response cache, port, process.
NAMES=(); APPS=(); OPTIONS=(); JAVAS=(); CACHES=(); PORTS=(); PIDS=()
for spec in "${BUILD_SPECS[@]}"; do
    name=${spec%%=*}; app=${spec#*=}; extra=; java=java
    if [[ $app == *@* ]]; then extra=${app#*@}; extra=${extra//,/ }; app=${app%%@*}; fi
    if [[ " $extra " =~ \ --java=([^ ]+)\  ]]; then java=${BASH_REMATCH[1]}/bin/java; extra=${extra/--java=${BASH_REMATCH[1]}/}; fi
    NAMES+=("$name"); APPS+=("$app"); OPTIONS+=("$extra"); JAVAS+=("$java"); CACHES+=(false)
done
if [ "$CACHED" = true ]; then
    NAMES+=("${NAMES[-1]}+cache"); APPS+=("${APPS[-1]}"); OPTIONS+=("${OPTIONS[-1]}"); JAVAS+=("${JAVAS[-1]}"); CACHES+=(true)
fi
stop_services() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap stop_services EXIT
for i in "${!NAMES[@]}"; do
    PORTS+=($(( FIRST_PORT + i )))
    # A native executable takes its own options only; a jar, the JVM's of every build and its own.
    if [ -f "${APPS[$i]}" ] && [ -x "${APPS[$i]}" ]; then
        command=("${APPS[$i]}" ${OPTIONS[$i]})
    elif [ -f "${APPS[$i]}/quarkus-run.jar" ]; then
        command=("${JAVAS[$i]}" $JAVA_OPTS ${OPTIONS[$i]} -jar "${APPS[$i]}/quarkus-run.jar")
    else
        echo "no ${APPS[$i]}/quarkus-run.jar, nor an executable ${APPS[$i]}" >&2; exit 1
    fi
    DB_SCHEMA=$SCHEMA SEED_ENABLED=false PORT=${PORTS[$i]} GRAPHIQL_ENABLED=false RESPONSE_CACHE=${CACHES[$i]} \
        "${command[@]}" > "$WORK/service-$i.log" 2>&1 &
    PIDS+=($!)
    # One at a time, each ready before the next starts.
    for _ in $(seq 900); do
        curl -fs "http://127.0.0.1:${PORTS[$i]}/q/health/ready" >/dev/null 2>&1 && break
        kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "${NAMES[$i]} stopped; see $WORK/service-$i.log" >&2; exit 1; }
        sleep 1
    done
done

# Counters read before and after each timed run; the requests each build served in them.
declare -A SERVED=()
metric() { curl -fs "http://127.0.0.1:$1/q/metrics" | awk -v m="$2" 'index($1, m) == 1 && (length($1) == length(m) || substr($1, length(m) + 1, 1) == "{") { sum += $2 } END { printf "%.0f", sum }'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# utime + stime of every PostgreSQL process, and cutime + cstime (the postmaster's: backends that have exited).
pg_ticks() { for p in $(pgrep -x postgres); do cat "/proc/$p/stat" 2>/dev/null || true; done | awk '{ t += $14 + $15 + $16 + $17 } END { printf "%.0f", t }'; }

printf 'Builds: %s; java %s; %s per run after a %s warm-up per scenario, %d rounds\n' "${NAMES[*]}" "$JAVA_OPTS" \
    "$DURATION" "$WARMUP" "$ROUNDS"
printf '\n%-16s %4s %-14s %8s %8s %8s %6s %9s %10s %8s %8s %10s\n' scenario conc build "req/s" "p50 ms" "p99 ms" errors \
    "stmts/req" "bytes/resp" "cpu ms" "pg ms" "alloc MiB"
for s in "${SCENARIOS[@]}"; do
    for i in "${!NAMES[@]}"; do
        BODIES=$(bodies "$s") wrk -t2 -c16 -d"$WARMUP" --timeout 5s -s src/bench/graphql.lua "http://127.0.0.1:${PORTS[$i]}" > /dev/null
    done
    for c in $CONCURRENCY; do
        threads=$(( c < 2 ? 1 : 2 ))
        declare -A SUM=()
        for round in $(seq "$ROUNDS"); do
            for i in "${!NAMES[@]}"; do
                port=${PORTS[$i]}
                statements=$(metric "$port" postgresql_completed_total)
                allocated=$(metric "$port" jvm_gc_memory_allocated_bytes_total)
                ticks=$(cpu_ticks "${PIDS[$i]}")
                pg=$(pg_ticks)
                line=$(BODIES=$(bodies "$s") wrk -t"$threads" -c"$c" -d"$DURATION" --timeout 5s -s src/bench/graphql.lua \
                    "http://127.0.0.1:$port" | grep '^RESULT')
                value() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
                requests=$(value requests)
                SERVED[$i]=$(( ${SERVED[$i]:-0} + ${requests:-0} ))
                SUM[$i]="${SUM[$i]:-} $(value requests_per_second) $(value p50_ms) $(value p99_ms) $(value errors) \
$(awk -v a="$statements" -v b="$(metric "$port" postgresql_completed_total)" -v n="$requests" 'BEGIN { printf "%.1f", (b - a) / (n ? n : 1) }') \
$(value bytes_per_response) \
$(awk -v a="$ticks" -v b="$(cpu_ticks "${PIDS[$i]}")" -v n="$requests" -v t="$TICKS" 'BEGIN { printf "%.2f", (b - a) * 1000 / t / (n ? n : 1) }') \
$(awk -v a="$pg" -v b="$(pg_ticks)" -v n="$requests" -v t="$TICKS" 'BEGIN { printf "%.2f", (b - a) * 1000 / t / (n ? n : 1) }') \
$(awk -v a="$allocated" -v b="$(metric "$port" jvm_gc_memory_allocated_bytes_total)" -v n="$requests" 'BEGIN { printf "%.2f", (b - a) / 1048576 / (n ? n : 1) }')"
            done
        done
        # The mean of the rounds; the last column of the first build's rows is the reference of the ratios.
        for i in "${!NAMES[@]}"; do
            echo "${SUM[$i]}" | awk -v s="$s" -v c="$c" -v b="${NAMES[$i]}" -v r="$ROUNDS" '{
                for (k = 1; k <= NF; k++) { m[(k - 1) % 9] += $k }
                printf "%-16s %4s %-14s %8.1f %8.1f %8.1f %6d %9.1f %10d %8.2f %8.2f %10.2f\n", s, c, b, m[0] / r, m[1] / r,
                    m[2] / r, m[3], m[4] / r, m[5] / r, m[6] / r, m[7] / r, m[8] / r }'
        done | tee "$WORK/rows" 
        awk 'NR == 1 { base = $4 } NR > 1 { printf "%-16s %4s %-14s %8.2f× req/s of %s\n", $1, $2, $3, $4 / base, first } NR == 1 { first = $3 }' "$WORK/rows"
    done
done
printf '\nResident memory at the end (after the timed requests, warm-ups not counted):'
for i in "${!NAMES[@]}"; do
    printf ' %s %d MiB after %d;' "${NAMES[$i]}" $(( $(ps -o rss= -p "${PIDS[$i]}") / 1024 )) "${SERVED[$i]:-0}"
done
echo

#!/usr/bin/env python3
"""Measures the write path at real volume, one build or several side by side in one run.

For each build: two replicas of its packaged service over one fresh schema; an editor's token signed with a key made
for the run; then, for each size, a CSV file of that many new figures POSTed to the first replica while an editor
revises a figure through the second replica in a loop. Prints, per build and size: seconds, rows/s, and the revisions
made meanwhile with their median and slowest latency (a write blocked by the import shows as a slow or failed one);
then the time each build takes to refuse a 400-byte file whose amounts are 1e1000000.

    src/bench/import-benchmark.py
        BUILDS="main=/tmp/main-app this=target/quarkus-app"   builds to compare (default: this build alone)
        SIZES="5000 39000"  BENCH_PORT=8189  BENCH_JAVA_OPTS="-Xmx205m -XX:+UseParallelGC"

Needs openssl and a PostgreSQL at DB_URL (default localhost:5432, user postgres). The schemas it makes are named
tradegraph_import_<build> and dropped first.
"""
import base64
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, "target", "bench-import")
BUILDS = [spec.split("=", 1) for spec in os.environ.get("BUILDS", "this=target/quarkus-app").split()]
SIZES = [int(size) for size in os.environ.get("SIZES", "5000 39000").split()]
FIRST_PORT = int(os.environ.get("BENCH_PORT", "8189"))
JAVA_OPTS = os.environ.get("BENCH_JAVA_OPTS", "-Xmx205m -XX:+UseParallelGC").split()
REFUSAL_PATIENCE = 60
TEXT = "Xuất khẩu đạt 1 tỷ USD."
QUOTE = "1 tỷ USD"
HEADER = ("code,source,paragraph,area,period,flow,commodity,market,amount,low,high,magnitude,unit,qualifier,status,"
          "growth,growth_low,growth_high,growth_qualifier,growth_basis,rank,share,share_qualifier,quote,note,mention\n")


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(key):
    now = int(time.time())
    header = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64(json.dumps({"iss": "tradegraph", "sub": "bench", "groups": ["editor"], "iat": now,
                             "exp": now + 3600}).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=f"{header}.{claims}".encode(),
                               capture_output=True, check=True).stdout
    return f"{header}.{claims}.{b64(signature)}"


def request(port, path, body, bearer, content_type="application/json", timeout=600):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body.encode(), method="POST",
                                 headers={"Content-Type": content_type, "Authorization": "Bearer " + bearer})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode()


def graphql(port, bearer, query, variables=None):
    status, body = request(port, "/graphql", json.dumps({"query": query, "variables": variables or {}}), bearer)
    return json.loads(body)


def add_source(port, bearer, code):
    graphql(port, bearer, "mutation($s: SourceInput!) { addSource(source: $s) { code } }",
            {"s": {"code": code, "title": "Benchmark " + code, "text": TEXT}})


def csv(source, rows, amount="1000000000"):
    lines = [HEADER]
    for i in range(1, rows + 1):
        lines.append(f"{source}-{i},{source},1,VN-57,2024,EXPORT,,,{amount},,,,USD,EXACT,REPORTED,,,,,,,,,{QUOTE},,\n")
    return "".join(lines)


def start(name, app, port, schema, public_key):
    env = dict(os.environ, PORT=str(port), DB_SCHEMA=schema, RESPONSE_CACHE="false", MP_JWT_VERIFY_PUBLICKEY=public_key,
               SHUTDOWN_DELAY="0S")
    log = open(os.path.join(WORK, f"{name}-{port}.log"), "w")
    process = subprocess.Popen(["java", *JAVA_OPTS, "-jar", os.path.join(app, "quarkus-run.jar")], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as ready:
                if ready.status == 200:
                    return process
        except Exception:
            pass
        time.sleep(1)
    process.kill()
    sys.exit(f"{name} did not start on {port}; see {log.name}")


class Reviser(threading.Thread):
    """Revises one figure through a replica in a loop, timing each write, until stopped."""

    def __init__(self, port, bearer, code):
        super().__init__(daemon=True)
        self.port, self.bearer, self.code = port, bearer, code
        self.latencies, self.failures, self.stopped = [], [], threading.Event()

    def run(self):
        amount = 1000000000
        while not self.stopped.is_set():
            try:
                amount = self.revise(amount)
            except Exception as failure:  # a revision that got no answer at all counts as failed
                self.failures.append(type(failure).__name__)
            time.sleep(0.05)

    def revise(self, amount):
        history = graphql(self.port, self.bearer, "query($c: String!) { figureHistory(code: $c) { figure { revision } } }",
                          {"c": self.code})
        revision = history["data"]["figureHistory"][-1]["figure"]["revision"]
        amount += 1000000
        figure = {"code": self.code, "paragraph": 1, "area": "VN-57", "period": "2024", "flow": "IMPORT",
                  "amount": str(amount), "unit": "USD", "status": "REPORTED", "quote": QUOTE}
        started = time.monotonic()
        answer = graphql(self.port, self.bearer, "mutation($c: String!, $r: Int!, $f: FigureInput!) { reviseFigure("
                         "code: $c, revision: $r, figure: $f, reason: \"benchmark\") { figure { revision } } }",
                         {"c": self.code, "r": revision, "f": figure})
        took = time.monotonic() - started
        if "errors" in answer:
            self.failures.append(answer["errors"][0].get("extensions", {}).get("code"))
        else:
            self.latencies.append(took)
        return amount


def main():
    os.makedirs(WORK, exist_ok=True)
    key, public = os.path.join(WORK, "key.pem"), os.path.join(WORK, "public.pem")
    subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key],
                   check=True, capture_output=True)
    subprocess.run(["openssl", "pkey", "-in", key, "-pubout", "-out", public], check=True, capture_output=True)
    public_key = open(public).read()
    bearer = token(key)
    results, refusals = [], []
    for index, (name, app) in enumerate(BUILDS):
        schema = "tradegraph_import_" + name.replace("-", "_")
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", f"DROP SCHEMA IF EXISTS {schema} CASCADE"],
                       check=True, capture_output=True)
        port = FIRST_PORT + 2 * index
        first = start(name, app, port, schema, public_key)
        second = start(name, app, port + 1, schema, public_key)
        try:
            add_source(port, bearer, "benchrev")
            graphql(port, bearer, "mutation($f: [FigureInput!]!) { importFigures(source: \"benchrev\", figures: $f) { added } }",
                    {"f": [{"code": "benchrev-1", "paragraph": 1, "area": "VN-57", "period": "2024", "flow": "IMPORT",
                            "amount": "1000000000", "unit": "USD", "status": "REPORTED", "quote": QUOTE}]})
            for size in SIZES:
                source = f"s{size}"
                add_source(port, bearer, source)
                body = csv(source, size)
                reviser = Reviser(port + 1, bearer, "benchrev-1")
                reviser.start()
                time.sleep(0.5)
                started = time.monotonic()
                status, answer = request(port, "/figures.csv", body, bearer, "text/csv; charset=utf-8")
                took = time.monotonic() - started
                reviser.stopped.set()
                reviser.join(30)
                added = len(json.loads(answer).get("added", [])) if status == 200 else 0
                latencies = sorted(reviser.latencies)
                results.append((name, size, status, added, took, latencies, reviser.failures))
            started = time.monotonic()
            try:
                status, answer = request(port, "/figures.csv", csv("benchrev", 3, "1e1000000"), bearer, "text/csv",
                                         timeout=REFUSAL_PATIENCE)
            except Exception as failure:
                status, answer = "-", f"no answer within {REFUSAL_PATIENCE} s ({type(failure).__name__})"
            refusals.append((name, status, time.monotonic() - started, answer[:120]))
        finally:
            for process in (first, second):
                process.terminate()
            for process in (first, second):
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()

    print(f"{'build':<10} {'rows':>6} {'status':>6} {'added':>6} {'seconds':>8} {'rows/s':>8} "
          f"{'revisions':>9} {'p50 ms':>7} {'max ms':>7} failed")
    for name, size, status, added, took, latencies, failures in results:
        p50 = latencies[len(latencies) // 2] * 1000 if latencies else float("nan")
        worst = latencies[-1] * 1000 if latencies else float("nan")
        print(f"{name:<10} {size:>6} {status:>6} {added:>6} {took:>8.2f} {size / took:>8.0f} {len(latencies):>9} "
              f"{p50:>7.0f} {worst:>7.0f} {','.join(f or '?' for f in failures) or '-'}")
    for name, status, took, answer in refusals:
        print(f"{name}: a 3-row CSV of amounts 1e1000000 answered {status} in {took * 1000:.0f} ms: {answer}")


if __name__ == "__main__":
    main()

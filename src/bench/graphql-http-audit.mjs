// Runs the GraphQL-over-HTTP conformance audits of the npm package graphql-http against a running service and
// prints every warning and error, then the totals:
//   npm install --prefix target/audit graphql-http graphql
//   NODE_PATH=target/audit/node_modules node src/bench/graphql-http-audit.mjs http://127.0.0.1:8080/graphql
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
const require = createRequire(process.env.NODE_PATH ? `${resolve(process.env.NODE_PATH)}/` : import.meta.url);
const { serverAudits } = require('graphql-http');

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const counts = { ok: 0, warn: 0, error: 0 };
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  counts[result.status]++;
  if (result.status !== 'ok') {
    console.log(`${result.status.toUpperCase()} ${audit.name}: ${result.reason}`);
  }
}
console.log(`${counts.ok} ok, ${counts.warn} warnings, ${counts.error} errors of ${counts.ok + counts.warn + counts.error} audits`);

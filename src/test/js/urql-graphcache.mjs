// Drive real urql (@urql/core + @urql/exchange-graphcache) against a GraphQL endpoint; print JSON to stdout.
// Usage: node urql-graphcache.mjs <url> <documentFile> <keysJson> [--post] [--variables=<json>]
//   keysJson  JSON object typename -> null, e.g. '{"Address":null,"Money":null}' (embedded value types);
//             each entry becomes keys[typename] = () => null
//   --post    preferGetMethod:false (urql 6 default is 'within-url-limit' => GET for queries < 2048 chars)
// Output: { data, error, warnings:[...console.warn messages...], requests:[...] }
// NB: graphcache only warns when process.env.NODE_ENV !== 'production', and dedupes identical
// warnings per process.
import { readFileSync } from 'node:fs';
import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';

const [url, docFile, keysJson, ...flags] = process.argv.slice(2);
if (!url || !docFile || keysJson === undefined) {
  console.error('usage: node urql-graphcache.mjs <url> <documentFile> <keysJson> [--post] [--variables=json]');
  process.exit(2);
}
const varsFlag = flags.find((f) => f.startsWith('--variables='));
const variables = varsFlag ? JSON.parse(varsFlag.slice('--variables='.length)) : {};
const keys = Object.fromEntries(Object.keys(JSON.parse(keysJson || '{}')).map((t) => [t, () => null]));
const query = gql(readFileSync(docFile, 'utf8'));

const warnings = [];
const origWarn = console.warn;
console.warn = (...a) => { warnings.push(a.map(String).join(' ')); };

const requests = [];
async function recordingFetch(input, init = {}) {
  const u = new URL(typeof input === 'string' ? input : input.url);
  const headers = Object.fromEntries(new Headers(init.headers || {}).entries());
  const rec = { method: (init.method || 'GET').toUpperCase(), url: u.toString(), accept: headers.accept ?? null, contentType: headers['content-type'] ?? null, status: null };
  requests.push(rec);
  const res = await fetch(input, init);
  rec.status = res.status;
  return res;
}

const client = new Client({
  url,
  exchanges: [cacheExchange({ keys }), fetchExchange],
  fetch: recordingFetch,
  preferGetMethod: flags.includes('--post') ? false : undefined,
  requestPolicy: 'network-only',
});

let data = null, error = null;
try {
  const r = await client.query(query, variables).toPromise();
  data = r.data ?? null;
  if (r.error) {
    error = {
      message: r.error.message,
      graphQLErrors: r.error.graphQLErrors.map((g) => ({ message: g.message, extensions: g.extensions, path: g.path })),
      networkError: r.error.networkError ? { message: r.error.networkError.message } : null,
    };
  }
} catch (e) {
  error = { message: String(e?.message ?? e) };
}
console.warn = origWarn;
process.stdout.write(JSON.stringify({ data, error, warnings, requests }, null, 2) + '\n');

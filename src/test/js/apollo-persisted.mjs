// Drive real Apollo Client 3.x (+ APQ link) against a GraphQL endpoint and print JSON to stdout.
// Usage: node apollo-persisted.mjs <url> <documentFile> [--get] [--runs=N] [--variables=<json>]
//   --get        createPersistedQueryLink({ useGETForHashedQueries: true })
//   --runs=N     run the query N times, each with a FRESH ApolloClient + link (default 1)
//   --variables  JSON object of operation variables
// Output: { requests:[...all runs...], hashedTexts:[...], data, error, cache, runs:[{data,error,cache}] }
// (data/error/cache at top level are from the last run). Exit code 0 unless usage is wrong.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { ApolloClient, InMemoryCache, HttpLink, ApolloLink, gql } from '@apollo/client/core/index.js'; // Apollo 3.x has no "exports" map: Node ESM needs the explicit file
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';

const [url, docFile, ...flags] = process.argv.slice(2);
if (!url || !docFile) {
  console.error('usage: node apollo-persisted.mjs <url> <documentFile> [--get] [--runs=N] [--variables=json]');
  process.exit(2);
}
const flag = (name) => flags.find((f) => f === `--${name}` || f.startsWith(`--${name}=`));
const flagVal = (name, dflt) => { const f = flag(name); return f && f.includes('=') ? f.slice(f.indexOf('=') + 1) : dflt; };
const useGET = !!flag('get');
const runsN = Number(flagVal('runs', '1'));
const variables = JSON.parse(flagVal('variables', '{}'));
const query = gql(readFileSync(docFile, 'utf8'));

const requests = [];
const hashedTexts = [];
let currentRun = 0;

// sha256 as the brief requires; also records the exact text Apollo hashes (print() of the transformed doc)
const sha256 = (s) => {
  const h = createHash('sha256').update(s).digest('hex');
  if (!hashedTexts.some((x) => x.hash === h)) hashedTexts.push({ hash: h, text: s });
  return h;
};

// fetch wrapper recording every HTTP request the HttpLink makes
async function recordingFetch(input, init = {}) {
  const u = new URL(typeof input === 'string' ? input : input.url);
  const method = (init.method || 'GET').toUpperCase();
  const headers = Object.fromEntries(new Headers(init.headers || {}).entries());
  let payload = {};
  let extensionsRawInUrl = null;
  if (method === 'GET') {
    const sp = u.searchParams;
    extensionsRawInUrl = sp.get('extensions');
    payload = {
      query: sp.get('query') ?? undefined,
      operationName: sp.get('operationName') ?? undefined,
      variables: sp.get('variables') ?? undefined,
      extensions: extensionsRawInUrl ? JSON.parse(extensionsRawInUrl) : undefined,
    };
  } else if (typeof init.body === 'string') {
    payload = JSON.parse(init.body);
  }
  const rec = {
    run: currentRun,
    method,
    url: u.toString(),
    accept: headers.accept ?? null,
    contentType: headers['content-type'] ?? null,
    payloadKeys: Object.keys(payload).filter((k) => payload[k] !== undefined),
    operationName: payload.operationName ?? null,
    hasQuery: typeof payload.query === 'string',
    hash: payload.extensions?.persistedQuery?.sha256Hash ?? null,
    extensionsRawInUrl,
    status: null,
    responseContentType: null,
    firstErrorCode: null,
    firstErrorMessage: null,
  };
  requests.push(rec);
  const res = await fetch(input, init);
  rec.status = res.status;
  rec.responseContentType = res.headers.get('content-type');
  try {
    const body = JSON.parse(await res.clone().text());
    const e0 = Array.isArray(body?.errors) ? body.errors[0] : null;
    rec.firstErrorCode = e0?.extensions?.code ?? null;
    rec.firstErrorMessage = e0?.message ?? null;
  } catch { /* non-JSON body */ }
  return res;
}

function serializeError(e) {
  if (!e) return null;
  return {
    name: e.name,
    message: e.message,
    graphQLErrors: e.graphQLErrors ?? [],
    networkError: e.networkError
      ? { name: e.networkError.name, message: e.networkError.message, statusCode: e.networkError.statusCode ?? null, result: e.networkError.result ?? null }
      : null,
  };
}

function cacheSummary(extracted) {
  const byTypename = {};
  for (const [key, obj] of Object.entries(extracted)) {
    const t = obj?.__typename ?? `(no __typename: ${key})`;
    byTypename[t] = (byTypename[t] ?? 0) + 1;
  }
  return { keys: Object.keys(extracted).sort(), byTypename };
}

const runs = [];
for (let i = 1; i <= runsN; i++) {
  currentRun = i;
  const link = ApolloLink.from([
    createPersistedQueryLink({ sha256, useGETForHashedQueries: useGET }),
    new HttpLink({ uri: url, fetch: recordingFetch }),
  ]);
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  let data = null, error = null;
  try {
    const r = await client.query({ query, variables, fetchPolicy: 'network-only', errorPolicy: 'none' });
    data = r.data ?? null;
  } catch (e) {
    error = serializeError(e);
  }
  runs.push({ data, error, cache: cacheSummary(client.cache.extract()) });
  client.stop();
}

const last = runs[runs.length - 1];
process.stdout.write(JSON.stringify({ requests, hashedTexts, data: last.data, error: last.error, cache: last.cache, runs }, null, 2) + '\n');

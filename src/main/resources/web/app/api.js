// The page talks to the service only as any other client would: through the public GraphQL endpoint.

/** An answer the page cannot show: `code` is the API's `extensions.code`, or NETWORK / HTTP_<status> / TIMEOUT. */
export class ApiError extends Error {
    constructor(code, message, extensions = {}) {
        super(message);
        this.code = code;
        this.extensions = extensions;
    }
}

const TIMEOUT_MS = 15000;

const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

const hashes = new Map();

/**
 * The SHA-256 of a document's text in hexadecimal, which the service knows its own pages' documents by; null where
 * the browser offers no digest (Web Crypto exists in secure contexts only: HTTPS and localhost).
 */
function hashOf(document) {
    if (!globalThis.crypto?.subtle) return Promise.resolve(null);
    if (!hashes.has(document)) {
        hashes.set(document, crypto.subtle.digest('SHA-256', new TextEncoder().encode(document)).then((digest) =>
            Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')));
    }
    return hashes.get(document);
}

/**
 * Runs a query by GET, so that the browser's cache keeps the answer and asks again with its ETag (answered 304
 * until the data change). The document travels as its hash (a short address, and the only way where the service
 * runs trusted documents only); a replica that does not know the hash gets the document itself once more. Resolves
 * to `data`; rejects with an ApiError carrying the first error's code.
 */
export async function query(document, variables, signal) {
    const url = new URL('/graphql', window.location.origin);
    url.searchParams.set('variables', JSON.stringify(variables));
    const hash = await hashOf(document);
    if (!hash) {
        url.searchParams.set('query', document);
        return send(url, { headers: { Accept: ACCEPT } }, signal);
    }
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    try {
        return await send(url, { headers: { Accept: ACCEPT } }, signal);
    } catch (error) {
        if (error.code !== 'PERSISTED_QUERY_NOT_FOUND') throw error;
        url.searchParams.set('query', document);
        return send(url, { headers: { Accept: ACCEPT } }, signal);
    }
}

/**
 * Runs a document by POST: mutations, and queries too long for an address (an article's text), with an editor's
 * token when given.
 */
export function post(document, variables, token) {
    const headers = { 'Content-Type': 'application/json', Accept: ACCEPT };
    if (token) headers.Authorization = `Bearer ${token}`;
    return send(new URL('/graphql', window.location.origin),
        { method: 'POST', headers, body: JSON.stringify({ query: document, variables }) });
}

/**
 * One request, bounded in time: resolves to `data`, or rejects with an ApiError carrying the first error's code and
 * extensions (an import's problems, a limit's figures), or the cause of a failure without an answer.
 */
async function send(url, init, signal) {
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    let response;
    try {
        response = await fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    } catch (error) {
        if (signal?.aborted) throw error;
        if (timeout.aborted) throw new ApiError('TIMEOUT', 'The service did not answer in time.');
        throw new ApiError('NETWORK', error.message);
    }
    let body;
    try {
        body = await response.json();
    } catch {
        throw new ApiError(`HTTP_${response.status}`, response.statusText);
    }
    if (body.errors?.length) {
        const first = body.errors[0];
        throw new ApiError(first.extensions?.code ?? 'INTERNAL', first.message, first.extensions);
    }
    return body.data;
}

/**
 * Subscribes over the graphql-transport-ws protocol (the one SmallRye GraphQL and graphql-ws speak), calling
 * `onNext` with each result's data. Reconnects with a growing pause when the connection drops (a restart, a
 * rolling update). Returns a function that ends the subscription.
 */
export function subscribe(document, variables, onNext) {
    let socket;
    let closed = false;
    let pause = 1000;
    const open = () => {
        const url = new URL('/graphql', window.location.origin);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        socket = new WebSocket(url, 'graphql-transport-ws');
        socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
        socket.onmessage = (event) => {
            const message = JSON.parse(event.data);
            if (message.type === 'connection_ack') {
                pause = 1000;
                socket.send(JSON.stringify({
                    id: '1', type: 'subscribe', payload: { query: document, variables },
                }));
            } else if (message.type === 'next' && message.payload?.data) {
                onNext(message.payload.data);
            } else if (message.type === 'ping') {
                socket.send(JSON.stringify({ type: 'pong' }));
            }
        };
        socket.onclose = () => {
            if (closed) return;
            setTimeout(open, pause);
            pause = Math.min(pause * 2, 30000);
        };
    };
    open();
    return () => {
        closed = true;
        socket.close(1000);
    };
}

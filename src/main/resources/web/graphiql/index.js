// GraphiQL as an analyst's first page: it opens on tradegraph's own examples (the manual's, each one a tab), not on
// a blank editor. Once someone has edited, GraphiQL keeps their tabs in the browser and shows those instead.
import './graphiql.css';
import ANALYTICS from './examples/analytics-binh-duong-2024.graphql';
import BAC_NINH from './examples/bac-ninh-months-missing-side.graphql';
import BINH_DUONG from './examples/binh-duong-2024-balance.graphql';
import CONTRADICTIONS from './examples/checks-contradictions.graphql';
import TRAVERSAL from './examples/four-level-traversal.graphql';
import MERGERS from './examples/mergers-rebuild-hcmc.graphql';

const EXAMPLES = [BINH_DUONG, TRAVERSAL, BAC_NINH, ANALYTICS, MERGERS, CONTRADICTIONS];

const endpoint = new URL('/graphql', window.location.origin);
const subscriptions = new URL(endpoint);
subscriptions.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const { GraphiQL, React, ReactDOM } = window;
ReactDOM.render(
    React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher({
            url: endpoint.href,
            subscriptionUrl: subscriptions.href,
            headers: { Accept: 'application/graphql-response+json, application/json;q=0.9' },
        }),
        defaultQuery: BINH_DUONG,
        defaultTabs: EXAMPLES.map((query) => ({ query })),
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: false,
    }),
    document.getElementById('graphiql'),
);

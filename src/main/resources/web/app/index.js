// The dashboard: one area's trade at a glance. State lives in the URL's fragment (#area=VN-57&geography=…), so a
// view can be bookmarked and shared; everything shown comes from the queries in ./queries.
import './style.css';
import AREA from './queries/area.graphql';
import AREAS from './queries/areas.graphql';
import FIGURES_CHANGED from './queries/figures-changed.graphql';
import { ApiError, query, subscribe } from './api.js';
import { drawChart, resizeChart } from './chart.js';
import { amount, currentLanguage, date, localName, percent, periodLabel, range, setLanguage, t } from './i18n.js';
import { createPicker, validity } from './picker.js';

const KINDS = ['YEAR', 'YEAR_TO_DATE', 'QUARTER', 'MONTH', 'MULTI_YEAR'];
const TRADE_COLUMNS = ['exports', 'imports', 'balance', 'statedBalance', 'exportTarget'];
const $ = (id) => document.getElementById(id);

const state = { areas: [], code: null, geography: 'AS_REPORTED', kind: null, period: null, answer: null, mergedFrom: null };
let loading = null;
let unsubscribe = null;

// ---------------------------------------------------------------------------------------------------------------
// Loading, with its state shown: never a blank chart.

function showStatus(kind, message, retry) {
    const status = $('status');
    status.className = kind;
    status.replaceChildren(message ?? '');
    if (retry) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = t('retry');
        button.addEventListener('click', retry);
        status.append(' ', button);
    }
}

function errorMessage(error) {
    if (error instanceof ApiError) {
        const known = t(`errors.${error.code}`);
        return known === `errors.${error.code}` ? t('errors.default', error.code) : known;
    }
    return t('errors.default', error.message);
}

async function withStatus(work, retry) {
    showStatus('loading', t('loading'));
    const slow = setTimeout(() => showStatus('loading slow', t('slow')), 1500);
    try {
        const result = await work();
        showStatus('', '');
        return result;
    } catch (error) {
        if (error.name === 'AbortError') return undefined;
        // Worth another try only when the cause may pass.
        const passing = !(error instanceof ApiError) || ['TIMEOUT', 'UNAVAILABLE', 'NETWORK'].includes(error.code)
            || error.code.startsWith('HTTP_5');
        showStatus('error', errorMessage(error), passing ? retry : undefined);
        throw error;
    } finally {
        clearTimeout(slow);
    }
}

async function loadAreas() {
    const areas = [];
    let after = null;
    do {
        const { provinces } = await query(AREAS, { after });
        areas.push(...provinces.edges.map((edge) => edge.node));
        after = provinces.pageInfo.hasNextPage ? provinces.pageInfo.endCursor : null;
    } while (after);
    return areas;
}

async function loadArea() {
    loading?.abort();
    loading = new AbortController();
    const { signal } = loading;
    const answer = await withStatus(() => query(AREA, { code: state.code, geography: state.geography }, signal),
        loadArea).catch((error) => (error.code === 'UNKNOWN_CODE' ? { province: null } : undefined));
    if (answer === undefined || signal.aborted) return;
    if (answer.province === null) {
        // No such area: nothing of the one shown before stays on the page, and the box names what was asked.
        state.answer = null;
        for (const id of ['area', 'detail', 'findings']) $(id).hidden = true;
        picker.show(state.code);
        showStatus('error', t('unknownArea', state.code));
        return;
    }
    const successor = successorAmong34(answer.province);
    if (successor) {
        // Asked before the list of areas came: the unit it became, as choose() does with the list.
        choose(successor.code, answer.province);
        return;
    }
    state.answer = answer;
    state.kind = kindToShow(answer.province.periods);
    picker.show(answer.province.name);
    render();
}

/** In the 34-province geography, a unit that ended on 30 June 2025 is shown as the one it became part of. */
function successorAmong34(area) {
    return state.geography === 'PROVINCES_2025' && area?.validTo ? area.successor : null;
}

/**
 * The kind of period the view keeps, if the area has figures for it, or else the one with the most periods that
 * have figures (Bắc Ninh's months rather than its empty year): never a blank chart when the area has figures.
 */
function kindToShow(periods) {
    const filled = new Map();
    for (const entry of periods) {
        const row = rowOf(entry);
        if ([row.exports, row.imports, row.balance, row.target].some((value) => value.amount !== null)) {
            filled.set(entry.period.kind, (filled.get(entry.period.kind) ?? 0) + 1);
        }
    }
    if (filled.has(state.kind)) return state.kind;
    const present = KINDS.filter((kind) => filled.has(kind));
    if (present.length) return present.reduce((best, kind) => (filled.get(kind) > filled.get(best) ? kind : best));
    return KINDS.find((kind) => periods.some((entry) => entry.period.kind === kind)) ?? 'YEAR';
}

function watch(code) {
    unsubscribe?.();
    unsubscribe = subscribe(FIGURES_CHANGED, { area: code }, async () => {
        await loadArea();
        showStatus('', t('updated'));
    });
}

// ---------------------------------------------------------------------------------------------------------------
// From the answer to rows: what the chart and the table show for each period.

const unknown = { amount: null };

function stated(figure) {
    return figure ? { amount: figure.amount, status: figure.status, qualifier: figure.qualifier, figure } : unknown;
}

function rebuilt(derived) {
    if (!derived || derived.computed === null) return unknown;
    return { amount: derived.computed, qualifier: 'EXACT', partial: derived.partial, note: derived.note };
}

/** An export target as the range of USD it implies (a growth target too), drawn at its middle. */
function exportTarget(entry) {
    const target = entry.targets.find((t) => t.figure.flow === 'EXPORT');
    const { computed, low, high } = target?.range ?? {};
    const middle = computed ?? (low !== null && high !== null && low !== undefined ? (low + high) / 2 : low);
    if (middle === null || middle === undefined) return unknown;
    return { amount: middle, low: low ?? computed, high: high ?? computed, status: target.figure.status, qualifier: 'EXACT', figure: target.figure };
}

function rowOf(entry) {
    const own = entry.balance.computed !== null
        ? { amount: entry.balance.computed, qualifier: 'EXACT', partial: entry.balance.partial }
        : unknown;
    return {
        code: entry.period.code,
        label: periodLabel(entry.period),
        exports: entry.exports ? stated(entry.exports) : rebuilt(entry.rebuild?.exports),
        imports: entry.imports ? stated(entry.imports) : rebuilt(entry.rebuild?.imports),
        balance: own.amount !== null ? own : rebuilt(entry.rebuild?.balance),
        statedBalance: entry.balance.stated,
        target: exportTarget(entry),
        rebuild: entry.rebuild,
    };
}

// Years and months with nothing stated are shown as gaps in their place, not left out.
function withGaps(rows, kind) {
    if (rows.length < 2 || (kind !== 'YEAR' && kind !== 'MONTH')) return rows;
    const next = (code) => {
        if (kind === 'YEAR') return String(Number(code) + 1);
        const [year, month] = code.split('-').map(Number);
        return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    };
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const filled = [];
    for (let code = rows[0].code; ; code = next(code)) {
        filled.push(byCode.get(code) ?? {
            code, label: periodLabel({ code, kind }), exports: unknown, imports: unknown, balance: unknown, target: unknown, statedBalance: [],
        });
        if (code === rows[rows.length - 1].code) return filled;
    }
}

function rowsOfKind() {
    const entries = state.answer.province.periods.filter((p) => p.period.kind === state.kind)
        .sort((a, b) => a.period.firstDay.localeCompare(b.period.firstDay));
    return withGaps(entries.map(rowOf), state.kind);
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering.

function element(tag, props = {}, ...children) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
}

/**
 * A stated figure as a button that opens its provenance, tagged with its status (estimate, target…) when it states
 * a value: a market named without one is no estimate of anything.
 */
function figureButton(figure, text = amount(figure.amount, figure.unit, figure.qualifier)) {
    const button = element('button', { type: 'button', className: `figure status-${figure.status}`, textContent: text });
    button.dataset.code = figure.code;
    if (figure.status !== 'REPORTED' && hasValue(figure)) {
        button.append(' ', element('span', { className: 'status', textContent: t(`status.${figure.status}`) }));
    }
    button.addEventListener('click', () => openProvenance(figure));
    return button;
}

const hasValue = (figure) => figure.amount !== null || figure.range !== null || figure.share !== null
    || figure.growth !== null;

function valueCell(value) {
    if (value.amount === null) return element('td', { className: 'unknown', textContent: '—', title: t('unknown') });
    if (value.figure) return element('td', {}, figureButton(value.figure));
    const cell = element('td', { className: value.partial ? 'computed partial' : 'computed' },
        amount(value.amount, 'USD', value.qualifier));
    if (value.partial) {
        cell.append(' ', element('span', { className: 'badge partial', textContent: t('partial'), title: value.note ?? '' }));
    }
    return cell;
}

function balanceCell(row) {
    if (row.balance.amount === null) {
        return element('td', { className: 'unknown', textContent: '—', title: t('unknownBalance') });
    }
    return valueCell(row.balance);
}

function renderArea() {
    const province = state.answer.province;
    $('area').hidden = false;
    $('area-title').textContent = province.name;
    const notes = [validity(province)];
    if (state.geography === 'PROVINCES_2025' && province.members.length) {
        notes.push(t('rebuiltFrom', province.members.map((m) => m.name).join(', ')));
    }
    if (state.mergedFrom) notes.push(t('partOf', state.mergedFrom.name, province.name));
    $('area-validity').textContent = notes.filter(Boolean).join(' · ');

    const kinds = new Set(province.periods.map((p) => p.period.kind));
    $('kinds').replaceChildren(...KINDS.filter((kind) => kinds.has(kind)).map((kind) => {
        const button = element('button', { type: 'button', textContent: t(`kind.${kind}`) });
        button.setAttribute('aria-pressed', String(kind === state.kind));
        button.addEventListener('click', () => {
            state.kind = kind;
            state.period = null;
            render();
        });
        return button;
    }));

    const rows = rowsOfKind();
    drawChart($('chart'), rows);
    $('chart').setAttribute('aria-label', `${t('chartCaption')}: ${province.name}`);
    $('trade').tBodies[0].replaceChildren(...rows.map((row) => {
        const cells = [valueCell(row.exports), valueCell(row.imports), balanceCell(row),
            element('td', {}, ...row.statedBalance.map((s) => element('span', { className: 'stated' },
                figureButton(s.figure), ' ',
                element('span', { className: `verdict verdict-${s.verdict}`, textContent: t(`verdict.${s.verdict}`) })))),
            row.target.figure
                ? element('td', {}, figureButton(row.target.figure, range(row.target.low, row.target.high, 'USD')))
                : element('td', { className: 'unknown', textContent: '—' })];
        // On a phone each period is a card, each value named beside it (style.css).
        cells.forEach((cell, i) => { cell.dataset.label = t(TRADE_COLUMNS[i]); });
        const tr = element('tr', {}, element('th', { scope: 'row', textContent: row.label }), ...cells);
        tr.dataset.period = row.code;
        return tr;
    }));
}

function renderDetail() {
    const periods = [...state.answer.province.periods]
        .filter((p) => p.commodities.length || p.markets.length || p.scopes.length
            || p.figures.some((f) => f.rank !== null || f.mention))
        .sort((a, b) => b.period.firstDay.localeCompare(a.period.firstDay));
    $('detail').hidden = periods.length === 0;
    if (!periods.length) return;
    const chosen = periods.find((p) => p.period.code === state.period)
        ?? periods.find((p) => p.period.kind === state.kind) ?? periods[0];
    state.period = chosen.period.code;
    $('period-select').replaceChildren(...periods.map((p) => element('option', {
        value: p.period.code, textContent: periodLabel(p.period), selected: p === chosen,
    })));
    const rowsOf = (items, named) => (items.length
        ? items.map((item) => element('tr', {},
            element('th', { scope: 'row', textContent: localName(item[named]) }),
            item.exports ? element('td', {}, figureButton(item.exports)) : element('td', { className: 'unknown', textContent: '—' }),
            element('td', { textContent: item.exports?.share ? amount(item.exports.share.percent, 'PERCENT', item.exports.share.qualifier) : percent(item.exportShare.computed) })))
        : [element('tr', {}, element('td', { colSpan: 3, textContent: t('none') }))]);
    $('commodities').tBodies[0].replaceChildren(...rowsOf(chosen.commodities, 'commodity'));
    $('markets').tBodies[0].replaceChildren(...rowsOf(chosen.markets, 'market'));
    // Sectors only where an article splits the exports by them: an empty table would suggest a split is unknown.
    $('sectors-block').hidden = chosen.scopes.length === 0;
    $('sectors').tBodies[0].replaceChildren(...rowsOf(chosen.scopes, 'scope'));
    const about = (figure) => localName(figure.market ?? figure.commodity ?? { nameVi: t('area'), nameEn: t('area') });
    const ranks = chosen.figures.filter((figure) => figure.rank !== null && figure.amount === null);
    $('ranks').replaceChildren(...(ranks.length ? ranks.map((figure) => element('li', {},
        element('strong', { textContent: about(figure) }), ' ',
        figureButton(figure, figure.rankOf ? t('rankOf', figure.rank, figure.rankOf) : t('rank', figure.rank)), ' ',
        figure.rankWithin ? `(${t(`region.${figure.rankWithin}`)}) ` : '',
        element('q', { lang: 'vi', textContent: figure.quote })))
        : [element('li', { textContent: t('none') })]));
    const mentions = chosen.figures.filter((figure) => figure.mention);
    $('mentions').replaceChildren(...(mentions.length
        ? mentions.map((figure) => element('li', {}, figureButton(figure, about(figure))))
        : [element('li', { textContent: t('none') })]));
}

/** A finding in the reader's language, its numbers written as they write them; the API's words as a tooltip. */
function explain(finding) {
    const [statedBy, other] = finding.figures;
    // A claimed share is qualified as a share ("chiếm hơn 10%"), any other statement as an amount.
    const wording = (figure) => (finding.kind === 'CLAIMED_SHARE' ? figure?.share?.qualifier : figure?.qualifier) ?? 'EXACT';
    return t(`finding.${finding.kind}`, amount(finding.stated, finding.unit, wording(statedBy)),
        amount(finding.compared, finding.unit, finding.kind === 'CONFLICTING_STATEMENTS' ? wording(other) : 'EXACT'));
}

function renderFindings() {
    const findings = state.answer.checks;
    $('findings').hidden = findings.length === 0;
    $('finding-list').replaceChildren(...findings.map((finding) => element('li', { className: 'finding' },
        element('span', { className: `verdict verdict-${finding.verdict}`, textContent: t(`verdict.${finding.verdict}`) }), ' ',
        element('strong', { textContent: periodLabel(finding.period) }), ' ',
        element('span', { textContent: explain(finding), title: finding.explanation }), ' ',
        element('span', { className: 'involved' }, ...finding.figures.map((figure) => figureButton(figure, figure.code))))));
}

function render() {
    if (!state.answer) return;
    renderArea();
    renderDetail();
    renderFindings();
}

/** What a figure states: its value with its status, or, for a statement without one, what it says instead. */
function statement(figure) {
    if (figure.range) {
        return `${range(figure.range.low, figure.range.high, figure.unit, figure.qualifier)} (${t(`status.${figure.status}`)})`;
    }
    if (figure.amount !== null) return `${amount(figure.amount, figure.unit, figure.qualifier)} (${t(`status.${figure.status}`)})`;
    if (figure.share) return amount(figure.share.percent, 'PERCENT', figure.share.qualifier);
    if (figure.rank !== null && figure.rank !== undefined) {
        return figure.rankOf ? t('rankOf', figure.rank, figure.rankOf) : t('rank', figure.rank);
    }
    return t('withoutValue');
}

function openProvenance(figure) {
    $('provenance-title').textContent = t('figure', figure.code);
    $('provenance-value').textContent = statement(figure);
    const growth = figure.growth;
    $('provenance-growth').textContent = !growth ? '—'
        : `${growth.percent !== null ? percent(growth.percent) : `${percent(growth.low)} – ${percent(growth.high)}`} `
            + t(`basis.${growth.basis}`);
    // Who published the article, when and where, each said to be unknown where nobody recorded it.
    const source = figure.source;
    const unrecorded = () => element('span', { className: 'unknown', textContent: t('notRecorded') });
    $('provenance-source').replaceChildren(element('cite', { textContent: source.title }));
    $('provenance-publisher').replaceChildren(source.publisher ? source.publisher : unrecorded());
    $('provenance-date').replaceChildren(source.publishedOn ? date(source.publishedOn) : unrecorded());
    $('provenance-link').replaceChildren(source.url
        ? element('a', { href: source.url, textContent: new URL(source.url).host, rel: 'noopener noreferrer', target: '_blank' })
        : unrecorded());
    $('provenance-paragraph').textContent = String(figure.paragraph);
    $('provenance-quote').textContent = `«${figure.quote}»`;
    $('provenance').showModal();
}

// ---------------------------------------------------------------------------------------------------------------
// Choosing what to show; the URL's fragment keeps it.

/** Shows an area; `mergedFrom`, the unit of the address when the 34-province view shows its successor. */
function choose(code, mergedFrom = null) {
    const successor = successorAmong34(state.areas.find((a) => a.code === code));
    if (successor) return choose(successor.code, state.areas.find((a) => a.code === code));
    state.mergedFrom = mergedFrom;
    state.code = code;
    state.period = null;
    window.history.replaceState(null, '', `#area=${encodeURIComponent(code)}&geography=${state.geography}`);
    watch(code);
    return loadArea();
}

const picker = createPicker($('area-input'), $('area-options'), (area) => choose(area.code));

for (const radio of document.querySelectorAll('input[name=geography]')) {
    radio.addEventListener('change', () => {
        state.geography = radio.value;
        if (state.code) choose(state.code);
    });
}
$('period-select').addEventListener('change', (event) => {
    state.period = event.target.value;
    renderDetail();
});
$('language').addEventListener('click', () => {
    setLanguage(currentLanguage() === 'vi' ? 'en' : 'vi');
    render();
});
window.addEventListener('resize', resizeChart);
// Back, forward or an edited address: show what the address says.
window.addEventListener('hashchange', () => {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    if (fragment.get('area') && fragment.get('area') !== state.code) choose(fragment.get('area'));
});

/** The picker's list of every area: asked beside the first area's own request, never before it. */
async function listAreas(first) {
    try {
        state.areas = await loadAreas();
        picker.setAreas(state.areas);
    } catch (error) {
        await first; // said after the first area's own status, which would replace it
        showStatus('error', t('areasFailed', errorMessage(error)), () => listAreas());
    }
}

function start() {
    setLanguage(currentLanguage());
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const geography = document.querySelector(`input[name=geography][value="${fragment.get('geography')}"]`);
    if (geography) geography.checked = true;
    state.geography = document.querySelector('input[name=geography]:checked').value;
    // The first chart needs its own request only: the list of areas comes meanwhile.
    listAreas(choose(fragment.get('area') ?? 'VN'));
}

start();

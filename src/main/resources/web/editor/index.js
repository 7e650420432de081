// The editors' page: an article in, candidate figures out (extractFigures), reviewed and corrected here, then
// imported with the editor's token (addSource, importFigures). Everything goes through the public endpoint.
import '../app/style.css';
import './editor.css';
import { ApiError, post } from '../app/api.js';
import { currentLanguage, setLanguage, t } from '../app/i18n.js';
import ADD_SOURCE from './queries/add-source.graphql';
import EXTRACT from './queries/extract.graphql';
import IMPORT from './queries/import.graphql';

const $ = (id) => document.getElementById(id);
const CHOICES = {
    flow: ['EXPORT', 'IMPORT', 'TOTAL', 'BALANCE'],
    unit: ['', 'USD', 'VND', 'TONNE', 'PERCENT'],
    qualifier: ['', 'EXACT', 'ABOUT', 'NEARLY', 'MORE_THAN'],
    status: ['ESTIMATE', 'REPORTED', 'PLAN', 'TARGET'],
};
const TEXT_FIELDS = ['area', 'period', 'commodity', 'market', 'scope', 'amount', 'growth', 'rank', 'share'];
let candidates = [];

function show(kind, message) {
    $('status').className = kind;
    $('status').replaceChildren(message);
}

function explain(error) {
    if (!(error instanceof ApiError)) return error.message;
    if (error.code === 'INVALID_IMPORT' && error.extensions.problems) {
        return `${error.message} ${error.extensions.problems.map((p) => t('editor.problem', p.row, p.code, p.field, p.reason)).join('; ')}`;
    }
    return `${error.code}: ${error.message}`;
}

function cell(figure, field) {
    const td = document.createElement('td');
    let input;
    if (CHOICES[field]) {
        input = document.createElement('select');
        for (const choice of CHOICES[field]) input.append(new Option(choice || '—', choice, false, (figure[field] ?? '') === choice));
    } else {
        input = document.createElement('input');
        input.value = figure[field] ?? '';
    }
    input.dataset.field = field;
    input.setAttribute('aria-label', `${figure.code} ${field}`);
    td.append(input);
    return td;
}

function renderCandidates() {
    $('candidates').tBodies[0].replaceChildren(...candidates.map(({ figure, confidence, evidence }) => {
        const tr = document.createElement('tr');
        tr.dataset.code = figure.code;
        tr.title = evidence.map((e) => `${e.field}: ${e.words}`).join('\n');
        const include = document.createElement('input');
        include.type = 'checkbox';
        include.checked = true;
        include.dataset.field = 'include';
        include.setAttribute('aria-label', `import ${figure.code}`);
        const first = document.createElement('td');
        first.append(include);
        const text = (value) => Object.assign(document.createElement('td'), { textContent: value });
        tr.append(first, text(figure.code), text(String(figure.paragraph)), cell(figure, 'area'), cell(figure, 'period'),
            cell(figure, 'flow'), cell(figure, 'commodity'), cell(figure, 'market'), cell(figure, 'scope'), cell(figure, 'amount'),
            cell(figure, 'unit'), cell(figure, 'qualifier'), cell(figure, 'status'), cell(figure, 'growth'),
            cell(figure, 'rank'), cell(figure, 'share'), text(figure.quote), text(String(confidence)));
        return tr;
    }));
}

/** The article's paragraphs, each figure's words marked where they stand. */
function renderParagraphs(text) {
    const paragraphs = text.split('\n').map((line) => line.trim()).filter(Boolean);
    $('paragraphs').replaceChildren(...paragraphs.map((paragraph, index) => {
        const li = document.createElement('li');
        const quotes = candidates.filter((c) => c.figure.paragraph === index + 1).map((c) => c.figure)
            .map((figure) => ({ figure, at: paragraph.replace(/\u00A0/g, ' ').indexOf(figure.quote) }))
            .filter((q) => q.at >= 0).sort((a, b) => a.at - b.at);
        let from = 0;
        for (const { figure, at } of quotes) {
            if (at < from) continue;
            li.append(paragraph.slice(from, at));
            const mark = Object.assign(document.createElement('mark'), { textContent: paragraph.slice(at, at + figure.quote.length) });
            mark.dataset.code = figure.code;
            li.append(mark);
            from = at + figure.quote.length;
        }
        li.append(paragraph.slice(from));
        return li;
    }));
}

/** A reviewed row as importFigures takes it: the candidate with the editor's corrections, what is empty left out. */
function reviewed(row, figure) {
    const input = { ...figure };
    for (const field of [...TEXT_FIELDS, ...Object.keys(CHOICES)]) {
        const value = row.querySelector(`[data-field="${field}"]`).value.trim();
        input[field] = value === '' ? null : ['rank'].includes(field) ? Number(value) : value;
    }
    return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}

$('article').addEventListener('submit', async (event) => {
    event.preventDefault();
    show('loading', t('editor.reading'));
    try {
        const { extractFigures } = await post(EXTRACT, {
            text: $('text').value, title: $('title').value || null, publishedOn: $('published').value || null,
            source: $('source').value,
        });
        candidates = extractFigures.candidates;
        renderCandidates();
        const unresolved = extractFigures.unresolved.map((u) => `¶${u.paragraph} «${u.quote}»: ${u.reason}`);
        $('unresolved').replaceChildren(...(unresolved.length ? unresolved : [t('editor.none')])
            .map((line) => Object.assign(document.createElement('li'), { textContent: line })));
        renderParagraphs($('text').value);
        $('review').hidden = false;
        $('token').value = sessionStorage.getItem('tradegraph.token') ?? '';
        show('', t('editor.readCount', t('editor.figuresRead', candidates.length),
            t('editor.incomplete', extractFigures.unresolved.length)));
    } catch (error) {
        show('error', explain(error));
    }
});

$('importing').addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = $('token').value.trim();
    sessionStorage.setItem('tradegraph.token', token);
    const figures = [...$('candidates').tBodies[0].rows]
        .filter((row) => row.querySelector('[data-field="include"]').checked)
        .map((row) => reviewed(row, candidates.find((c) => c.figure.code === row.dataset.code).figure));
    show('loading', t('editor.importing'));
    try {
        await post(ADD_SOURCE, { source: {
            code: $('source').value, title: $('title').value, text: $('text').value,
            publishedOn: $('published').value || null, url: $('url').value || null,
        } }, token);
        const { importFigures } = await post(IMPORT, { source: $('source').value, figures, key: crypto.randomUUID() }, token);
        show('', t('editor.imported', importFigures.added.length, importFigures.added.join(', '),
            importFigures.revised.length, importFigures.unchanged.length));
    } catch (error) {
        show('error', explain(error));
    }
});

$('language').addEventListener('click', () => setLanguage(currentLanguage() === 'vi' ? 'en' : 'vi'));
setLanguage(currentLanguage());

// Labels in Vietnamese and English, and numbers written as each language writes them: 34,5 tỷ USD / USD 34.5 billion.

const LABELS = {
    vi: {
        skip: 'Bỏ qua đến nội dung',
        tagline: 'Xuất nhập khẩu của các tỉnh, thành Việt Nam, từng con số dẫn về bài báo nêu nó',
        graphiql: 'GraphiQL',
        switchLanguage: 'English',
        area: 'Tỉnh, thành phố',
        areaPlaceholder: 'Gõ tên, có dấu hay không dấu',
        noMatch: 'Không có tỉnh, thành nào khớp',
        geography: 'Địa giới',
        asReported: 'Như bài báo nêu',
        provinces2025: '34 tỉnh, thành (từ 1/7/2025)',
        periodKinds: 'Loại kỳ',
        chartCaption: 'Xuất khẩu, nhập khẩu và cán cân, tỷ USD',
        legendNote: 'Ô trống là số liệu không có (không phải 0). Nhạt, viền đứt: ước tính hoặc chỉ một phần. Hình thoi: mục tiêu, kế hoạch.',
        tradeTable: 'Số liệu theo kỳ (bấm vào một con số để xem nguồn)',
        period: 'Kỳ',
        exports: 'Xuất khẩu',
        imports: 'Nhập khẩu',
        balance: 'Cán cân',
        target: 'Mục tiêu',
        statedBalance: 'Cán cân bài báo nêu',
        detail: 'Mặt hàng và thị trường',
        topCommodities: 'Mặt hàng xuất khẩu hàng đầu',
        topMarkets: 'Thị trường xuất khẩu hàng đầu',
        topSectors: 'Xuất khẩu theo khu vực kinh tế',
        sector: 'Khu vực',
        scope: 'Phạm vi',
        rankOf: 'hạng {0}/{1}',
        region: {
            NORTHERN_MIDLANDS_AND_MOUNTAINS: 'trung du và miền núi phía Bắc', RED_RIVER_DELTA: 'đồng bằng sông Hồng',
            NORTH_AND_SOUTH_CENTRAL_COAST: 'Bắc Trung Bộ và duyên hải miền Trung', CENTRAL_HIGHLANDS: 'Tây Nguyên',
            SOUTHEAST: 'Đông Nam Bộ', MEKONG_RIVER_DELTA: 'đồng bằng sông Cửu Long',
        },
        commodity: 'Mặt hàng',
        market: 'Thị trường',
        value: 'Giá trị',
        share: 'Tỷ trọng',
        ranks: 'Xếp hạng không kèm số liệu',
        mentions: 'Nêu tên, không kèm số liệu',
        exportTarget: 'Mục tiêu xuất khẩu',
        growth: 'Tăng trưởng',
        basis: { YEAR_ON_YEAR: 'so với cùng kỳ', MONTH_ON_MONTH: 'so với tháng trước', AVERAGE_ANNUAL: 'bình quân mỗi năm', AGAINST_PLAN: 'so với kế hoạch' },
        findings: 'Đối chiếu giữa các bài báo',
        source: 'Nguồn',
        paragraph: 'Đoạn',
        close: 'Đóng',
        footer: 'Dữ liệu qua API GraphQL công khai tại /graphql. Trang này chỉ dùng API đó.',
        editors: 'Biên tập viên: nhập số liệu từ một bài báo',
        unknown: 'không rõ',
        unknownBalance: 'không rõ: thiếu một chiều',
        partial: 'một phần',
        partialNote: 'thiếu số liệu của: {0}',
        rebuiltFrom: 'Ghép từ {0}',
        none: 'Không có',
        rank: 'hạng {0}',
        since: 'từ {0}',
        until: 'đến {0}',
        partOf: '{0} nhập vào {1} từ 1/7/2025: chế độ 34 tỉnh, thành hiển thị {1}.',
        nation: 'cả nước',
        loading: 'Đang tải…',
        slow: 'Vẫn đang tải, dịch vụ trả lời chậm…',
        updated: 'Số liệu vừa được cập nhật.',
        retry: 'Thử lại',
        figure: 'Số liệu {0}',
        unknownArea: 'Không có tỉnh, thành nào mã «{0}». Gõ tên để chọn.',
        areasFailed: 'Chưa tải được danh sách tỉnh, thành: {0}',
        withoutValue: 'chỉ nêu tên, không kèm số liệu',
        notRecorded: 'chưa ghi nhận',
        publisher: 'Đơn vị đăng',
        publishedOn: 'Ngày đăng',
        link: 'Liên kết',
        editor: {
            tagline: 'Biên tập: từ một bài báo đến số liệu, được duyệt trước khi nhập',
            dashboard: 'Bảng số liệu',
            source: 'Mã nguồn',
            title: 'Tiêu đề',
            published: 'Ngày đăng',
            url: 'Địa chỉ',
            text: 'Nội dung bài báo, mỗi đoạn một dòng',
            read: 'Đọc số liệu',
            candidates: 'Số liệu đọc được',
            howTo: 'Bỏ chọn số liệu không nhập và sửa chỗ đọc sai; rê chuột lên một dòng để xem từ ngữ của từng trường. Câu trích được tô sáng trong bài bên dưới.',
            include: 'Nhập',
            code: 'Mã',
            flow: 'Chiều',
            unit: 'Đơn vị',
            qualifier: 'Cách nói',
            status: 'Tình trạng',
            growth: 'Tăng trưởng %',
            rank: 'Hạng',
            share: 'Tỷ trọng %',
            quote: 'Trích',
            confidence: 'Độ tin cậy',
            unresolved: 'Chưa đủ để thành số liệu, không nhập',
            article: 'Bài báo',
            token: 'Mã truy cập của biên tập viên (JWT có vai trò editor; chỉ giữ trong thẻ này)',
            import: 'Nhập các số liệu đã chọn',
            reading: 'Đang đọc…',
            readCount: '{0}, {1}.',
            figuresRead: { other: '{0} số liệu đọc được' },
            incomplete: { other: '{0} câu chưa đủ' },
            importing: 'Đang nhập…',
            imported: 'Đã thêm {0}: {1}. Sửa {2}, không đổi {3}.',
            none: 'Không có',
            problem: 'Dòng {0} ({1}) {2}: {3}',
        },
        kind: { YEAR: 'Năm', YEAR_TO_DATE: 'Lũy kế', QUARTER: 'Quý', MONTH: 'Tháng', MULTI_YEAR: 'Nhiều năm' },
        status: { REPORTED: 'chính thức', ESTIMATE: 'ước tính', PLAN: 'kế hoạch', TARGET: 'mục tiêu' },
        qualifier: { EXACT: '', ABOUT: 'khoảng ', NEARLY: 'gần ', MORE_THAN: 'hơn ' },
        finding: {
            BALANCE_VS_FLOWS: 'Bài báo nêu cán cân {0}; xuất khẩu − nhập khẩu cho {1}.',
            TOTAL_VS_FLOWS: 'Bài báo nêu tổng kim ngạch {0}; xuất khẩu + nhập khẩu cho {1}.',
            CLAIMED_SHARE: 'Bài báo nêu tỷ trọng {0}; các số liệu cho {1}.',
            CONFLICTING_STATEMENTS: 'Hai câu nêu {0} và {1}.',
            MONTHS_VS_YEAR_TO_DATE: 'Bài báo nêu lũy kế {0}; cộng các tháng cho {1}.',
            SECTORS_VS_WHOLE: 'Bài báo nêu tổng {0}; cộng các khu vực kinh tế cho {1}.',
            MEMBERS_VS_REGION: 'Bài báo nêu {0} cho cả khu vực; cộng các thị trường trong đó cho {1}.',
            ATTAINMENT_VS_PLAN: 'Bài báo nêu đạt {0} kế hoạch; kết quả chia kế hoạch cho {1}.',
        },
        verdict: {
            MATCH: 'khớp', WITHIN_ROUNDING: 'khớp trong sai số làm tròn',
            CONSISTENT_WITH_QUALIFIER: 'phù hợp với cách nói', CONSISTENT_BUT_INCOMPLETE: 'phù hợp nhưng chưa đủ',
            CONTRADICTION: 'mâu thuẫn', UNKNOWN: 'chưa kiểm được',
        },
        errors: {
            UNKNOWN_CODE: 'Không có tỉnh, thành này.',
            LIMIT_EXCEEDED: 'Yêu cầu quá lớn, dịch vụ từ chối.',
            TIMEOUT: 'Dịch vụ không trả lời kịp. Thử lại sau giây lát.',
            UNAVAILABLE: 'Cơ sở dữ liệu tạm thời không truy cập được. Thử lại sau giây lát.',
            NETWORK: 'Không kết nối được tới dịch vụ.',
            default: 'Không tải được số liệu ({0}).',
        },
    },
    en: {
        skip: 'Skip to content',
        tagline: "Exports and imports of Vietnam's provinces, every figure traced to the article that states it",
        graphiql: 'GraphiQL',
        switchLanguage: 'Tiếng Việt',
        area: 'Province or city',
        areaPlaceholder: 'Type a name, with or without diacritics',
        noMatch: 'No province or city matches',
        geography: 'Geography',
        asReported: 'As the articles report',
        provinces2025: '34 provinces (from 1 July 2025)',
        periodKinds: 'Kind of period',
        chartCaption: 'Exports, imports and balance, USD billion',
        legendNote: 'A gap is a figure nobody states (not zero). Pale with a dashed edge: estimate, or partial. Diamond: target or plan.',
        tradeTable: 'Figures by period (select a number to see its source)',
        period: 'Period',
        exports: 'Exports',
        imports: 'Imports',
        balance: 'Balance',
        target: 'Target',
        statedBalance: 'Balance as stated',
        detail: 'Commodities and markets',
        topCommodities: 'Top export commodities',
        topMarkets: 'Top export markets',
        topSectors: 'Exports by sector',
        sector: 'Sector',
        scope: 'Scope',
        rankOf: 'rank {0} of {1}',
        region: {
            NORTHERN_MIDLANDS_AND_MOUNTAINS: 'Northern Midlands and Mountains', RED_RIVER_DELTA: 'Red River Delta',
            NORTH_AND_SOUTH_CENTRAL_COAST: 'North and South Central Coast', CENTRAL_HIGHLANDS: 'Central Highlands',
            SOUTHEAST: 'Southeast', MEKONG_RIVER_DELTA: 'Mekong River Delta',
        },
        commodity: 'Commodity',
        market: 'Market',
        value: 'Value',
        share: 'Share',
        ranks: 'Ranks stated without a value',
        mentions: 'Named without a value',
        exportTarget: 'Export target',
        growth: 'Growth',
        basis: { YEAR_ON_YEAR: 'year on year', MONTH_ON_MONTH: 'month on month', AVERAGE_ANNUAL: 'average per year', AGAINST_PLAN: 'against the plan' },
        findings: 'Reconciliation of the articles',
        source: 'Source',
        paragraph: 'Paragraph',
        close: 'Close',
        footer: 'Data from the public GraphQL API at /graphql; this page uses nothing else.',
        editors: 'Editors: figures from an article',
        unknown: 'unknown',
        unknownBalance: 'unknown: one side not stated',
        partial: 'partial',
        partialNote: 'no figures for: {0}',
        rebuiltFrom: 'Rebuilt from {0}',
        none: 'None',
        rank: 'rank {0}',
        since: 'from {0}',
        until: 'until {0}',
        partOf: '{0} became part of {1} on 1 July 2025: the 34-province view shows {1}.',
        nation: 'nation',
        loading: 'Loading…',
        slow: 'Still loading: the service is slow…',
        updated: 'The figures were just updated.',
        retry: 'Retry',
        figure: 'Figure {0}',
        unknownArea: 'There is no province or city with the code «{0}». Type a name to choose one.',
        areasFailed: 'The list of provinces could not be loaded: {0}',
        withoutValue: 'named without a value',
        notRecorded: 'not recorded',
        publisher: 'Publisher',
        publishedOn: 'Published on',
        link: 'Link',
        editor: {
            tagline: 'Editors: from an article to figures, reviewed before they are imported',
            dashboard: 'Dashboard',
            source: 'Source code',
            title: 'Title',
            published: 'Published on',
            url: 'Address',
            text: "The article's text, one paragraph a line",
            read: 'Read the figures',
            candidates: 'Candidates',
            howTo: 'Uncheck what should not be imported and correct what was misread; hover a row for the words each field was read from. Quotes are highlighted in the article below.',
            include: 'Import',
            code: 'Code',
            flow: 'Flow',
            unit: 'Unit',
            qualifier: 'Qualifier',
            status: 'Status',
            growth: 'Growth %',
            rank: 'Rank',
            share: 'Share %',
            quote: 'Quote',
            confidence: 'Confidence',
            unresolved: 'Not complete, not imported',
            article: 'The article',
            token: "Editor's token (a bearer JWT with the role editor; kept for this tab only)",
            import: 'Import the checked figures',
            reading: 'Reading…',
            readCount: '{0}, {1}.',
            figuresRead: { one: '{0} figure read', other: '{0} figures read' },
            incomplete: { one: '{0} statement not complete', other: '{0} statements not complete' },
            importing: 'Importing…',
            imported: 'Added {0}: {1}. Revised {2}, unchanged {3}.',
            none: 'None',
            problem: 'Row {0} ({1}) {2}: {3}',
        },
        kind: { YEAR: 'Years', YEAR_TO_DATE: 'Year to date', QUARTER: 'Quarters', MONTH: 'Months', MULTI_YEAR: 'Multi-year' },
        status: { REPORTED: 'reported', ESTIMATE: 'estimate', PLAN: 'plan', TARGET: 'target' },
        qualifier: { EXACT: '', ABOUT: 'about ', NEARLY: 'nearly ', MORE_THAN: 'more than ' },
        finding: {
            BALANCE_VS_FLOWS: 'An article states a balance of {0}; exports − imports gives {1}.',
            TOTAL_VS_FLOWS: 'An article states a total of {0}; exports + imports gives {1}.',
            CLAIMED_SHARE: 'An article states a share of {0}; the figures give {1}.',
            CONFLICTING_STATEMENTS: 'Two statements say {0} and {1}.',
            MONTHS_VS_YEAR_TO_DATE: 'An article states {0} for the year to date; the months add up to {1}.',
            SECTORS_VS_WHOLE: 'An article states a total of {0}; the sectors add up to {1}.',
            MEMBERS_VS_REGION: 'An article states {0} for a region; the markets within it add up to {1}.',
            ATTAINMENT_VS_PLAN: 'An article states {0} of the plan; the outturn over the plan gives {1}.',
        },
        verdict: {
            MATCH: 'match', WITHIN_ROUNDING: 'within rounding', CONSISTENT_WITH_QUALIFIER: 'consistent with its wording',
            CONSISTENT_BUT_INCOMPLETE: 'consistent but incomplete', CONTRADICTION: 'contradiction',
            UNKNOWN: 'cannot be checked',
        },
        errors: {
            UNKNOWN_CODE: 'There is no such province or city.',
            LIMIT_EXCEEDED: 'The request is too large; the service refused it.',
            TIMEOUT: 'The service did not answer in time. Try again in a moment.',
            UNAVAILABLE: 'The database cannot be reached just now. Try again in a moment.',
            NETWORK: 'The service cannot be reached.',
            default: 'The figures could not be loaded ({0}).',
        },
    },
};

const LOCALES = { vi: 'vi-VN', en: 'en-GB' };
let language = localStorage.getItem('tradegraph.language') === 'en' ? 'en' : 'vi';

export const currentLanguage = () => language;

export function setLanguage(next) {
    language = next;
    localStorage.setItem('tradegraph.language', next);
    document.documentElement.lang = next;
    for (const element of document.querySelectorAll('[data-i18n]')) {
        element.textContent = t(element.dataset.i18n);
    }
    for (const element of document.querySelectorAll('[data-i18n-placeholder]')) {
        element.placeholder = t(element.dataset.i18nPlaceholder);
    }
    for (const element of document.querySelectorAll('[data-i18n-aria-label]')) {
        element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
    }
    document.getElementById('language').lang = next === 'vi' ? 'en' : 'vi';
}

/**
 * The label `key` (a dotted path) in the current language, with {0}, {1}… replaced by `args`; a label that counts
 * something has a form for each plural category of the language ({ one, other }), chosen by its first argument.
 */
export function t(key, ...args) {
    let label = key.split('.').reduce((node, part) => node?.[part], LABELS[language]) ?? key;
    if (typeof label === 'object' && 'other' in label) {
        label = label[new Intl.PluralRules(LOCALES[language]).select(Number(args[0]))] ?? label.other;
    }
    return label.replace(/\{(\d)\}/g, (_, i) => args[i]);
}

const number = (digits) => new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 2),
});

const SCALES = [
    [1e9, { vi: 'tỷ', en: 'billion' }],
    [1e6, { vi: 'triệu', en: 'million' }],
    [1e3, { vi: 'nghìn', en: 'thousand' }],
];

/** An amount as the language writes it, with its scale word, unit and qualifier ("gần 10,0 tỷ USD"). */
export function amount(value, unit, qualifier = 'EXACT') {
    if (value === null || value === undefined) return t('unknown');
    if (unit === 'PERCENT') return `${t(`qualifier.${qualifier}`)}${percent(value)}`;
    const [scale, words] = SCALES.find(([size]) => Math.abs(value) >= size) ?? [1, { vi: '', en: '' }];
    const digits = scale === 1 ? 0 : 1;
    const figure = number(digits).format(value / scale);
    const word = words[language];
    let written;
    if (language === 'vi') {
        const unitWord = { USD: 'USD', VND: 'đồng', TONNE: 'tấn' }[unit] ?? '';
        written = [figure, word, unitWord].filter(Boolean).join(' ');
    } else if (unit === 'TONNE') {
        written = [figure, word, 'tonnes'].filter(Boolean).join(' ');
    } else {
        written = [unit, figure, word].filter(Boolean).join(' ');
    }
    return `${t(`qualifier.${qualifier}`)}${written}`;
}

/** A range "9–10 %" or one value. */
export function range(low, high, unit, qualifier) {
    if (low === high) return amount(low, unit, qualifier);
    return `${amount(low, unit, qualifier)} – ${amount(high, unit)}`;
}

/** A plain number as the language writes it (1,2 / 1.2), for axes. */
export function decimal(value) {
    return number(0).format(value);
}

export function percent(value) {
    return value === null || value === undefined ? t('unknown') : `${number(1).format(value)}%`;
}

const QUARTERS = ['I', 'II', 'III', 'IV'];

const monthName = (month) => new Intl.DateTimeFormat(LOCALES[language], { month: 'long', timeZone: 'UTC' })
    .format(Date.UTC(2000, month - 1, 1));

/**
 * A period as the reader's language names it, from its code: "Tháng 7/2025", "Quý III/2025", "9 tháng đầu năm
 * 2025" in Vietnamese, "July 2025", "Q3 2025", "January–September 2025" in English; years as they are.
 */
export function periodLabel({ code, kind }) {
    const vi = language === 'vi';
    if (kind === 'MONTH') {
        const [year, month] = code.split('-').map(Number);
        return vi ? `Tháng ${month}/${year}` : `${monthName(month)} ${year}`;
    }
    if (kind === 'QUARTER') {
        const [year, quarter] = code.split('-Q').map(Number);
        return vi ? `Quý ${QUARTERS[quarter - 1]}/${year}` : `Q${quarter} ${year}`;
    }
    if (kind === 'YEAR_TO_DATE') { // from January: 2025-01/2025-09
        const [year, month] = code.split('/')[1].split('-').map(Number);
        return vi ? `${month} tháng đầu năm ${year}` : `${monthName(1)}–${monthName(month)} ${year}`;
    }
    return code.replace('/', '–');
}

export function date(iso) {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' })
        .format(new Date(`${iso}T00:00:00Z`));
}

/** The names of a commodity or market in the current language. */
export const localName = (named) => (language === 'vi' ? named.nameVi : named.nameEn);

/** Lower case, without diacritics (đ is d): "Bình Dương" and "binh duong" are the same key. */
export function fold(text) {
    return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

package io.tradegraph.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tradegraph.extract.Extraction.Candidate;
import io.tradegraph.extract.Extraction.Evidence;
import io.tradegraph.extract.Extraction.Unresolved;
import io.tradegraph.extract.Lexicon.Match;
import io.tradegraph.figure.FigureColumns;
import io.tradegraph.figure.FigureInput;
import io.tradegraph.figure.Flow;
import io.tradegraph.figure.GrowthBasis;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.reference.PeriodCode;
import io.tradegraph.reference.Region;
import io.tradegraph.reference.PeriodEntity;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.Snapshot;

/**
 * Reads the trade figures a Vietnamese article states. The grammar is the domain's: a number with its scale word
 * and unit ("34,5 tỷ USD", "78.200 tấn", "9 - 10%") is a figure when a trade flow is named before it in its
 * sentence; the words between the previous number and this one say its flow, commodity, market, status and
 * qualifier, the growth or share that follows it belongs to it, and what the sentence leaves out (area, period,
 * status) comes from the context, which the evidence then says. Numbers after words of another subject
 * (investment, production) are not figures.
 */
public final class Extractor {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    /** The group an article puts its main goods in ("mặt hàng chủ lực"), which a list is told by. */
    private static final String KEY_PRODUCTS = "KEY_PRODUCTS";
    /** A number may touch the word before it, as careless typing leaves it ("đạt215 triệu USD"). */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")(?:\\s*(?:-|–|den)\\s*("
            + NUMBER + "))?\\s*(nghin|ngan|trieu|ty|ti)?\\s*(usd|dong|tan|%)(?![\\p{L}\\d])");
    /** "tăng 1,8 lần", "gấp 3 lần": a multiple of the earlier value, a growth of (multiple − 1) × 100%. */
    private static final Pattern MULTIPLE = Pattern.compile("(?<=(?:tang|gap)(?: gan| hon| khoang)? )(" + NUMBER
            + ") lan(?![\\p{L}\\d])");
    private static final Pattern VOLUME_AFTER = Pattern.compile("\\s*ve (?:luong|khoi luong|san luong)(?!\\p{L})");
    /** "đạt 76,5% kế hoạch năm", "bằng 80% mục tiêu": how much of its plan a figure reaches. */
    private static final Pattern PLAN_AFTER = Pattern.compile("\\s*(?:so voi |cua )?(?:ke hoach|muc tieu|chi tieu)(?!\\p{L})");
    /** "bằng 95,7% so với cùng kỳ": a level against the year before, a growth of −4,3%. */
    private static final Pattern SAME_PERIOD_AFTER = Pattern.compile("\\s*(?:so voi |so )?(?:cung ky|nam truoc|nam ngoai)");
    /** "520.000 tấn, tương đương 310 triệu USD": the same goods, measured in value. */
    private static final Pattern EQUIVALENT = Pattern.compile("[\\s,(]*(?:so (?:voi )?(?:cung ky|nam truoc)"
            + "(?: nam (?:truoc|\\d{4}))?[\\s,]*)?(?:tuong duong|tuong ung)(?: (?:kim ngach|gia tri|tri gia))?(?: (?:dat|la|voi))?\\s*");
    /** "tăng 8% về lượng và 21% về giá trị": the second growth shares the first one's verb. */
    private static final Pattern SHARED_VERB = Pattern.compile("\\s*(?:ve (?:luong|khoi luong|san luong|gia tri|kim ngach|tri gia)\\s*)?(?:va|,)\\s*");
    /**
     * A rank with what it is among: «đứng thứ 11/63 tỉnh, thành phố cả nước», «thứ 2/14 tỉnh vùng trung du và miền
     * núi phía Bắc», «thứ 5 cả nước». Without the number among, only with the country or a region named.
     */
    private static final Pattern RANK_AMONG = Pattern.compile("(?<!\\p{L})(?:(?:dung|xep) )?(?:(?:o )?vi tri )?thu "
            + "(\\d{1,3})(?:\\s*/\\s*(\\d{1,3}))?(?: (?:tinh,? thanh(?: pho)?|tinh|dia phuong))?(?: (?:trong|tren))?"
            + "(?: (?:ca nuoc)| (?:vung |khu vuc |cac tinh )?(trung du (?:va )?mien nui phia bac|mien nui phia bac|"
            + "dong bang song hong|bac trung bo va duyen hai mien trung|duyen hai mien trung|tay nguyen|dong nam bo|"
            + "dong bang song cuu long))?");
    private static final Map<String, Region> REGION_WORDS = Map.of("trung du va mien nui phia bac",
            Region.NORTHERN_MIDLANDS_AND_MOUNTAINS, "trung du mien nui phia bac", Region.NORTHERN_MIDLANDS_AND_MOUNTAINS,
            "mien nui phia bac", Region.NORTHERN_MIDLANDS_AND_MOUNTAINS, "dong bang song hong", Region.RED_RIVER_DELTA,
            "bac trung bo va duyen hai mien trung", Region.NORTH_AND_SOUTH_CENTRAL_COAST, "duyen hai mien trung",
            Region.NORTH_AND_SOUTH_CENTRAL_COAST, "tay nguyen", Region.CENTRAL_HIGHLANDS, "dong nam bo", Region.SOUTHEAST,
            "dong bang song cuu long", Region.MEKONG_RIVER_DELTA);
    /** A quantity in a unit the service does not keep: pieces, pairs, cubic metres, litres (not a year: "năm 2024 đối với"). */
    private static final Pattern OTHER_UNIT = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,3}(?:[.,]\\d+)*\\s*"
            + "(?:(?:nghin|ngan|trieu|ty)\\s+)?(?:san pham|doi|cai|chiec|lit|kg|m3|thung|kien|cuon)(?!\\p{L})");
    /** The words that say what a number is about. */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("flow", "commodity", "market", "area", "nation",
            "scope");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…;])\\s+(?=\\S)");
    private static final int QUOTE_LENGTH = 200;
    /**
     * Far beyond any sentence of a news article (a few hundred characters, a handful of numbers): reading a sentence
     * costs its numbers times its words, so a longer one is reported, not read.
     */
    private static final int LONGEST_SENTENCE = 2_000;
    private static final int MOST_NUMBERS = 40;
    private static final String TOO_LONG = "a sentence too long to read: more than 2,000 characters or 40 numbers";
    private static final Pattern DATE_LINE = Pattern.compile("date (\\d{4}-\\d{2}-\\d{2})\\s+");

    private final Lexicon lexicon;
    private final Snapshot catalog;

    public Extractor(Snapshot catalog) {
        this.catalog = catalog;
        this.lexicon = Lexicon.of(catalog);
    }

    public Snapshot catalog() {
        return catalog;
    }

    /** A number with its unit, and what it is: an amount, a growth, a share. */
    private record Quantity(int start, int end, BigDecimal value, BigDecimal high, MeasureUnit unit, Qualifier qualifier,
            Match qualifierWords, BigDecimal multiple) {
        boolean percent() {
            return unit == MeasureUnit.PERCENT;
        }
    }

    /** What a rank is among: how many (null when not said), the provinces of a region or (null) the country. */
    private record Among(Integer count, Region region) {
    }

    /** What the text around a figure says; the evidence records which words gave each field. */
    private static final class Draft {
        int start;
        int end;
        /** Where the words that describe it begin: after the number before it in the sentence. */
        int windowStart;
        String area;
        String period;
        Flow flow;
        boolean deficit;
        String commodity;
        String market;
        Quantity amount;
        Quantity growth;
        int growthSign = 1;
        GrowthBasis basis;
        /** A second growth of the same amount, on another basis (month on month beside year on year). */
        Quantity secondGrowth;
        int secondGrowthSign = 1;
        GrowthBasis secondBasis;
        Quantity share;
        Integer rank;
        /** How many the rank is among, and the region whose provinces they are («thứ 2/14 tỉnh miền núi phía Bắc»). */
        Integer rankOf;
        Region rankWithin;
        Status status;
        /** The sector or part of the trade the words make it a figure of ("khu vực FDI", "trừ dầu thô"), by code. */
        String scope;
        /** A value in a list of goods whose goods the vocabulary does not know. */
        boolean unnamedGoods;
        /** How much of its plan it reaches, as the article states it. */
        BigDecimal planPercent;
        final List<Evidence> evidence = new ArrayList<>();
        int fromContext;
    }

    /** The state carried from sentence to sentence: the last area, period, year and statuses seen. */
    private final class Context {
        final LocalDate publishedOn;
        String firstArea;
        String area;
        String period;
        /** The period the paragraph named last, and whether it speaks of plans or targets: reset at each paragraph. */
        String paragraphPeriod;
        Status paragraphStatus;
        Flow paragraphFlow;
        /** The flow of the article's last figure, which a sentence that names none goes on with. */
        Flow lastFlow;
        int year;
        final List<FigureInput> figures = new ArrayList<>();

        Context(LocalDate publishedOn) {
            this.publishedOn = publishedOn;
            this.year = publishedOn == null ? 0 : publishedOn.getYear();
        }
    }

    public Extraction extract(String text, LocalDate publishedOn, String source) {
        return extract(text, null, publishedOn, source);
    }

    /**
     * @param title the article's title, which often alone names the province ("Thái Nguyên: xuất khẩu tăng 15,7%"):
     *              read for the area the article is about, never for figures
     */
    public Extraction extract(String text, String title, LocalDate publishedOn, String source) {
        // One form of each letter (ệ as one character, not e and two marks), so that positions match the words.
        // Non-breaking spaces, common in published text, are spaces.
        List<String> paragraphs = new ArrayList<>(Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00A0', ' ').replace('\u202F', ' ').lines()
                .map(String::strip).filter(line -> !line.isEmpty()).toList());
        // Articles kept as files may begin with their date: "date 2025-10-30 Bắc Ninh là …".
        Matcher dated = DATE_LINE.matcher(paragraphs.isEmpty() ? "" : paragraphs.get(0));
        if (dated.lookingAt()) {
            publishedOn = publishedOn != null ? publishedOn : LocalDate.parse(dated.group(1));
            paragraphs.set(0, paragraphs.get(0).substring(dated.end()));
        }
        Context context = new Context(publishedOn);
        List<Candidate> candidates = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        firstMentions(title == null || title.length() > LONGEST_SENTENCE ? paragraphs
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(Normalizer.normalize(title, Normalizer.Form.NFC)),
                        paragraphs.stream()).toList(), context);
        for (int p = 0; p < paragraphs.size(); p++) {
            context.paragraphPeriod = null;
            context.paragraphStatus = null;
            context.paragraphFlow = null;
            for (String sentence : SENTENCE_END.split(paragraphs.get(p))) {
                read(sentence, p + 1, context, candidates, unresolved, source == null ? "new" : source);
            }
        }
        return new Extraction(candidates, unresolved);
    }

    /** The area an article is about when a sentence does not say: the first its title or text names. */
    private void firstMentions(List<String> paragraphs, Context context) {
        for (String sentence : paragraphs.stream().flatMap(SENTENCE_END::splitAsStream)
                .filter(sentence -> sentence.length() <= LONGEST_SENTENCE).toList()) {
            for (Match match : lexicon.find(sentence)) {
                if (context.firstArea == null && (match.kind().equals("area") || match.kind().equals("nation"))) {
                    context.firstArea = match.kind().equals("nation") ? "VN" : match.value();
                }
            }
        }
    }

    private void read(String sentence, int paragraph, Context context, List<Candidate> candidates,
            List<Unresolved> unresolved, String source) {
        if (sentence.length() > LONGEST_SENTENCE) {
            unresolved.add(new Unresolved(paragraph, sentence.substring(0, 80) + "…", TOO_LONG));
            return;
        }
        String folded = Lexicon.fold(sentence);
        List<Match> words = lexicon.find(sentence);
        List<Match> ranks = new ArrayList<>();
        Map<Match, Among> among = new java.util.HashMap<>();
        Matcher rankAmong = RANK_AMONG.matcher(folded);
        while (rankAmong.find()) {
            boolean named = rankAmong.group(2) != null || rankAmong.group(3) != null || rankAmong.group().endsWith("ca nuoc");
            int rank = Integer.parseInt(rankAmong.group(1));
            Integer of = rankAmong.group(2) == null ? null : Integer.valueOf(rankAmong.group(2));
            if (named && rank >= 1 && (of == null || rank <= of)) {
                Match match = new Match("rank", String.valueOf(rank), rankAmong.start(), rankAmong.end());
                ranks.add(match);
                among.put(match, new Among(of, rankAmong.group(3) == null ? null : REGION_WORDS.get(rankAmong.group(3))));
            }
        }
        // "thứ 8/63 tỉnh, thành phố cả nước": the country there is what the rank is among, not the figure's area.
        List<Match> amongWords = words;
        words = words.stream().filter(w -> !(w.kind().equals("nation") || w.kind().equals("area"))
                || ranks.stream().noneMatch(r -> r.start() <= w.start() && w.end() <= r.end())).toList();
        for (Match word : amongWords) {
            if (word.kind().equals("rank") && ranks.stream().noneMatch(r -> r.start() < word.end() && word.start() < r.end())) {
                ranks.add(word);
            }
        }
        ranks.sort(Comparator.comparingInt(Match::start));
        List<Periods.Found> periods = Periods.find(folded, context.year);
        List<Quantity> quantities = quantities(folded, words);
        if (quantities.size() > MOST_NUMBERS) {
            unresolved.add(new Unresolved(paragraph, sentence.substring(0, 80) + "…", TOO_LONG));
            return;
        }
        List<Draft> drafts = new ArrayList<>();

        int windowStart = 0;
        Draft previous = null;
        Match lastGrowthCue = null;
        for (int i = 0; i < quantities.size(); i++) {
            Quantity quantity = quantities.get(i);
            int from = windowStart;
            windowStart = quantity.end();
            List<Match> window = between(words, from, quantity.start());
            if (quantity.percent()) {
                int numberStart = quantity.qualifierWords() != null ? quantity.qualifierWords().start() : quantity.start();
                String before = folded.substring(Math.min(from, numberStart), numberStart).stripTrailing();
                if (PLAN_AFTER.matcher(folded).region(quantity.end(), folded.length()).lookingAt()
                        && !before.endsWith("vuot")) {
                    // Attainment of the plan, the amount's when there is one before it.
                    Draft owner = lastAmount(drafts);
                    if (owner != null && owner.planPercent == null && fewDigits(quantity.value())
                            && !subjectBetween(words, owner.end, quantity.start())) {
                        owner.planPercent = quantity.value();
                        owner.end = Math.max(owner.end, quantity.end());
                        evidence(owner, "planPercent", sentence.substring(quantity.start(), quantity.end()));
                    }
                    continue;
                }
                String level = before.endsWith("bang") ? "bang" : before.endsWith("con") ? "con" : null;
                if (level != null && quantity.high() == null && fewDigits(quantity.value())
                        && SAME_PERIOD_AFTER.matcher(folded).region(quantity.end(), folded.length()).lookingAt()) {
                    // A level against the same period a year before ("bằng 95,7%", "giảm, còn 95,7% so với cùng
                    // kỳ"): a fall of 4,3%.
                    BigDecimal change = quantity.value().subtract(BigDecimal.valueOf(100));
                    quantity = new Quantity(quantity.start(), quantity.end(), change.abs(), null, MeasureUnit.PERCENT,
                            quantity.qualifier(), quantity.qualifierWords(), null);
                    int verb = folded.lastIndexOf(level, quantity.start());
                    window = new ArrayList<>(window);
                    window.add(new Match("change", change.signum() < 0 ? "DOWN" : "UP", verb, verb + level.length()));
                }
                if (OTHER_UNIT.matcher(folded).region(Math.min(from, numberStart), numberStart).find()) {
                    // "giày dép 43,6 triệu đôi (tăng 62,2%)": the growth of a quantity this service does not keep.
                    continue;
                }
                Match cue = last(window, m -> m.kind().equals("change") || m.kind().equals("share")
                        || (m.kind().equals("basis") && m.value().equals("AGAINST_PLAN")));
                if (cue == null && lastGrowthCue != null
                        && SHARED_VERB.matcher(folded).region(Math.min(from, numberStart), numberStart).matches()) {
                    cue = lastGrowthCue;
                }
                if (cue == null && before.endsWith("vuot") && PLAN_AFTER.matcher(folded).region(quantity.end(),
                        folded.length()).lookingAt()) {
                    // "vượt 12% kế hoạch", as "vượt kế hoạch 12%": above the plan by that much.
                    int verb = folded.lastIndexOf("vuot", quantity.start());
                    cue = new Match("basis", "AGAINST_PLAN", verb, verb + "vuot".length());
                }
                if (cue == null) {
                    continue;
                }
                Draft owner = cue.kind().equals("share") ? shareOwner(drafts, words, quantity)
                        : growthOwner(drafts, words, quantity, basis(cue, quantity, words, folded));
                // A growth of an amount just read ("cà phê 1,02 tỷ USD (tăng 12%)") is trade as the amount is.
                if (owner == null ? nonTrade(window, words, quantity) : nonTradeWords(window, words, quantity)) {
                    continue;
                }
                // "giảm 5% về lượng": a growth of the volume, which belongs to a quantity in tonnes only.
                boolean ofVolume = VOLUME_AFTER.matcher(folded).region(quantity.end(), folded.length()).lookingAt();
                if (ofVolume && cue.kind().equals("change")) {
                    owner = tonnes(drafts, words, quantity);
                }
                if (ofVolume && (owner == null || owner.amount == null || owner.amount.unit() != MeasureUnit.TONNE)) {
                    continue;
                }
                if (owner == null) {
                    owner = new Draft();
                    owner.windowStart = from;
                    owner.start = quantity.start();
                    drafts.add(owner);
                }
                attachPercent(owner, quantity, cue, words, folded, sentence);
                lastGrowthCue = cue.kind().equals("change") ? cue : lastGrowthCue;
                owner.start = Math.min(owner.start, cue.start());
                owner.end = Math.max(owner.end, quantity.end());
                if (owner.flow == null) {
                    // A growth on average over the years is of the whole the paragraph began with, unless named.
                    boolean average = owner.basis == GrowthBasis.AVERAGE_ANNUAL && owner.amount == null;
                    describe(owner, window, words, average ? null : previous, sentence, quantity.start());
                    if (!average && previous != null && owner.amount == null
                            && window.stream().noneMatch(m -> m.kind().equals("flow"))) {
                        // "giảm 6% về lượng nhưng tăng 12% về giá trị": a second growth of the same subject.
                        owner.commodity = owner.commodity != null ? owner.commodity : previous.commodity;
                        owner.market = owner.market != null ? owner.market : previous.market;
                    }
                    if (average && last(window, m -> m.kind().equals("flow")) == null && context.paragraphFlow != null) {
                        owner.flow = context.paragraphFlow;
                        evidence(owner, "flow", "(the flow the paragraph began with)");
                    }
                }
                previous = owner;
                continue;
            }
            int numberStart = quantity.qualifierWords() != null ? quantity.qualifierWords().start() : quantity.start();
            boolean equivalent = previous != null && previous.amount != null
                    && EQUIVALENT.matcher(folded).region(Math.min(from, numberStart), numberStart).matches();
            if (previous != null && previous.amount == null && previous.rank == null && previous == drafts.get(drafts.size() - 1)
                    && (previous.growth != null || previous.share != null) && quantity.unit() != MeasureUnit.PERCENT
                    && EQUIVALENT.matcher(folded).region(Math.min(from, numberStart), numberStart).matches()) {
                // "châu Âu (chiếm 6,33%) tăng 70,94%, tương đương 302,95 triệu USD": the value of what was just told.
                previous.amount = quantity;
                previous.end = quantity.end();
                evidence(previous, "amount", sentence.substring(numberStart, quantity.end()));
                continue;
            }
            // "(tăng 45 triệu USD)": by how much it changed, not a value of its own.
            if ((equivalent ? nonTradeWords(window, words, quantity) : nonTrade(window, words, quantity))
                    || changeOf(window, folded, quantity)) {
                continue;
            }
            Draft draft = new Draft();
            draft.windowStart = from;
            draft.amount = quantity;
            draft.start = quantity.qualifierWords() != null ? quantity.qualifierWords().start() : quantity.start();
            draft.end = quantity.end();
            describe(draft, window, words, previous, sentence, quantity.start());
            if (equivalent) {
                draft.commodity = previous.commodity;
                draft.market = previous.market;
            }
            Draft told = previous;
            if (told != null && told.amount == null && told.growth == null && told.rank == null
                    && told.share != null && drafts.get(drafts.size() - 1) == told
                    && window.stream().noneMatch(m -> SUBJECTS.contains(m.kind()) && !m.kind().equals("flow"))
                    && window.stream().noneMatch(m -> m.kind().equals("flow") && flow(m, new Draft()) != told.flow)) {
                // "khu vực FDI (chiếm 98% xuất khẩu toàn tỉnh) đạt 10,56 tỷ USD": the share told first is the amount's,
                // the flow named in it the share's own.
                draft.scope = told.scope;
                draft.commodity = told.commodity;
                draft.market = told.market;
                draft.share = told.share;
                draft.start = told.start;
                told.evidence.stream().filter(e -> draft.evidence.stream().noneMatch(d -> d.field().equals(e.field())))
                        .forEach(draft.evidence::add);
                drafts.remove(told);
                previous = null;
            }
            // "vải 45,5 triệu USD, …, nguyên phụ liệu dược phẩm 1,7 triệu USD": a value in a list of goods, of goods
            // the vocabulary does not name, is not the area's whole trade.
            draft.unnamedGoods = !equivalent && previous != null && previous.amount != null && previous.commodity != null
                    && previous.amount.unit() == quantity.unit() && window.stream().noneMatch(m -> SUBJECTS.contains(m.kind()));
            drafts.add(draft);
            previous = draft;
        }
        for (Match rank : ranks) {
            // "Dù 3 tháng liên tiếp đứng đầu cả nước nhưng …": a rank conceded is background, not the statement.
            int clause = folded.lastIndexOf(',', rank.start()) + 1;
            if (words.stream().noneMatch(m -> (m.kind().equals("nontrade") && m.end() <= rank.start())
                    || (m.kind().equals("concession") && m.start() >= clause && m.end() <= rank.start()))) {
                Draft draft = new Draft();
                draft.rank = Integer.valueOf(rank.value());
                Among of = among.get(rank);
                if (of != null) {
                    draft.rankOf = of.count();
                    draft.rankWithin = of.region();
                }
                // Its clause says what ranks: "…, với Trung Quốc là thị trường cung ứng lớn nhất".
                draft.windowStart = folded.lastIndexOf(',', rank.start()) + 1;
                draft.start = rank.start();
                draft.end = rank.end();
                evidence(draft, "rank", sentence, rank);
                describe(draft, between(words, draft.windowStart, rank.start()), words, null, sentence, rank.start());
                if (draft.flow == null) {
                    Match after = first(between(words, rank.end(), folded.length()), m -> m.kind().equals("flow"));
                    if (after != null) {
                        draft.flow = flow(after, draft);
                        draft.end = Math.max(draft.end, after.end());
                        evidence(draft, "flow", sentence, after);
                    }
                }
                drafts.add(draft);
            }
        }
        drafts.sort(Comparator.comparingInt(d -> d.start));
        mergeGrowthsIntoAmounts(drafts, words);
        for (Draft draft : drafts) {
            complete(draft, periods, folded, sentence, paragraph, context, candidates, unresolved, source);
        }
        if (quantities.isEmpty() && ranks.isEmpty()) {
            mentions(sentence, folded, words, paragraph, unresolved);
        }
        periods.stream().filter(p -> p.year() > 0).reduce((a, b) -> b).ifPresent(last -> context.year = last.year());
        periods.stream().reduce((a, b) -> b).ifPresent(last -> context.paragraphPeriod = last.code());
        // "đạt 66,9% kế hoạch năm" speaks of attainment, not of plans: the figures after it are not plans.
        words.stream().filter(m -> m.kind().equals("status") && (m.value().equals("TARGET") || m.value().equals("PLAN"))
                && quantities.stream().noneMatch(q -> q.percent() && q.end() <= m.start()
                        && PLAN_AFTER.matcher(folded).region(q.end(), folded.length()).lookingAt()
                        && folded.substring(q.end(), m.start()).length() <= " so voi ".length()))
                .reduce((a, b) -> b).ifPresent(cue -> context.paragraphStatus = status(cue.value()));
    }

    /**
     * A growth told before its amount ("xuất khẩu gỗ tăng gần 18%, đạt 6,5 tỷ USD") is the amount's, when nothing
     * else is named between them: the growth's words (its commodity, its flow) are then the amount's too.
     */
    private static void mergeGrowthsIntoAmounts(List<Draft> drafts, List<Match> words) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft growth = drafts.get(i);
            Draft amount = drafts.get(i + 1);
            if (growth.amount == null && growth.growth != null && growth.basis == GrowthBasis.YEAR_ON_YEAR
                    && growth.rank == null && growth.share == null && amount.amount != null && amount.growth == null
                    && !subjectBetween(words, growth.end, amount.amount.start())) {
                amount.growth = growth.growth;
                amount.growthSign = growth.growthSign;
                amount.basis = growth.basis;
                amount.start = growth.start;
                amount.flow = amount.flow != null ? amount.flow : growth.flow;
                amount.commodity = amount.commodity != null ? amount.commodity : growth.commodity;
                amount.market = amount.market != null ? amount.market : growth.market;
                growth.evidence.stream().filter(e -> amount.evidence.stream().noneMatch(a -> a.field().equals(e.field())))
                        .forEach(amount.evidence::add);
                drafts.remove(i);
            }
        }
    }

    /** Numbers with a unit that are not part of a name ("mặt hàng trên 1 tỷ USD" is a commodity group). */
    private static List<Quantity> quantities(String folded, List<Match> words) {
        List<Quantity> found = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(folded);
        while (matcher.find()) {
            int start = matcher.start();
            if (words.stream().anyMatch(m -> m.start() <= start && start < m.end())) {
                continue;
            }
            BigDecimal scale = switch (matcher.group(3) == null ? "" : matcher.group(3)) {
                case "nghin", "ngan" -> BigDecimal.valueOf(1_000);
                case "trieu" -> BigDecimal.valueOf(1_000_000);
                case "ty", "ti" -> BigDecimal.valueOf(1_000_000_000);
                default -> BigDecimal.ONE;
            };
            MeasureUnit unit = switch (matcher.group(4)) {
                case "usd" -> MeasureUnit.USD;
                case "dong" -> MeasureUnit.VND;
                case "tan" -> MeasureUnit.TONNE;
                default -> MeasureUnit.PERCENT;
            };
            Match qualifier = words.stream().filter(m -> m.kind().equals("qualifier") && m.end() <= start
                    && folded.substring(m.end(), start).isBlank()).findFirst().orElse(null);
            found.add(new Quantity(start, matcher.end(), number(matcher.group(1)).multiply(scale),
                    matcher.group(2) == null ? null : number(matcher.group(2)).multiply(scale), unit,
                    qualifier == null ? Qualifier.EXACT : Qualifier.valueOf(qualifier.value()), qualifier, null));
        }
        Matcher multiple = MULTIPLE.matcher(folded);
        while (multiple.find()) {
            BigDecimal times = number(multiple.group(1));
            if (fewDigits(times) && times.compareTo(BigDecimal.ONE) > 0) {
                int start = multiple.start();
                Match qualifier = words.stream().filter(m -> m.kind().equals("qualifier") && m.end() <= start
                        && folded.substring(m.end(), start).isBlank()).findFirst().orElse(null);
                found.add(new Quantity(start, multiple.end(), times.subtract(BigDecimal.ONE).movePointRight(2), null,
                        MeasureUnit.PERCENT, qualifier == null ? Qualifier.EXACT : Qualifier.valueOf(qualifier.value()),
                        qualifier, times));
            }
        }
        found.sort(Comparator.comparingInt(Quantity::start));
        return found;
    }

    /**
     * A percent or multiple the extractor computes with or keeps as attainment has at most four integer digits (no
     * article writes more): checked before any arithmetic, so that a thousand-digit number costs nothing.
     */
    private static boolean fewDigits(BigDecimal value) {
        return value.precision() - value.scale() <= 4;
    }

    /** Vietnamese notation: a decimal comma and a thousands dot (78.200 is 78200, 34,5 is 34.5). */
    static BigDecimal number(String written) {
        return new BigDecimal(written.replace(".", "").replace(',', '.'));
    }

    /** The flow, commodity, market, area and status the words before a number give it. */
    private void describe(Draft draft, List<Match> window, List<Match> words, Draft previous, String sentence, int at) {
        Match flow = last(window, m -> m.kind().equals("flow"));
        if (flow != null) {
            draft.flow = flow(flow, draft);
            draft.start = Math.min(draft.start, flow.start());
            evidence(draft, "flow", sentence, flow);
        } else if (previous != null && previous.flow != null) {
            draft.flow = previous.flow;
            draft.deficit = previous.deficit;
            evidence(draft, "flow", "(as the figure before it in the sentence)");
        } else {
            Match earlier = last(between(words, 0, at), m -> m.kind().equals("flow"));
            Match later = first(between(words, at, sentence.length()), m -> m.kind().equals("flow"));
            if (earlier != null || later != null) {
                draft.flow = flow(earlier != null ? earlier : later, draft);
                evidence(draft, "flow", sentence, earlier != null ? earlier : later);
            }
        }
        // "6 mặt hàng chủ lực gồm gỗ, dệt may, giày dép …": a list of commodities is told by the group named first.
        List<Match> commodities = window.stream().filter(m -> m.kind().equals("commodity")).toList();
        if (commodities.size() == 2 && commodities.stream().anyMatch(m -> m.value().equals(KEY_PRODUCTS))) {
            // "Gạo vẫn là mặt hàng chủ lực với …": the goods named, not the group they are said to belong to.
            commodities = commodities.stream().filter(m -> !m.value().equals(KEY_PRODUCTS)).toList();
        }
        Match commodity = commodities.isEmpty() ? null
                : commodities.size() >= 3 ? commodities.get(0) : commodities.get(commodities.size() - 1);
        if (commodity != null) {
            draft.commodity = commodity.value();
            draft.start = Math.min(draft.start, commodity.start());
            evidence(draft, "commodity", sentence, commodity);
        }
        Match market = last(window, m -> m.kind().equals("market"));
        if (market != null) {
            draft.market = market.value();
            draft.start = Math.min(draft.start, market.start());
            evidence(draft, "market", sentence, market);
        }
        // "mục tiêu phấn đấu … đạt 5 tỷ USD": the "đạt" of a target is the target's.
        Match status = last(window, m -> m.kind().equals("status") && m.value().equals("TARGET"));
        status = status != null ? status : last(window, m -> m.kind().equals("status"));
        if (status != null) {
            draft.status = status(status.value());
            draft.start = Math.min(draft.start, status.start());
            evidence(draft, "status", sentence, status);
        } else if (previous != null && previous.status != null) {
            draft.status = previous.status;
            evidence(draft, "status", "(as the figure before it in the sentence)");
        }
        Match scope = last(window, m -> m.kind().equals("scope"));
        if (scope != null) {
            draft.scope = scope.value();
            draft.start = Math.min(draft.start, scope.start());
            evidence(draft, "scope", sentence, scope);
        }
        Match area = last(between(words, 0, at), m -> m.kind().equals("area") || m.kind().equals("nation"));
        if (area != null) {
            draft.area = area.kind().equals("nation") ? "VN" : area.value();
            evidence(draft, "area", sentence, area);
        }
    }

    private static Flow flow(Match cue, Draft draft) {
        draft.deficit = cue.value().equals("DEFICIT");
        return draft.deficit ? Flow.BALANCE : Flow.valueOf(cue.value());
    }

    /** "dự kiến" is an estimate of the period under way and a target of one to come: decided with the period. */
    private static Status status(String cue) {
        return switch (cue) {
            case "ESTIMATE", "EXPECTED" -> Status.ESTIMATE;
            case "PLAN" -> Status.PLAN;
            case "TARGET" -> Status.TARGET;
            default -> Status.REPORTED;
        };
    }

    /** A number after words of another subject than trade (investment, production …) is not a trade figure. */
    private static boolean nonTrade(List<Match> window, List<Match> words, Quantity quantity) {
        Match flow = last(window, m -> m.kind().equals("flow"));
        return nonTradeWords(window, words, quantity)
                || (flow == null && window.stream().noneMatch(m -> m.kind().equals("status") || m.kind().equals("commodity")
                        || m.kind().equals("market") || m.kind().equals("scope"))
                        && words.stream().noneMatch(m -> m.kind().equals("flow")));
    }

    /** Words of another subject before the number, after the flow named last. */
    private static boolean nonTradeWords(List<Match> window, List<Match> words, Quantity quantity) {
        Match flow = last(window, m -> m.kind().equals("flow"));
        int from = flow == null ? 0 : flow.end();
        // Revenue collected on trade ("thu ngân sách từ hoạt động xuất nhập khẩu") is not trade, wherever the flow is.
        return window.stream().anyMatch(m -> m.kind().equals("nontrade") && m.value().equals("ALWAYS"))
                || words.stream().anyMatch(m -> m.kind().equals("nontrade") && m.start() >= from && m.end() <= quantity.start());
    }

    /** The last amount in tonnes of the sentence, when nothing else is named after it. */
    private static Draft tonnes(List<Draft> drafts, List<Match> words, Quantity growth) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft draft = drafts.get(i);
            if (draft.amount != null && draft.amount.unit() == MeasureUnit.TONNE) {
                return draft.growth == null && !subjectBetween(words, draft.end, growth.start()) ? draft : null;
            }
        }
        return null;
    }

    private static Draft lastAmount(List<Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).amount != null) {
                return drafts.get(i);
            }
        }
        return null;
    }

    /** An amount right after "tăng" or "giảm" is by how much something changed. */
    private static boolean changeOf(List<Match> window, String folded, Quantity quantity) {
        Match change = last(window, m -> m.kind().equals("change"));
        int from = quantity.qualifierWords() != null ? quantity.qualifierWords().start() : quantity.start();
        return change != null && folded.substring(change.end(), from).replace("them", "").isBlank();
    }

    /** A share ("chiếm 56%") belongs to the amount just before it, unless another subject is named between. */
    private static Draft shareOwner(List<Draft> drafts, List<Match> words, Quantity share) {
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        return last != null && last.amount != null && last.share == null && !subjectBetween(words, last.end, share.start()) ? last : null;
    }

    /**
     * A growth belongs to the nearest amount of its sentence with no other subject named between them ("tăng gần
     * 18%, đạt 6,5 tỷ USD" as much as "đạt 34,5 tỷ USD, tăng 13%"), year on year or against the month before; a
     * figure holds one growth of each basis ("tăng 3% so với tháng trước và tăng 12% so với cùng kỳ"). Growth against
     * a plan or on average stands alone.
     */
    private static Draft growthOwner(List<Draft> drafts, List<Match> words, Quantity growth, GrowthBasis basis) {
        if (basis != GrowthBasis.YEAR_ON_YEAR && basis != GrowthBasis.MONTH_ON_MONTH) {
            return null;
        }
        Draft told = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (told != null && told.amount == null && told.growth == null && told.rank == null && told.share != null
                && words.stream().noneMatch(m -> m.start() >= told.end && m.end() <= growth.start()
                        && SUBJECTS.contains(m.kind()) && !m.kind().equals("flow"))) {
            // "châu Á (chiếm 63,42% tổng kim ngạch xuất khẩu) tăng 10,43%": the growth of what the share was told of.
            return told;
        }
        Draft last = lastAmount(drafts);
        boolean room = last != null && (last.growth == null || (last.secondGrowth == null && last.basis != basis));
        return room && !subjectBetween(words, last.end, growth.start()) ? last : null;
    }

    private static boolean subjectBetween(List<Match> words, int from, int to) {
        return words.stream().anyMatch(m -> m.start() >= from && m.end() <= to && (m.kind().equals("flow")
                || m.kind().equals("commodity") || m.kind().equals("market") || m.kind().equals("area")
                || m.kind().equals("scope")));
    }

    private static void attachPercent(Draft owner, Quantity quantity, Match cue, List<Match> words, String folded,
            String sentence) {
        if (cue.kind().equals("share")) {
            owner.share = quantity;
            evidence(owner, "share", sentence, cue);
            return;
        }
        GrowthBasis basis = basis(cue, quantity, words, folded);
        int sign = cue.value().equals("DOWN") ? -1 : 1;
        if (owner.growth != null) {
            // A second growth: the year-on-year one is the figure's growth, the other its second.
            boolean first = basis == GrowthBasis.YEAR_ON_YEAR;
            owner.secondGrowth = first ? owner.growth : quantity;
            owner.secondGrowthSign = first ? owner.growthSign : sign;
            owner.secondBasis = first ? owner.basis : basis;
            evidence(owner, "secondGrowth", sentence, cue);
            if (!first) {
                return;
            }
        }
        owner.growth = quantity;
        owner.growthSign = sign;
        evidence(owner, "growth", sentence, cue);
        owner.basis = basis;
        Match basisWords = basisWords(cue, quantity, words, folded);
        if (basisWords != null && basisWords != cue) {
            evidence(owner, "growthBasis", sentence, basisWords);
        }
    }

    /** What a growth compares with: the words around it ("so với cùng kỳ", "bình quân", "vượt kế hoạch"), by default the year before. */
    private static GrowthBasis basis(Match cue, Quantity quantity, List<Match> words, String folded) {
        Match basis = basisWords(cue, quantity, words, folded);
        return basis == null ? GrowthBasis.YEAR_ON_YEAR : GrowthBasis.valueOf(basis.value());
    }

    private static Match basisWords(Match cue, Quantity quantity, List<Match> words, String folded) {
        if (cue.kind().equals("basis")) {
            return cue;
        }
        int clauseEnd = folded.indexOf(',', quantity.end());
        List<Match> clause = between(words, Math.max(0, cue.start() - 20), clauseEnd < 0 ? folded.length() : clauseEnd);
        // The basis right after the growth is its own, even when another growth and basis follow in the clause.
        Match after = first(clause, m -> m.kind().equals("basis") && m.start() >= quantity.end());
        return after != null ? after : last(clause, m -> m.kind().equals("basis"));
    }

    /** Fills what the sentence left out from the context, and turns the draft into a candidate or an unresolved. */
    private void complete(Draft draft, List<Periods.Found> periods, String folded, String sentence, int paragraph,
            Context context, List<Candidate> candidates, List<Unresolved> unresolved, String source) {
        String quote = sentence.substring(draft.start, Math.min(draft.end, draft.start + QUOTE_LENGTH)).strip();
        Periods.Found period = periodOf(draft, periods, folded);
        if (period != null) {
            draft.period = period.code();
            evidence(draft, "period", sentence.substring(period.start(), period.end()));
        } else if (context.paragraphPeriod != null) {
            draft.period = context.paragraphPeriod;
            draft.fromContext++;
            evidence(draft, "period", "(the period the paragraph named before)");
        } else if (context.period != null) {
            draft.period = context.period;
            draft.fromContext++;
            evidence(draft, "period", "(the period of the figure before it)");
        } else if (context.year > 0) {
            draft.period = String.valueOf(context.year);
            draft.fromContext++;
            evidence(draft, "period", "(the year of the publication)");
        }
        if (draft.area == null && (context.area != null || context.firstArea != null)) {
            draft.area = context.area != null ? context.area : context.firstArea;
            draft.fromContext++;
            evidence(draft, "area", "(the area of the article)");
        }
        if (draft.flow == null && context.lastFlow != null && draft.rank == null) {
            // "Trong đó: cà phê 3,4 triệu USD; hạt điều 1,1 triệu USD", "lũy kế 9 tháng đạt …": the flow goes on.
            draft.flow = context.lastFlow;
            draft.fromContext++;
            evidence(draft, "flow", "(the flow of the figure before it)");
        }
        FigureInput before = context.figures.isEmpty() ? null : context.figures.get(context.figures.size() - 1);
        boolean listGoesOn = draft.flow == context.lastFlow && before != null && before.paragraph() == paragraph
                && before.commodity() != null && draft.amount != null && before.unit() == draft.amount.unit()
                && draft.evidence.stream().anyMatch(e -> e.field().equals("flow") && e.words().startsWith("(the flow of"));
        if (draft.unnamedGoods || (listGoesOn && draft.commodity == null && draft.market == null && draft.scope == null)) {
            unresolved.add(new Unresolved(paragraph, quote, "a value in a list of goods, of goods the vocabulary does not "
                    + "name: not the area's whole trade"));
            return;
        }
        if (draft.amount != null && draft.amount.unit() == MeasureUnit.TONNE && draft.commodity == null) {
            unresolved.add(new Unresolved(paragraph, quote, "a quantity in tonnes of goods the vocabulary does not name"));
            return;
        }
        if (draft.period != null && draft.period.startsWith(Periods.SINCE_JANUARY_OF)) {
            String year = draft.period.substring(Periods.SINCE_JANUARY_OF.length());
            String told = context.paragraphPeriod != null ? context.paragraphPeriod : context.period;
            if (told == null || !told.startsWith(year + "-01/")) {
                unresolved.add(new Unresolved(paragraph, quote, "a total since January, to a month the article does "
                        + "not name"));
                return;
            }
            draft.period = told;
            draft.fromContext++;
            evidence(draft, "period", "(since January, to the month the article named before)");
        }
        if (draft.flow == null || draft.area == null || draft.period == null) {
            unresolved.add(new Unresolved(paragraph, quote, draft.flow == null ? "no trade flow is named"
                    : draft.area == null ? "no area is named" : "no period is named"));
            return;
        }
        PeriodEntity code;
        try {
            code = PeriodCode.parse(draft.period);
        } catch (IllegalArgumentException outside) {
            unresolved.add(new Unresolved(paragraph, quote, "the period " + draft.period + " is outside the years the "
                    + "data can concern"));
            return;
        }
        draft.area = areaOn(draft.area, code.lastDay);
        decideStatus(draft, code, context);
        context.area = draft.area;
        context.period = draft.period;
        context.paragraphFlow = context.paragraphFlow != null ? context.paragraphFlow : draft.flow;
        context.lastFlow = draft.flow;
        FigureInput figure = figure(draft, paragraph, quote,
                "%s-%02d".formatted(source, context.figures.size() + 1));
        context.figures.add(figure);
        BigDecimal confidence = BigDecimal.ONE.subtract(BigDecimal.valueOf(15, 2).multiply(BigDecimal.valueOf(draft.fromContext)))
                .max(BigDecimal.valueOf(1, 1)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        candidates.add(new Candidate(figure, confidence, List.copyOf(draft.evidence)));
    }

    /** The period named before the figure in its part of the sentence, or right after it, or earlier in the sentence. */
    private static Periods.Found periodOf(Draft draft, List<Periods.Found> periods, String folded) {
        Periods.Found inWindow = lastPeriod(periods, p -> p.start() >= draft.windowStart && p.end() <= draft.end);
        if (inWindow != null) {
            return inWindow;
        }
        int clauseEnd = folded.indexOf(',', draft.end);
        int limit = clauseEnd < 0 ? folded.length() : clauseEnd;
        Periods.Found after = periods.stream().filter(p -> p.start() >= draft.end && p.end() <= limit).findFirst().orElse(null);
        return after != null ? after : lastPeriod(periods, p -> p.end() <= draft.start);
    }

    private static Periods.Found lastPeriod(List<Periods.Found> items, Predicate<Periods.Found> test) {
        return items.stream().filter(test).reduce((a, b) -> b).orElse(null);
    }

    /**
     * A name two units have shared (Bắc Ninh before and after 1 July 2025) means the one that existed at the end of
     * the period: the unit that reported it (the first nine months of 2025 are the new Bắc Ninh's).
     */
    private String areaOn(String code, LocalDate day) {
        Province named = catalog.areaByCode().get(code);
        if (named == null) {
            return code;
        }
        return catalog.areas().stream()
                .filter(a -> a.name().equals(named.name()) && !a.code().equals("VN"))
                .filter(a -> (a.validFrom() == null || !day.isBefore(a.validFrom())) && (a.validTo() == null || !day.isAfter(a.validTo())))
                .map(Province::code).findFirst().orElse(code);
    }

    /**
     * What the words say, read with the period: a period that had not begun when the article appeared holds plans or
     * targets ("phấn đấu … đạt trên 4 tỷ USD" in 2026), an outturn "đạt" for a period not over is an estimate;
     * without a word, the plan the paragraph speaks of, or the status of the article's last figure for the period.
     */
    private static void decideStatus(Draft draft, PeriodEntity period, Context context) {
        LocalDate published = context.publishedOn;
        if (published != null && period.firstDay.isAfter(published)) {
            draft.status = draft.status == Status.PLAN ? Status.PLAN : Status.TARGET;
        } else if (published != null && draft.status == Status.REPORTED && period.lastDay.isAfter(published)) {
            draft.status = Status.ESTIMATE;
        }
        if (draft.status == null && context.paragraphStatus != null) {
            draft.status = context.paragraphStatus;
            draft.fromContext++;
            evidence(draft, "status", "(the plan or target the paragraph speaks of)");
        }
        if (draft.status == null) {
            draft.status = context.figures.stream().filter(f -> f.period().equals(draft.period)).reduce((a, b) -> b)
                    .map(FigureInput::status).orElse(Status.REPORTED);
            draft.fromContext++;
            evidence(draft, "status", "(as the article's other figures for the period)");
        }
    }

    private static FigureInput figure(Draft draft, int paragraph, String quote, String code) {
        Quantity amount = draft.amount;
        BigDecimal sign = draft.deficit ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        boolean range = amount != null && amount.high() != null;
        Quantity growth = draft.growth;
        boolean growthRange = growth != null && growth.high() != null;
        BigDecimal growthSign = BigDecimal.valueOf(draft.growthSign);
        Map<String, Object> stated = new LinkedHashMap<>();
        stated.put("code", code);
        stated.put("paragraph", paragraph);
        stated.put("area", draft.area);
        stated.put("period", draft.period);
        stated.put("flow", draft.flow);
        stated.put("commodity", draft.commodity);
        stated.put("market", draft.market);
        if (amount != null) {
            stated.put(range ? "low" : "amount", amount.value().multiply(sign));
            stated.put("high", range ? amount.high().multiply(sign) : null);
            stated.put("unit", amount.unit());
            stated.put("qualifier", amount.qualifier());
        }
        stated.put("status", draft.status);
        if (growth != null) {
            stated.put(growthRange ? "growthLow" : "growth", growth.value().multiply(growthSign));
            stated.put("growthHigh", growthRange ? growth.high().multiply(growthSign) : null);
            stated.put("growthQualifier", growth.qualifier());
            stated.put("growthBasis", draft.basis);
            stated.put("growthMultiple", growth.multiple() != null && draft.growthSign > 0 ? growth.multiple() : null);
        }
        if (draft.secondGrowth != null && draft.secondGrowth.high() == null) {
            stated.put("secondGrowth", draft.secondGrowth.value().multiply(BigDecimal.valueOf(draft.secondGrowthSign)));
            stated.put("secondGrowthBasis", draft.secondBasis);
        }
        stated.put("rank", draft.rank);
        stated.put("rankOf", draft.rankOf);
        stated.put("rankWithin", draft.rankWithin);
        stated.put("scope", draft.scope);
        if (draft.share != null) {
            stated.put("share", draft.share.value());
            stated.put("shareQualifier", draft.share.qualifier());
        }
        stated.put("planPercent", draft.planPercent);
        stated.put("quote", quote);
        return FigureColumns.of(stated);
    }

    /** Markets a sentence names without any number: stated, but not a figure to guess. */
    private static void mentions(String sentence, String folded, List<Match> words, int paragraph,
            List<Unresolved> unresolved) {
        boolean aboutTrade = folded.contains("thi truong") || words.stream().anyMatch(m -> m.kind().equals("flow"));
        if (!aboutTrade || words.stream().anyMatch(m -> m.kind().equals("nontrade"))) {
            return;
        }
        for (Match market : words.stream().filter(m -> m.kind().equals("market")).toList()) {
            unresolved.add(new Unresolved(paragraph, sentence.substring(market.start(), market.end()),
                    "a market named without a value (" + market.value() + ")"));
        }
    }

    private static List<Match> between(List<Match> words, int from, int to) {
        return words.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    private static Match last(List<Match> words, Predicate<Match> test) {
        return words.stream().filter(test).reduce((a, b) -> b).orElse(null);
    }

    private static Match first(List<Match> words, Predicate<Match> test) {
        return words.stream().filter(test).findFirst().orElse(null);
    }

    private static void evidence(Draft draft, String field, String sentence, Match match) {
        evidence(draft, field, sentence.substring(match.start(), match.end()));
    }

    private static void evidence(Draft draft, String field, String words) {
        draft.evidence.removeIf(e -> e.field().equals(field));
        draft.evidence.add(new Evidence(field, Objects.requireNonNull(words)));
    }
}

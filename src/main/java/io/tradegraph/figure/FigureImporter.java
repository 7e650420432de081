package io.tradegraph.figure;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVRecord;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.commodity.CommodityEntity;
import io.tradegraph.commodity.CommodityRepository;
import io.tradegraph.market.MarketEntity;
import io.tradegraph.market.MarketRepository;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.period.PeriodCode;
import io.tradegraph.period.PeriodEntity;
import io.tradegraph.period.PeriodRepository;
import io.tradegraph.persistence.CsvFile;
import io.tradegraph.province.AreaEntity;
import io.tradegraph.province.AreaRepository;
import io.tradegraph.source.SourceEntity;
import io.tradegraph.source.SourceRepository;

/**
 * Reads figures from the CSV layout of {@code data/figures.csv} (one figure a row) and stores those not stored
 * yet, recognised by their code. Periods named by a row are created from their code; areas, commodities, markets
 * and sources must exist.
 */
@ApplicationScoped
public class FigureImporter {

    private final FigureRepository figures;
    private final PeriodRepository periods;
    private final AreaRepository areas;
    private final CommodityRepository commodities;
    private final MarketRepository markets;
    private final SourceRepository sources;

    public FigureImporter(FigureRepository figures, PeriodRepository periods, AreaRepository areas,
            CommodityRepository commodities, MarketRepository markets, SourceRepository sources) {
        this.figures = figures;
        this.periods = periods;
        this.areas = areas;
        this.commodities = commodities;
        this.markets = markets;
        this.sources = sources;
    }

    /** A row of the data file, with amounts already in whole units. */
    public record Row(String code, String source, int paragraph, String area, String period, Flow flow,
            String commodity, String market, BigDecimal amount, BigDecimal low, BigDecimal high, BigDecimal precision,
            MeasureUnit unit,
            Qualifier qualifier, Status status, BigDecimal growth, BigDecimal growthLow, BigDecimal growthHigh,
            Qualifier growthQualifier, GrowthBasis growthBasis, Integer rank, BigDecimal share,
            Qualifier shareQualifier, String quote, String note) {
    }

    public static List<Row> read(Reader csv) {
        return CsvFile.read(csv, FigureImporter::row);
    }

    /** Must run inside a transaction; returns the number of figures added. */
    public Uni<Integer> importMissing(List<Row> rows) {
        Set<String> codes = rows.stream().map(Row::code).collect(Collectors.toSet());
        return figures.existingCodes(codes).flatMap(existing -> {
            Set<String> known = new HashSet<>(existing);
            List<Row> missing = rows.stream().filter(r -> !known.contains(r.code())).toList();
            if (missing.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return ensurePeriods(missing).flatMap(periodsByCode -> references(missing).flatMap(refs -> persistAll(
                    missing.stream().map(row -> entity(row, periodsByCode, refs)).toList())))
                    .replaceWith(missing.size());
        });
    }

    private Uni<Map<String, PeriodEntity>> ensurePeriods(List<Row> rows) {
        Set<String> codes = rows.stream().map(Row::period).collect(Collectors.toSet());
        return periods.findByCodes(codes).flatMap(existing -> {
            Map<String, PeriodEntity> byCode = existing.stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
            List<PeriodEntity> created = codes.stream().filter(c -> !byCode.containsKey(c)).map(PeriodCode::parse).toList();
            created.forEach(p -> byCode.put(p.code, p));
            return persistAll(created).replaceWith(byCode);
        });
    }

    private static Uni<Void> persistAll(List<?> entities) {
        return Panache.getSession().chain(session -> session.persistAll(entities.toArray()));
    }

    private record References(Map<String, AreaEntity> areas, Map<String, CommodityEntity> commodities,
            Map<String, MarketEntity> markets, Map<String, SourceEntity> sources) {
    }

    private Uni<References> references(List<Row> rows) {
        return areas.findByCodes(codes(rows, Row::area)).flatMap(a -> commodities.findByCodes(codes(rows, Row::commodity))
                .flatMap(c -> markets.list("code in ?1", codes(rows, Row::market))
                        .flatMap(m -> sources.list("code in ?1", codes(rows, Row::source))
                                .map(s -> new References(
                                        a.stream().collect(Collectors.toMap(x -> x.code, Function.identity())),
                                        c.stream().collect(Collectors.toMap(x -> x.code, Function.identity())),
                                        m.stream().collect(Collectors.toMap(x -> x.code, Function.identity())),
                                        s.stream().collect(Collectors.toMap(x -> x.code, Function.identity())))))));
    }

    private static Set<String> codes(List<Row> rows, Function<Row, String> code) {
        Set<String> codes = rows.stream().map(code).filter(c -> c != null).collect(Collectors.toSet());
        // "in ()" is not valid SQL; a code no row can have keeps the statement well-formed.
        return codes.isEmpty() ? Set.of("") : codes;
    }

    private static FigureEntity entity(Row row, Map<String, PeriodEntity> periods, References refs) {
        FigureEntity f = new FigureEntity();
        f.code = row.code();
        f.area = required(refs.areas(), row.area(), "area", row);
        f.period = periods.get(row.period());
        f.flow = row.flow();
        f.commodity = row.commodity() == null ? null : required(refs.commodities(), row.commodity(), "commodity", row);
        f.market = row.market() == null ? null : required(refs.markets(), row.market(), "market", row);
        f.amount = row.amount();
        f.amountLow = row.low();
        f.amountHigh = row.high();
        f.amountPrecision = row.precision();
        f.unit = row.unit();
        f.qualifier = row.qualifier();
        f.status = row.status();
        f.growthPct = row.growth();
        f.growthLow = row.growthLow();
        f.growthHigh = row.growthHigh();
        f.growthQualifier = row.growthQualifier();
        f.growthBasis = row.growthBasis();
        f.rank = row.rank();
        f.sharePct = row.share();
        f.shareQualifier = row.shareQualifier();
        f.source = required(refs.sources(), row.source(), "source", row);
        f.paragraph = row.paragraph();
        f.quote = row.quote();
        f.note = row.note();
        return f;
    }

    private static <E> E required(Map<String, E> byCode, String code, String kind, Row row) {
        E entity = byCode.get(code);
        if (entity == null) {
            throw new IllegalArgumentException("Figure " + row.code() + " names an unknown " + kind + " '" + code + "'");
        }
        return entity;
    }

    private static Row row(CSVRecord r) {
        try {
            BigDecimal scale = magnitude(CsvFile.text(r, "magnitude"));
            BigDecimal amount = decimal(r, "amount");
            BigDecimal low = decimal(r, "low");
            BigDecimal growth = decimal(r, "growth");
            BigDecimal growthLow = decimal(r, "growth_low");
            String growthBasis = CsvFile.text(r, "growth_basis");
            return new Row(r.get("code"), r.get("source"), Integer.parseInt(r.get("paragraph")), r.get("area"),
                    r.get("period"), Flow.valueOf(r.get("flow")), CsvFile.text(r, "commodity"), CsvFile.text(r, "market"),
                    scaled(amount, scale), scaled(low, scale), scaled(decimal(r, "high"), scale),
                    precision(amount != null ? amount : low, scale),
                    enumOrNull(MeasureUnit.class, CsvFile.text(r, "unit")), qualifier(r, "qualifier"), Status.valueOf(r.get("status")),
                    growth, growthLow, decimal(r, "growth_high"), qualifier(r, "growth_qualifier"),
                    growthBasis != null ? GrowthBasis.valueOf(growthBasis)
                            : growth != null || growthLow != null ? GrowthBasis.YEAR_ON_YEAR : null,
                    CsvFile.text(r, "rank") == null ? null : Integer.valueOf(r.get("rank")), decimal(r, "share"),
                    qualifier(r, "share_qualifier"), r.get("quote"), CsvFile.text(r, "note"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Line " + r.getRecordNumber() + " of the figures file: " + e.getMessage(), e);
        }
    }

    private static BigDecimal decimal(CSVRecord r, String column) {
        String value = CsvFile.text(r, column);
        return value == null ? null : new BigDecimal(value);
    }

    private static Qualifier qualifier(CSVRecord r, String column) {
        String value = CsvFile.text(r, column);
        return value == null ? Qualifier.EXACT : Qualifier.valueOf(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static BigDecimal magnitude(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word) {
            case "thousand" -> BigDecimal.TEN.pow(3);
            case "million" -> BigDecimal.TEN.pow(6);
            case "billion" -> BigDecimal.TEN.pow(9);
            default -> throw new IllegalArgumentException("unknown magnitude '" + word + "'");
        };
    }

    /** The unit of the last digit written: 34.5 billion was written to the nearest 100000000. */
    private static BigDecimal precision(BigDecimal written, BigDecimal magnitude) {
        return written == null ? null : scaled(BigDecimal.ONE.scaleByPowerOfTen(-written.scale()), magnitude);
    }

    /** 34.5 billion becomes 34500000000 exactly, written without an exponent. */
    private static BigDecimal scaled(BigDecimal value, BigDecimal magnitude) {
        if (value == null) {
            return null;
        }
        BigDecimal whole = value.multiply(magnitude).stripTrailingZeros();
        return whole.scale() < 0 ? whole.setScale(0) : whole;
    }
}

package io.tradegraph.figure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.tradegraph.commodity.CommodityEntity;
import io.tradegraph.market.MarketEntity;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.period.PeriodEntity;
import io.tradegraph.province.AreaEntity;
import io.tradegraph.source.SourceEntity;

/** One statement of an article about trade: a value, a growth, a rank or a share, with where it was said. */
@Entity
@Table(name = "figure")
public class FigureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_code")
    public AreaEntity area;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_code")
    public PeriodEntity period;

    @Enumerated(EnumType.STRING)
    public Flow flow;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commodity_code")
    public CommodityEntity commodity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "market_code")
    public MarketEntity market;

    public BigDecimal amount;

    public BigDecimal amountLow;

    public BigDecimal amountHigh;

    public BigDecimal amountPrecision;

    @Enumerated(EnumType.STRING)
    public MeasureUnit unit;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    @Enumerated(EnumType.STRING)
    public Status status;

    public BigDecimal growthPct;

    public BigDecimal growthLow;

    public BigDecimal growthHigh;

    @Enumerated(EnumType.STRING)
    public Qualifier growthQualifier;

    @Enumerated(EnumType.STRING)
    public GrowthBasis growthBasis;

    public Integer rank;

    public BigDecimal sharePct;

    @Enumerated(EnumType.STRING)
    public Qualifier shareQualifier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_code")
    public SourceEntity source;

    public int paragraph;

    public String quote;

    public String note;

    /** Names a market or commodity without a value. */
    public boolean mention;

    /** 1 as first recorded; each revision is a new row with the next number. */
    public int revision = 1;

    /** Set by PostgreSQL: the time of the transaction that recorded it, which supersedes its predecessor then too. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** When a later revision replaced it; null while it is in force. Set by the importer's guarded update only. */
    @Column(insertable = false)
    public OffsetDateTime supersededAt;

    /** The editor's token subject, or 'seed'. */
    public String recordedBy;

    /** Why it was revised or retracted; null for a first revision. */
    public String reason;

    /** A retraction: the values no longer stand. */
    public boolean retracted;
}

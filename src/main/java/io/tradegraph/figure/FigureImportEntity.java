package io.tradegraph.figure;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An import run under an idempotency key, with a digest of its rows and what it reported. */
@Entity
@Table(name = "figure_import")
public class FigureImportEntity {

    @Id
    public String idempotencyKey;

    public String digest;

    /** The report as JSON. */
    public String report;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    public String recordedBy;
}

package io.tradegraph.reference;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The nation or a province, with the validity that the 1 July 2025 mergers gave it. */
@Entity
@Table(name = "area")
public class AreaEntity {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public AreaLevel level;

    public String name;

    public String nameAscii;

    @Enumerated(EnumType.STRING)
    public Region region;

    public String isoCode;

    public String nationalCode;

    public LocalDate validFrom;

    public LocalDate validTo;

    public String successorCode;
}

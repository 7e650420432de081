package io.tradegraph.reference;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "period")
public class PeriodEntity {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public PeriodKind kind;

    public LocalDate firstDay;

    public LocalDate lastDay;

    public String label;
}

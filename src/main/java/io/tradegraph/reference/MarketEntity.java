package io.tradegraph.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "market")
public class MarketEntity {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public MarketKind kind;

    public String nameVi;

    public String nameEn;

    public String isoCode;
}

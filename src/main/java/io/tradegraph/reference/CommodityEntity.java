package io.tradegraph.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "commodity")
public class CommodityEntity {

    @Id
    public String code;

    public String nameVi;

    public String nameEn;

    public String parentCode;
}

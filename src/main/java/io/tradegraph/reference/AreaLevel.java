package io.tradegraph.reference;

import org.eclipse.microprofile.graphql.Description;

@Description("Administrative level of an area.")
public enum AreaLevel {
    @Description("The whole country (cả nước).")
    NATION,
    @Description("A province (tỉnh).")
    PROVINCE,
    @Description("A centrally-run city (thành phố trực thuộc trung ương), such as Hà Nội or Hồ Chí Minh City.")
    MUNICIPALITY
}

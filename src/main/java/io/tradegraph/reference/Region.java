package io.tradegraph.reference;

import org.eclipse.microprofile.graphql.Description;

@Description("Socio-economic region of the General Statistics Office. A unit created on 1 July 2025 belongs to the "
        + "region of the member whose name it kept.")
public enum Region {
    @Description("Trung du và miền núi phía Bắc")
    NORTHERN_MIDLANDS_AND_MOUNTAINS,
    @Description("Đồng bằng sông Hồng")
    RED_RIVER_DELTA,
    @Description("Bắc Trung Bộ và Duyên hải miền Trung")
    NORTH_AND_SOUTH_CENTRAL_COAST,
    @Description("Tây Nguyên")
    CENTRAL_HIGHLANDS,
    @Description("Đông Nam Bộ")
    SOUTHEAST,
    @Description("Đồng bằng sông Cửu Long")
    MEKONG_RIVER_DELTA
}

package io.tradegraph.measure;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of statement a figure is.")
public enum Status {
    @Description("'ước đạt': a provisional estimate of an outturn.")
    ESTIMATE,
    @Description("'đạt': a reported outturn.")
    REPORTED,
    @Description("'kế hoạch': a plan for a future period.")
    PLAN,
    @Description("'chỉ tiêu', 'phấn đấu', 'mục tiêu': a target for a future period.")
    TARGET;

    /** Outturns describe what happened; plans and targets only what was aimed at. */
    public boolean isOutturn() {
        return this == ESTIMATE || this == REPORTED;
    }

    /** The less final of two statuses (a value built on an estimate is an estimate); the other when one is null. */
    public static Status weaker(Status one, Status other) {
        return one == null || other != null && other.weakness() > one.weakness() ? other : one;
    }

    private int weakness() {
        return switch (this) {
            case REPORTED -> 0;
            case ESTIMATE -> 1;
            case PLAN -> 2;
            case TARGET -> 3;
        };
    }
}

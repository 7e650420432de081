package io.tradegraph.trade;

import java.util.List;
import java.util.Optional;

import io.tradegraph.balance.Derived;
import io.tradegraph.balance.TradeArithmetic;
import io.tradegraph.figure.Figure;
import io.tradegraph.trade.Target.Attainment;

/** The plans and targets of a scope, made absolute from the year before and compared with the outturn. */
final class Targets {

    private Targets() {
    }

    static List<Target> of(List<Figure> scope, Optional<List<Figure>> yearBefore) {
        return scope.stream().filter(f -> !f.status().isOutturn()).map(target -> {
            Optional<Figure> base = yearBefore.flatMap(before -> TradeArithmetic.headline(before, target.flow()));
            Optional<Figure> outturn = TradeArithmetic.headline(scope, target.flow());
            Derived range = TradeArithmetic.targetRange(target, base);
            Attainment attainment = TradeArithmetic.attainment(range, outturn)
                    .map(position -> position > 0 ? Attainment.ABOVE : position < 0 ? Attainment.BELOW : Attainment.ON_TRACK)
                    .orElse(Attainment.UNKNOWN);
            return new Target(target, base.orElse(null), range, outturn.orElse(null), attainment,
                    TradeArithmetic.percentOfTarget(target, outturn, scope));
        }).toList();
    }
}

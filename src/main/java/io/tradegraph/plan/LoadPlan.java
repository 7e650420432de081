package io.tradegraph.plan;

import java.util.EnumSet;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.tradegraph.core.Loads.Need;
import io.tradegraph.figure.FigureRepository.Columns;
import io.tradegraph.figure.FigureRepository.Scopes;

/**
 * What a periods query loads, from what the fields it selects declare ({@link FieldNeeds}): the nation's figures
 * (for shares and checks of a province-period), a year more (for growth and targets), every kind of period (for
 * checking months against years to date), which scopes of figures, and whether their comparisons and their words.
 */
public record LoadPlan(boolean nation, boolean yearBefore, boolean everyKind, Scopes scopes, Columns columns) {

    public static final String PROVINCE_PERIOD = "ProvincePeriod";

    public static LoadPlan of(FieldNeeds fieldNeeds, DataFetchingFieldSelectionSet selection) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        boolean nation = false;
        for (SelectedField field : selection.getFields()) {
            for (String type : field.getObjectTypeNames()) {
                Set<Need> declared = fieldNeeds.of(type, field.getName());
                if (declared == null) {
                    // A catalog record's field, or __typename: nothing to load.
                    continue;
                }
                needs.addAll(declared);
                nation |= declared.contains(Need.WHOLE) && type.equals(PROVINCE_PERIOD);
            }
        }
        Scopes scopes = needs.contains(Need.MARKET_FIGURES) ? Scopes.ALL
                : needs.contains(Need.COMMODITY_FIGURES) ? Scopes.TOTALS_AND_COMMODITIES : Scopes.TOTALS;
        return new LoadPlan(nation, needs.contains(Need.YEAR_BEFORE), needs.contains(Need.EVERY_KIND), scopes,
                Columns.of(needs.contains(Need.FIGURE_COMPARISONS), needs.contains(Need.FIGURE_TEXT)));
    }
}

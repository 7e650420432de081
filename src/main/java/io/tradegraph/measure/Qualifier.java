package io.tradegraph.measure;

import org.eclipse.microprofile.graphql.Description;

@Description("How a number is qualified in the article's words.")
public enum Qualifier {
    @Description("Stated plainly.")
    EXACT,
    @Description("'khoảng': about, either side.")
    ABOUT,
    @Description("'gần': nearly, a bit below.")
    NEARLY,
    @Description("'hơn', 'trên': more than.")
    MORE_THAN
}

package io.tradegraph.persistence;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** The where clause of a query from the arguments a client gave: an argument left out adds no condition. */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds the condition when the value is given; a condition without a parameter passes a null name. */
    public Conditions and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add("(" + condition + ")");
            if (name != null) {
                parameters.and(name, value);
            }
        }
        return this;
    }

    /** {@code " where a and b"}, or nothing when no argument was given. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}

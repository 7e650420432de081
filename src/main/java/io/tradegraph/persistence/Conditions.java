package io.tradegraph.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * The where clause of a query from the arguments a client gave: an argument left out adds no condition. Written
 * with {@code ?} for the argument, it renders with PostgreSQL's positional parameters ({@code $1}).
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /**
     * Adds the condition when the value is given. Each {@code ?} in the condition stands for the value; a
     * condition without one only needs the value to be non-null.
     */
    public Conditions and(String condition, Object value) {
        if (value != null) {
            if (condition.indexOf('?') >= 0) {
                parameters.add(value);
            }
            conditions.add("(" + condition + ")");
        }
        return this;
    }

    /** {@code " where a and b"} in PostgreSQL's SQL, or nothing when no argument was given. */
    public String sqlWhere() {
        List<String> rendered = new ArrayList<>();
        int position = 0;
        for (String condition : conditions) {
            if (condition.indexOf('?') >= 0) {
                position++;
            }
            rendered.add(condition.replace("?", "$" + position));
        }
        return rendered.isEmpty() ? "" : " where " + String.join(" and ", rendered);
    }

    /** The values of the parameters, in the order of their positions. */
    public List<Object> parameters() {
        return List.copyOf(parameters);
    }
}

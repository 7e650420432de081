package io.tradegraph.figure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tradegraph.figure.Column.Bound;
import io.tradegraph.figure.Column.Group;
import io.tradegraph.measure.Bounds;
import io.tradegraph.measure.Qualifier;
import io.vertx.sqlclient.data.Numeric;

/**
 * Everything derived from {@link FigureInput}'s fields, read once: the table's columns and the SQL that reads and
 * writes them, a stored row as the values it states, the CSV's header and cells, the bounds of every field and
 * whether two statements are the same. A field added there is read, written, exported, imported and bounded here
 * without another edit.
 */
@RegisterForReflection(targets = FigureInput.class)
public final class FigureColumns {

    /** One field of the description. */
    public record Field(int index, String name, String column, String csv, Class<?> type, Bound bound, Group group,
            String references, boolean required, MethodHandle accessor, List<?> constants) {

        /** Where the article says it, in which words: kept as written. */
        public boolean provenance() {
            return group == Group.PROVENANCE;
        }

        /** The field's value in a statement. */
        public Object of(FigureInput figure) {
            try {
                return accessor.invoke(figure);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * How it is read: an enumeration as its position among the constants (a smallint, which the driver hands over
         * as a cached {@code Short}) rather than its name (a string decoded for every row: four of them in each of a
         * dashboard's thousands of rows), and an amount as a bigint rather than a numeric.
         */
        String select(String alias) {
            if (bound == Bound.AMOUNT) {
                // Whole numbers of at most 18 digits (V11 holds every row to it): a bigint arrives as 8 bytes, where
                // a numeric arrives as text that is parsed into a number, a seventh of what a dashboard allocated.
                return "cast(" + alias + column + " as int8) as " + column;
            }
            if (!type.isEnum()) {
                return alias + column;
            }
            String names = constants.stream().map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(","));
            return "cast(array_position('{" + names + "}'::text[], " + alias + column + ") - 1 as smallint) as " + column;
        }

        /**
         * How a read of figures for the catalog's records takes it: a reference by its record's key (an integer,
         * which the driver hands over without making a string), anything else as {@link #select} reads it.
         */
        String selectKey(String alias) {
            return references == null ? select(alias) : alias + references + "_id";
        }

        /** Its SQL type, as {@code jsonb_to_recordset} declares it. */
        String sqlType() {
            if (type == BigDecimal.class) {
                return "numeric";
            }
            if (type == Integer.class || type == int.class) {
                return "integer";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "boolean";
            }
            return "text";
        }
    }

    /** Every field, in the order of the record's components. */
    public static final List<Field> ALL;
    private static final MethodHandle CONSTRUCTOR;

    static {
        RecordComponent[] components = FigureInput.class.getRecordComponents();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        List<Field> fields = new ArrayList<>();
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                Column column = component.getAnnotation(Column.class);
                String snake = snakeCase(component.getName());
                fields.add(new Field(i, component.getName(), column == null || column.value().isEmpty() ? snake : column.value(),
                        snake, component.getType(), bound(column, component.getType()), column == null ? Group.STATEMENT : column.group(),
                        column == null || column.references().isEmpty() ? null : column.references(),
                        // MicroProfile's @NonNull cannot sit on a record component: javac keeps it on the accessor.
                        component.getAccessor().isAnnotationPresent(NonNull.class), lookup.unreflect(component.getAccessor()),
                        component.getType().isEnum() ? List.of(component.getType().getEnumConstants()) : List.of()));
            }
            CONSTRUCTOR = lookup.findConstructor(FigureInput.class, MethodType.methodType(void.class,
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)))
                    .asSpreader(Object[].class, components.length);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        ALL = List.copyOf(fields);
        for (Field field : ALL) {
            if (!fits(field.bound(), field.type())) {
                throw new ExceptionInInitializerError("FigureInput." + field.name() + " is a " + field.type().getSimpleName()
                        + ": it cannot be bounded as " + field.bound());
            }
        }
    }

    /** Whether a bound applies to values of a type: checked at start, so that no bound meets a value of another. */
    private static boolean fits(Bound bound, Class<?> type) {
        return switch (bound) {
            case CODE, QUOTE, NOTE -> type == String.class;
            case AMOUNT, GROWTH, SHARE, PERCENT, MULTIPLE -> type == BigDecimal.class;
            case COUNT -> type == Integer.class || type == int.class;
            case NONE, BY_TYPE -> type.isEnum() || type == Boolean.class || type == boolean.class;
        };
    }

    private FigureColumns() {
    }

    /** The field of this name. */
    public static Field field(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("FigureInput has no field " + name));
    }

    /** The fields of a group. */
    public static List<Field> fields(Group group) {
        return ALL.stream().filter(f -> f.group() == group).toList();
    }

    /** The columns of these fields, for a select list, as {@link Field#select} reads them. */
    static String selectList(List<Field> fields, String alias) {
        return fields.stream().map(f -> f.select(alias)).collect(Collectors.joining(", "));
    }

    /** The columns of every field, then the keys of the references, for an insert. */
    static String columnList() {
        return Stream.concat(ALL.stream().map(Field::column), references().map(f -> f.references() + "_id"))
                .collect(Collectors.joining(", "));
    }

    /**
     * What {@link #columnList()} inserts, from the records of {@code jsonb_to_recordset(...) as r(...)} joined with
     * each reference table ({@link #referenceJoins}): every field, then the keys of the codes it names.
     */
    static String insertedValues() {
        return Stream.concat(ALL.stream().map(f -> "r." + f.column()), references().map(f -> f.references() + ".id"))
                .collect(Collectors.joining(", "));
    }

    /** Each reference table joined by code with the records {@code r}: set-based, a hash table each for a large insert. */
    static String referenceJoins() {
        return references().map(f -> " left join " + f.references() + " on " + f.references() + ".code = r." + f.column())
                .collect(Collectors.joining());
    }

    private static Stream<Field> references() {
        return ALL.stream().filter(f -> f.references() != null);
    }

    /** The columns of every field with their types, for {@code jsonb_to_recordset(...) as r(...)}. */
    static String recordType() {
        return ALL.stream().map(f -> f.column() + " " + f.sqlType()).collect(Collectors.joining(", "));
    }

    /**
     * The values of a stored row's fields, by field, as PostgreSQL's driver or Hibernate gives them and converted to
     * the fields' types (a number from the driver's {@code Long} or {@code Numeric}, an enumeration from its position or its name, a missing
     * qualifier as EXACT, a missing count as 0). One is filled again for every row of a read, so that mapping rows
     * allocates nothing of its own: a dashboard reads thousands.
     */
    public static final class Values {
        private final Object[] values = new Object[ALL.size()];

        /** Sets a field's value from a column as read. */
        public Values set(Field field, Object raw) {
            values[field.index()] = convert(field, raw);
            return this;
        }

        /** A field's value. */
        public Object get(Field field) {
            return values[field.index()];
        }

        /** The statement these values make. */
        public FigureInput statement() {
            return construct(values.clone());
        }
    }

    /**
     * A statement from the fields named, by their names; every other field null (unknown). For code that states a
     * figure field by field (the extractor), so that a field added to the description is simply not stated there.
     */
    public static FigureInput of(Map<String, ?> named) {
        Object[] arguments = new Object[ALL.size()];
        named.forEach((name, value) -> arguments[field(name).index()] = checked(field(name), value));
        for (Field field : ALL) {
            if (arguments[field.index()] == null && field.type().isPrimitive()) {
                arguments[field.index()] = field.type() == int.class ? 0 : false;
            }
        }
        return construct(arguments);
    }

    /** The statement with one field changed. */
    public static FigureInput with(FigureInput figure, String name, Object value) {
        Object[] arguments = new Object[ALL.size()];
        for (Field field : ALL) {
            arguments[field.index()] = field.of(figure);
        }
        arguments[field(name).index()] = checked(field(name), value);
        return construct(arguments);
    }

    /** A value for a field, refused where it is not of the field's type. */
    private static Object checked(Field field, Object value) {
        Class<?> type = field.type().isPrimitive() ? (field.type() == int.class ? Integer.class : Boolean.class) : field.type();
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("FigureInput." + field.name() + " is a " + type.getSimpleName() + ", not a "
                    + value.getClass().getSimpleName());
        }
        return value;
    }

    /** A statement from the values of its fields, converted already. */
    public static FigureInput construct(Object[] arguments) {
        try {
            return (FigureInput) CONSTRUCTOR.invoke(arguments);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static Object convert(Field field, Object value) {
        Class<?> type = field.type();
        if (value == null) {
            if (type == Qualifier.class) {
                return Qualifier.EXACT;
            }
            return type == int.class ? 0 : type == boolean.class ? false : null;
        }
        if (type == BigDecimal.class) {
            return value instanceof Long whole ? BigDecimal.valueOf(whole)
                    : value instanceof Numeric numeric ? numeric.bigDecimalValue() : (BigDecimal) value;
        }
        if (type.isEnum()) {
            return value instanceof Number position ? field.constants().get(position.intValue())
                    : Enum.valueOf((Class<? extends Enum>) type, value.toString());
        }
        if (type == int.class || type == Integer.class) {
            return ((Number) value).intValue();
        }
        return value;
    }

    /** Whether two statements say the same: numbers compared by value (34.5E9 is 34500000000). */
    public static boolean same(FigureInput a, FigureInput b) {
        for (Field field : ALL) {
            Object x = field.of(a);
            Object y = field.of(b);
            boolean same = x instanceof BigDecimal bx && y instanceof BigDecimal by ? bx.compareTo(by) == 0 : Objects.equals(x, y);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports each field out of its bounds, in the order of the fields, without computing anything from it: a
     * required field left out is empty, a number too large or too precise, a text too long or with characters that
     * display otherwise than they read.
     */
    static void unbounded(FigureInput figure, BiConsumer<String, String> report) {
        for (Field field : ALL) {
            Object value = field.of(figure);
            if (value == null) {
                if (field.required()) {
                    report.accept(field.name(), "is empty");
                }
                continue;
            }
            String reason = switch (field.bound()) {
                case CODE -> Bounds.text((String) value, FigureRules.CODE_LENGTH, false);
                case QUOTE -> Bounds.text((String) value, FigureRules.QUOTE_LENGTH, false);
                case NOTE -> Bounds.text((String) value, FigureRules.NOTE_LENGTH, true);
                case AMOUNT -> Bounds.amount((BigDecimal) value);
                case GROWTH -> Bounds.percent((BigDecimal) value, Bounds.GROWTH_MIN, Bounds.GROWTH_MAX);
                case SHARE -> Bounds.percent((BigDecimal) value, BigDecimal.ZERO, FigureRules.HUNDRED);
                case PERCENT -> Bounds.percent((BigDecimal) value, BigDecimal.ZERO, Bounds.GROWTH_MAX);
                case MULTIPLE -> ((BigDecimal) value).signum() <= 0 ? "is a multiple, above 0"
                        : Bounds.percent((BigDecimal) value, BigDecimal.ZERO, FigureRules.MULTIPLE);
                case COUNT -> ((Integer) value) < 1 || ((Integer) value) > FigureRules.COUNT
                        ? "counts from 1 to " + FigureRules.COUNT : null;
                case NONE, BY_TYPE -> null;
            };
            if (reason != null) {
                report.accept(field.name(), reason);
            }
        }
    }

    private static Bound bound(Column column, Class<?> type) {
        if (column != null && column.bound() != Bound.BY_TYPE) {
            return column.bound();
        }
        if (type == String.class) {
            return Bound.CODE;
        }
        if (type == BigDecimal.class) {
            return Bound.AMOUNT;
        }
        if (type == Integer.class || type == int.class) {
            return Bound.COUNT;
        }
        return Bound.NONE;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}

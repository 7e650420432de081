package io.tradegraph.plan;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import io.tradegraph.core.Loads.Need;
import io.tradegraph.core.Loads;
import io.tradegraph.reference.Commodity;
import io.tradegraph.reference.Market;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.Scope;

/**
 * The {@link Loads} declarations of every GraphQL field at or below a province-period, by type and field name
 * ({@code "ProvincePeriod.exportShare"}), read once from the classes that define the fields: their getters, record
 * components and {@code @Source} resolvers. A field without a declaration stops the service at start, so that a new
 * field cannot silently be computed from figures nobody loaded.
 * <p>
 * The resolvers live at the edge ({@code graphql/}), which names its classes here ({@link #declaredBy}): the planner
 * reads their declarations without depending on them.
 */
public final class FieldNeeds {

    /** Records of the catalog, held in memory: their fields need nothing from the figures. */
    public static final Set<Class<?>> CATALOG_RECORDS = Set.of(Province.class, Period.class, Commodity.class, Market.class,
            Scope.class, io.tradegraph.reference.Source.class);

    private final Map<String, Set<Need>> declared;

    private FieldNeeds(Map<String, Set<Need>> declared) {
        this.declared = declared;
    }

    /**
     * The declarations of the fields of a type and of every type below it, with the resolvers of the given API
     * classes; fails if a field declares nothing.
     */
    public static FieldNeeds declaredBy(Class<?> root, Class<?>... apis) {
        return new FieldNeeds(declarations(root, apis));
    }

    /** What a field declares, or null for a field of a catalog record (or none known). */
    public Set<Need> of(String typeName, String fieldName) {
        return declared.get(typeName + "." + fieldName);
    }

    /** Every declaration, by "Type.field". */
    public Map<String, Set<Need>> all() {
        return declared;
    }

    private static Map<String, Set<Need>> declarations(Class<?> root, Class<?>... apis) {
        Map<String, Set<Need>> found = new TreeMap<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : fieldMethods(type)) {
                found.put(typeName(type) + "." + fieldName(method), declared(method, type));
                pending.addAll(outputTypes(method.getGenericReturnType()));
            }
            for (Method resolver : Arrays.stream(apis).flatMap(api -> Arrays.stream(api.getMethods())).toList()) {
                Parameter source = Arrays.stream(resolver.getParameters()).filter(p -> p.isAnnotationPresent(Source.class))
                        .findFirst().orElse(null);
                if (source != null && sourceType(source).isAssignableFrom(type) && sourceType(source) != Object.class) {
                    found.put(typeName(type) + "." + fieldName(resolver), declared(resolver, type));
                    pending.addAll(outputTypes(resolver.getGenericReturnType()));
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /** The type a resolver is a field of: its source's, or the element type of a batched {@code @Source List}. */
    private static Class<?> sourceType(Parameter source) {
        if (List.class.isAssignableFrom(source.getType())
                && source.getParameterizedType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return source.getType();
    }

    /** A record's components and a class's public getters (a record's too, such as its id), as GraphQL sees them. */
    private static List<Method> fieldMethods(Class<?> type) {
        List<Method> getters = Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getDeclaringClass().getName().startsWith("io.tradegraph.")
                        && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                .toList();
        if (!type.isRecord()) {
            return getters;
        }
        return Stream.concat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor),
                getters.stream()).toList();
    }

    private static Set<Need> declared(Method method, Class<?> owner) {
        Loads loads = method.getAnnotation(Loads.class);
        if (loads == null) {
            loads = owner.getAnnotation(Loads.class);
        }
        if (loads == null) {
            loads = method.getDeclaringClass().getAnnotation(Loads.class);
        }
        if (loads == null) {
            throw new IllegalStateException("The GraphQL field " + typeName(owner) + "." + fieldName(method)
                    + " declares no @Loads: say what it needs loaded, @Loads({}) for nothing beyond its scope");
        }
        return loads.value().length == 0 ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(loads.value())));
    }

    /** The classes of ours a field's value holds, whose own fields are walked next. */
    private static List<Class<?>> outputTypes(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).flatMap(t -> outputTypes(t).stream()).toList();
        }
        if (type instanceof Class<?> cls && cls.getName().startsWith("io.tradegraph.") && !cls.isEnum()
                && !CATALOG_RECORDS.contains(cls)) {
            return List.of(cls);
        }
        return List.of();
    }

    public static String typeName(Class<?> type) {
        Name name = type.getAnnotation(Name.class);
        return name != null ? name.value() : type.getSimpleName();
    }

    private static String fieldName(Method method) {
        Name name = method.getAnnotation(Name.class);
        if (name != null) {
            return name.value();
        }
        String methodName = method.getName();
        if (isAccessor(method)) {
            return methodName;
        }
        if (methodName.startsWith("get") && methodName.length() > 3) {
            return decapitalize(methodName.substring(3));
        }
        if (methodName.startsWith("is") && methodName.length() > 2) {
            return decapitalize(methodName.substring(2));
        }
        return methodName;
    }

    private static boolean isAccessor(Method method) {
        return method.getDeclaringClass().isRecord() && Arrays.stream(method.getDeclaringClass().getRecordComponents())
                .anyMatch(component -> component.getAccessor().equals(method));
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

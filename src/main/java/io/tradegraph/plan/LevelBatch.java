package io.tradegraph.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * Batches the calls of a resolver that takes arguments: graphql-java collects them while it resolves one level of
 * the query and dispatches them together, and the batch is loaded with one load per distinct set of arguments.
 * <p>
 * Why not SmallRye's {@code @Source List} batching: it hands the whole batch the arguments of its first call and
 * caches results by source alone, so two aliases of a field with different arguments (say
 * {@code periods(kind: YEAR)} and {@code periods(kind: MONTH)}) would silently receive each other's answers. Here
 * the key is the source and its arguments together, in the request's own DataLoader registry.
 *
 * @param <K> what each call is about, e.g. a province
 * @param <A> the call's arguments, compared with {@code equals}
 * @param <V> what each call answers
 */
public final class LevelBatch<K, A, V> {

    private record Call<K, A>(K key, A arguments) {
    }

    private final String name;
    /** Loads the answers for some keys, in the order of the keys; one statement at a time, through the SQL client. */
    private final BiFunction<List<K>, A, Uni<List<V>>> loader;

    public LevelBatch(String name, BiFunction<List<K>, A, Uni<List<V>>> loader) {
        this.name = "tradegraph." + name;
        this.loader = loader;
    }

    /** Called from the resolver itself, where SmallRye's context still knows the field being fetched. */
    public Uni<V> load(Context context, K key, A arguments) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        DataLoader<Call<K, A>, V> dataLoader = environment.getDataLoaderRegistry()
                .computeIfAbsent(name, ignored -> DataLoaderFactory.newDataLoader(this::loadAll));
        return Uni.createFrom().completionStage(dataLoader.load(new Call<>(key, arguments)));
    }

    private CompletionStage<List<V>> loadAll(List<Call<K, A>> calls) {
        Map<A, List<Integer>> positionsByArguments = new LinkedHashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            positionsByArguments.computeIfAbsent(calls.get(i).arguments(), a -> new ArrayList<>()).add(i);
        }
        List<V> answers = new ArrayList<>(java.util.Collections.nCopies(calls.size(), null));
        Uni<Void> loads = Uni.createFrom().voidItem();
        for (Map.Entry<A, List<Integer>> group : positionsByArguments.entrySet()) {
            List<Integer> positions = group.getValue();
            loads = loads.chain(() -> loader.apply(positions.stream().map(i -> calls.get(i).key()).toList(), group.getKey())
                    .invoke(values -> {
                        for (int i = 0; i < positions.size(); i++) {
                            answers.set(positions.get(i), values.get(i));
                        }
                    }).replaceWithVoid());
        }
        return loads.replaceWith(answers).subscribeAsCompletionStage();
    }
}

package org.parley.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.Problem;
import org.parley.model.Removal;
import org.parley.model.Span;
import org.parley.model.DocumentStructure;

/** The JSON columns: small lists and maps of model values, written with sorted keys so equal values store alike. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<DocumentStructure> STRUCTURE = new TypeReference<>() { };
    private static final TypeReference<List<Removal>> REMOVALS = new TypeReference<>() { };
    private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() { };
    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private Json() {
    }

    public static String write(Object value) {
        Object stable = switch (value) {
            case Set<?> set -> new TreeSet<>(set);
            case Map<?, ?> map -> new TreeMap<>(map);
            default -> value;
        };
        try {
            return MAPPER.writeValueAsString(stable);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static DocumentStructure structure(String json) {
        return read(json, STRUCTURE);
    }

    public static List<Removal> removals(String json) {
        return read(json, REMOVALS);
    }

    public static List<Problem> problems(String json) {
        return read(json, PROBLEMS);
    }

    public static List<Span> spans(String json) {
        return read(json, SPANS);
    }

    public static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    public static Set<String> stringSet(String json) {
        return Set.copyOf(read(json, STRINGS));
    }

    public static Map<String, String> stringMap(String json) {
        return read(json, STRING_MAP);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getType().getTypeName() + ": " + e.getOriginalMessage(), e);
        }
    }
}

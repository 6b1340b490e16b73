package org.parley.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, with its parameters in order. */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code clause} with one parameter per {@code ?} in it. */
    public Where and(String clause, Object... values) {
        long marks = clause.chars().filter(ch -> ch == '?').count();
        if (marks != values.length) {
            throw new IllegalArgumentException("clause '%s' has %d parameters, given %d".formatted(clause, marks, values.length));
        }
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the parameters from index 1; returns the next free index. */
    public int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            switch (p) {
                case String s -> Sql.setText(ps, i, s);
                case Long l -> ps.setLong(i, l);
                case Integer n -> ps.setInt(i, n);
                case Boolean b -> ps.setBoolean(i, b);
                case LocalDate d -> ps.setObject(i, d);
                default -> throw new IllegalArgumentException("cannot bind " + p.getClass().getName());
            }
            i++;
        }
        return i;
    }
}

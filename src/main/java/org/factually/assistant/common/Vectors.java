package org.factually.assistant.common;

import org.postgresql.util.PGobject;

import java.sql.SQLException;

/** pgvector's text form, "[0.1,0.2,...]", and the same vector as a statement parameter of type {@code vector}. */
public final class Vectors {

    private static final String TYPE = "vector";

    private Vectors() {
    }

    public static String literal(float[] vector) {
        StringBuilder sb = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(vector[i]);
        }
        return sb.append(']').toString();
    }

    /**
     * A JDBC parameter typed {@code vector}. A text parameter cast in SQL ({@code CAST(? AS vector)}) is parsed again
     * for every row that the cast is evaluated on once PostgreSQL switches the prepared statement to its generic
     * plan: 384 numbers per passage and per sentence scored, most of a question's search time.
     */
    public static PGobject parameter(float[] vector) {
        return parameter(literal(vector));
    }

    /** {@link #parameter(float[])} for a vector in its text form, as stored. */
    public static PGobject parameter(String literal) {
        PGobject typed = new PGobject();
        typed.setType(TYPE);
        try {
            typed.setValue(literal);
        } catch (SQLException e) {
            throw new IllegalStateException("a PGobject takes any text", e);
        }
        return typed;
    }
}

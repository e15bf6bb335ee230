package org.factually.assistant.common;

/** pgvector's text form, "[0.1,0.2,...]", which SQL casts to {@code vector}. */
public final class Vectors {

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
}

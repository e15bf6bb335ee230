package org.factually.assistant.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The site's way of writing dates, and the date and time values that native queries return. */
public final class Dates {

    /** "November 3, 2025", as the articles write their "Checked on" dates. */
    public static final DateTimeFormatter SITE_DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private Dates() {
    }

    /** A DATE column of a native query (java.sql.Date or LocalDate, by driver and Hibernate version). */
    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** A TIMESTAMPTZ column of a native query (Instant, OffsetDateTime or Timestamp). */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }

    /** The day in the site's form, or "" when there is none. */
    public static String siteDay(LocalDate date) {
        return date == null ? "" : SITE_DAY.format(date);
    }

    /** The day in ISO form for {@code <time datetime>}, or "" when there is none. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}

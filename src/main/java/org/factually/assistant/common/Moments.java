package org.factually.assistant.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments as people read them: in the site's time zone ({@code site.time-zone}, documented in SiteConfig), to the
 * minute, with the zone named. Templates use it as {@code inject:moments}.
 */
@ApplicationScoped
@Named("moments")
public class Moments {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MMMM d, uuuu 'at' HH:mm z", Locale.US);

    private final ZoneId zone;

    public Moments(@ConfigProperty(name = "site.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.zone = zone;
    }

    /** "December 2, 2026 at 14:05 UTC", as the reader page writes it; an empty text for no moment. */
    public String of(Instant moment) {
        return moment == null ? "" : MINUTE.format(moment.atZone(zone));
    }
}

package org.factually.assistant.accounts;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * The login form is handled by Quarkus' form authentication before any REST filter runs, so its CSRF token
 * (the double-submit cookie the login page set, repeated in a hidden field) is checked here.
 */
@ApplicationScoped
public class LoginForms {

    private final String postLocation;
    private final String cookieName;
    private final String fieldName;

    public LoginForms(@ConfigProperty(name = "quarkus.http.auth.form.post-location") String postLocation,
                      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
                      @ConfigProperty(name = "quarkus.rest-csrf.form-field-name") String fieldName) {
        this.postLocation = postLocation;
        this.cookieName = cookieName;
        this.fieldName = fieldName;
    }

    boolean isLoginPost(RoutingContext routing) {
        return routing.request().method() == HttpMethod.POST && postLocation.equals(routing.normalizedPath());
    }

    /** The CSRF token of the browser (its double-submit cookie), which a login binds to the new session. */
    String csrfToken(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }

    boolean carriesCsrfToken(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(cookieName);
        String field = routing.request().getFormAttribute(fieldName);
        return cookie != null && field != null && !field.isEmpty()
                && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}

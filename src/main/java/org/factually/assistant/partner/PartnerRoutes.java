package org.factually.assistant.partner;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/**
 * Which requests are partner calls, decided on the resource method that will serve them rather than on the
 * path as spelled: routing decodes and normalises the path ({@code /%61pi/v1}, {@code //}, {@code /./},
 * {@code ;params}, a trailing slash), so a check on the raw path could be walked around.
 */
public final class PartnerRoutes {

    static final String API_PREFIX = "/api/v1/";

    private PartnerRoutes() {
    }

    /** A resource of the versioned API that partners reach with their key (not a staff endpoint). */
    public static boolean isPartnerCall(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        return template(resource.getResourceClass(), method).startsWith(API_PREFIX)
                && !restricted(method) && !restricted(resource.getResourceClass());
    }

    /** The route template the method is declared with, such as {@code /api/v1/answers/{id}}. */
    static String template(Class<?> resourceClass, Method method) {
        return "/" + (segment(resourceClass) + "/" + segment(method)).replaceAll("/+", "/").replaceAll("^/", "")
                + "/";
    }

    private static String segment(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static boolean restricted(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(Authenticated.class);
    }
}

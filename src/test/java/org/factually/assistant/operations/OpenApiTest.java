package org.factually.assistant.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The published contract describes every API endpoint the service has, with its errors. */
@QuarkusTest
class OpenApiTest {

    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    /** "GET /api/v1/answers/{id}" for every JAX-RS resource method under /api, read from the resource classes themselves. */
    private static TreeSet<String> apiEndpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            if (!type.getPackageName().startsWith("org.factually") || !type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
                    if (verb != null) {
                        String path = join(type.getAnnotation(Path.class).value(), m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "");
                        if (path.startsWith("/api/")) {
                            endpoints.add(verb.value() + " " + path);
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private List<String> documented() {
        List<String> ops = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(verb -> ops.add(verb.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return ops;
    }

    @Test
    void theDocumentIsOpenApi3WithTheApiKeyScheme() {
        assertThat(document.get("openapi").asText()).startsWith("3.");
        JsonNode scheme = document.at("/components/securitySchemes/ApiKey");
        assertThat(scheme.get("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.get("in").asText()).isEqualTo("header");
        assertThat(scheme.get("name").asText()).isEqualTo("X-API-Key");
    }

    @Test
    void everyApiEndpointIsDocumented() {
        TreeSet<String> endpoints = apiEndpoints();
        assertThat(endpoints).contains("POST /api/v1/answers", "GET /api/v1/answers/{id}", "GET /api/v1/articles",
                "GET /api/v1/articles/{id}", "GET /api/v1/passages", "POST /api/v1/admin/keys");
        assertThat(documented()).containsAll(endpoints);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void everyApiOperationDescribesItsErrorsAsProblemsAndCarriesTheRequestId() {
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            String name = op.getKey() + " " + path.getKey();
            assertThat(responses.get("500").at("/content/application~1problem+json/schema/$ref").asText())
                    .as(name).isEqualTo("#/components/schemas/Problem");
            assertThat(op.getValue().get("parameters").findValuesAsText("name")).as(name).contains(RequestIds.HEADER);
            boolean staff = op.getValue().has("security") && op.getValue().get("security").findValue("StaffLogin") != null;
            if (!staff) {
                assertThat(op.getValue().get("security").get(0).has("ApiKey")).as(name).isTrue();
                assertThat(responses.has("401")).as(name).isTrue();
                assertThat(responses.get("429").get("headers").has("Retry-After")).as(name).isTrue();
                assertThat(responses.get("429").at("/content/application~1problem+json/examples").size()).as(name).isPositive();
            }
        }));
    }

    @Test
    void theSwaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("$ref")) {
                    refs.add(node.get(name).asText());
                } else {
                    collectRefs(node.get(name), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}

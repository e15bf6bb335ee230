package org.factually.assistant;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls to /api/v1 as a partner: with the bootstrap key the test profile creates at start-up. */
public final class PartnerApi {

    public static final String API_KEY = "X-API-Key";

    private PartnerApi() {
    }

    public static String bootstrapKey() {
        return ConfigProvider.getConfig().getValue("partner.bootstrap-key", String.class);
    }

    public static RequestSpecification withKey() {
        return withKey(bootstrapKey());
    }

    public static RequestSpecification withKey(String key) {
        return new RequestSpecBuilder().addHeader(API_KEY, key).build();
    }

    /** Asks a question as a partner and returns the 200 reply. */
    public static JsonPath ask(String question) {
        return RestAssured.given().spec(withKey()).contentType(ContentType.JSON).body(java.util.Map.of("question", question))
                .post("/api/v1/answers").then().statusCode(200).extract().jsonPath();
    }
}

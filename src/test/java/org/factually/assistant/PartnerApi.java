package org.factually.assistant;

import io.restassured.builder.RequestSpecBuilder;
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
}

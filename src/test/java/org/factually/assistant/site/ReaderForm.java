package org.factually.assistant.site;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.factually.assistant.Newsroom;

/** A reader's form post as a browser sends it: with the CSRF cookie a page set and the same token in the form. */
final class ReaderForm {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private ReaderForm() {
    }

    static RequestSpecification given() {
        String token = RestAssured.given().get("/").cookie(Newsroom.CSRF_COOKIE);
        return RestAssured.given().redirects().follow(false).contentType(FORM)
                .cookie(Newsroom.CSRF_COOKIE, token).formParam(Newsroom.CSRF_FIELD, token);
    }
}

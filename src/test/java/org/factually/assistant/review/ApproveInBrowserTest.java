package org.factually.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.Newsroom;
import org.factually.assistant.answering.AnswerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor logs in with a real browser (Debian's headless Chromium and its chromedriver, never downloaded),
 * finds a draft in the queue, approves it, and the next reader gets the reviewed answer.
 */
@QuarkusTest
class ApproveInBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String QUESTION = "Can Worcester pursue a 287(g) agreement?";

    @TestHTTPResource("/")
    URL base;

    private Instant started;
    private Path profile;
    private ChromeDriverService service;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        started = Instant.now();
        Newsroom.ensureAccounts();
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the browser test needs %s and %s (apt-get install chromium chromium-driver)", CHROMIUM, CHROMEDRIVER).isTrue();
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowserAndRemoveAnswers() throws IOException {
        try {
            browser.quit();
            service.stop();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            QuarkusTransaction.requiringNew().run(() -> AnswerRecord.delete("createdAt >= ?1", started));
        }
    }

    @Test
    void anEditorLogsInAndApprovesADraftWhichTheNextReaderGets() {
        String draftId = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", QUESTION))
                .post("/api/v1/answers").then().statusCode(200).extract().path("id");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);

        browser.get(base + "editor");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("j_username")).sendKeys(Newsroom.EDITOR);
        browser.findElement(By.id("j_password")).sendKeys(Newsroom.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/j_security_check'] button")).click();
        wait.until(ExpectedConditions.titleContains("Review queue"));

        browser.findElement(By.name("q")).sendKeys("Worcester 287(g) agreement");
        browser.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='/editor/answers/" + draftId + "']"))).click();
        wait.until(ExpectedConditions.titleContains("Review an answer"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(QUESTION);

        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Answer approved."));
        assertThat(browser.findElement(By.cssSelector(".meta")).getText()).contains("approved").contains("published");

        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", QUESTION)).post("/api/v1/answers")
                .then().statusCode(200).body("reviewed.by", org.hamcrest.Matchers.equalTo("newsroom"));
    }
}

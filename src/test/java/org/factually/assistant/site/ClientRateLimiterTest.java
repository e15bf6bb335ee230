package org.factually.assistant.site;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.factually.assistant.HandClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-client budgets, in PostgreSQL, on a clock the test moves; two limiters stand for two instances. */
@QuarkusTest
class ClientRateLimiterTest {

    private static final Map<ClientRateLimiter.Budget, Integer> LIMITS =
            Map.of(ClientRateLimiter.Budget.REQUESTS, 3, ClientRateLimiter.Budget.PAGES, 6);

    @Inject
    AgroalDataSource dataSource;

    // An hour ahead, so that the service's own clean-up of idle buckets leaves this test's rows alone.
    private final HandClock clock = new HandClock(Instant.now().plus(Duration.ofHours(1)));
    private ClientRateLimiter limiter;
    private String client;

    @BeforeEach
    void limiterAndClient() {
        limiter = new ClientRateLimiter(dataSource, LIMITS, clock);
        client = "test-" + UUID.randomUUID();
    }

    private OptionalLong ask(ClientRateLimiter on, String who) {
        return on.acquire(ClientRateLimiter.Budget.REQUESTS, who);
    }

    @Test
    void aClientMaySendItsBudgetAndIsThenToldHowLongToWait() {
        assertThat(ask(limiter, client)).isEmpty();
        assertThat(ask(limiter, client)).isEmpty();
        assertThat(ask(limiter, client)).isEmpty();

        assertThat(ask(limiter, client)).hasValue(20);
    }

    @Test
    void theBudgetRefillsEvenlyOverAMinute() {
        for (int i = 0; i < 3; i++) {
            ask(limiter, client);
        }
        clock.advance(Duration.ofSeconds(20));

        assertThat(ask(limiter, client)).isEmpty();
        assertThat(ask(limiter, client)).isPresent();
    }

    @Test
    void twoInstancesShareOneBudget() {
        ClientRateLimiter other = new ClientRateLimiter(dataSource, LIMITS, clock);
        assertThat(ask(limiter, client)).isEmpty();
        assertThat(ask(other, client)).isEmpty();
        assertThat(ask(limiter, client)).isEmpty();

        assertThat(ask(other, client)).isPresent();
    }

    @Test
    void clientsAndBudgetsAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            ask(limiter, client);
        }

        assertThat(ask(limiter, client + "-other")).isEmpty();
        assertThat(limiter.acquire(ClientRateLimiter.Budget.PAGES, client)).isEmpty();
    }

    @Test
    void aClientIdleForAMinuteIsForgottenWithAFullBudget() {
        ask(limiter, client);
        clock.advance(Duration.ofMinutes(1));
        limiter.forgetIdleClients();

        for (int i = 0; i < 3; i++) {
            assertThat(ask(limiter, client)).isEmpty();
        }
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new ClientRateLimiter(dataSource, Map.of(ClientRateLimiter.Budget.REQUESTS, 0), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site.rate-limit");
    }
}

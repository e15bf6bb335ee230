package org.factually.assistant.site;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-client budgets, on a clock the test moves. */
class ClientRateLimiterTest {

    private static final String CLIENT = "203.0.113.7";

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    private final ClientRateLimiter limiter = new ClientRateLimiter(
            Map.of(ClientRateLimiter.Budget.REQUESTS, 3, ClientRateLimiter.Budget.PAGES, 6), now::get);

    private OptionalLong ask(String client) {
        return limiter.acquire(ClientRateLimiter.Budget.REQUESTS, client);
    }

    @Test
    void aClientMaySendItsBudgetAndIsThenToldHowLongToWait() {
        assertThat(ask(CLIENT)).isEmpty();
        assertThat(ask(CLIENT)).isEmpty();
        assertThat(ask(CLIENT)).isEmpty();

        assertThat(ask(CLIENT)).hasValue(20);
    }

    @Test
    void theBudgetRefillsEvenlyOverAMinute() {
        for (int i = 0; i < 3; i++) {
            ask(CLIENT);
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(20));

        assertThat(ask(CLIENT)).isEmpty();
        assertThat(ask(CLIENT)).isPresent();
    }

    @Test
    void clientsAndBudgetsAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            ask(CLIENT);
        }

        assertThat(ask("203.0.113.8")).isEmpty();
        assertThat(limiter.acquire(ClientRateLimiter.Budget.PAGES, CLIENT)).isEmpty();
    }

    @Test
    void aClientIdleForAMinuteIsForgotten() {
        ask(CLIENT);
        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        limiter.forgetIdleClients();

        for (int i = 0; i < 3; i++) {
            assertThat(ask(CLIENT)).isEmpty();
        }
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new ClientRateLimiter(Map.of(ClientRateLimiter.Budget.REQUESTS, 0), now::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site.rate-limit");
    }
}

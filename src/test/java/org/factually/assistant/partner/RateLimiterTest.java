package org.factually.assistant.partner;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.factually.assistant.HandClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits hold in the database, for any number of service instances sharing it. */
@QuarkusTest
class RateLimiterTest {

    private static final Instant LATE_EVENING = Instant.parse("2031-03-14T23:59:00Z");

    @Inject
    TestKeys keys;
    @Inject
    PartnerConfig config;
    /** The application's own, started: it admits the requests that arrive together in one statement. */
    @Inject
    RateLimiter running;

    @AfterEach
    void removeKeys() {
        keys.removeAll();
    }

    /** A limiter with its own connections, as in another process of the service. */
    private RateLimiter instance(Clock clock) {
        return new RateLimiter(database(), config, clock);
    }

    private static PGSimpleDataSource database() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        ds.setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class));
        ds.setPassword(ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
        return ds;
    }

    @Test
    void twoInstancesSharingOneDatabaseAdmitNoMoreThanTheLimitTogether() throws Exception {
        int limit = 25;
        CreatedKey key = keys.create(limit, 100_000);
        RateLimiter first = running;
        RateLimiter second = instance(Clock.systemUTC());
        int threadsPerInstance = 4;
        int callsPerThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerInstance);
        try {
            List<Callable<Integer>> hammers = new ArrayList<>();
            for (RateLimiter limiter : List.of(first, second)) {
                for (int t = 0; t < threadsPerInstance; t++) {
                    hammers.add(() -> {
                        int admitted = 0;
                        for (int i = 0; i < callsPerThread; i++) {
                            if (limiter.admit(key.key()).admitted()) {
                                admitted++;
                            }
                        }
                        return admitted;
                    });
                }
            }
            int admitted = 0;
            for (Future<Integer> f : pool.invokeAll(hammers)) {
                admitted += f.get();
            }
            assertThat(admitted).isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWindowSlidesSoASlotFreesWhenTheOldestRequestLeavesIt() {
        HandClock clock = new HandClock(LATE_EVENING.minus(Duration.ofHours(1)));
        CreatedKey key = keys.create(2, 100);
        RateLimiter limiter = instance(clock);
        Instant first = clock.instant();
        assertThat(limiter.admit(key.key()).remaining()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.admit(key.key()).remaining()).isZero();

        Admission refused = limiter.admit(key.key());
        assertThat(refused.verdict()).isEqualTo(Admission.Verdict.RATE_LIMITED);
        assertThat(refused.retryAt()).isEqualTo(first.plus(config.rateWindow()));

        clock.advance(config.rateWindow().minusSeconds(30));
        assertThat(limiter.admit(key.key()).admitted()).isTrue();
        assertThat(limiter.admit(key.key()).admitted()).isFalse();
    }

    @Test
    void afterTheLimitIsLoweredRetryAfterWaitsForTheHitThatMustLeaveTheWindow() throws Exception {
        HandClock clock = new HandClock(LATE_EVENING.minus(Duration.ofHours(1)));
        CreatedKey key = keys.create(6, 100);
        RateLimiter limiter = instance(clock);
        List<Instant> hits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hits.add(clock.instant());
            assertThat(limiter.admit(key.key()).admitted()).isTrue();
            clock.advance(Duration.ofSeconds(5));
        }
        try (var c = database().getConnection();
             var lower = c.prepareStatement("UPDATE api_key SET rate_limit = 2 WHERE id = ?")) {
            lower.setLong(1, key.id());
            lower.executeUpdate();
        }
        // Six hits in the window and a limit of two: the next is admitted once only one hit is left, when the fifth leaves.
        for (int i = 0; i < 3; i++) {
            Admission refused = limiter.admit(key.key());
            assertThat(refused.verdict()).isEqualTo(Admission.Verdict.RATE_LIMITED);
            assertThat(refused.retryAt()).isEqualTo(hits.get(4).plus(config.rateWindow()));
        }
        clock.advance(Duration.between(clock.instant(), hits.get(4).plus(config.rateWindow())));
        assertThat(limiter.admit(key.key()).admitted()).isTrue();
    }

    @Test
    void aRequestMadeWithinASecondStaysInTheWindowUntilThatSecondHasEnded() {
        HandClock clock = new HandClock(LATE_EVENING.minus(Duration.ofHours(1)).plusMillis(300));
        CreatedKey key = keys.create(1, 100);
        RateLimiter limiter = instance(clock);
        Instant endOfItsSecond = clock.instant().plusMillis(700);
        assertThat(limiter.admit(key.key()).admitted()).isTrue();

        Admission refused = limiter.admit(key.key());
        assertThat(refused.retryAt()).isEqualTo(endOfItsSecond.plus(config.rateWindow()));
        clock.advance(config.rateWindow().plusMillis(699));
        assertThat(limiter.admit(key.key()).admitted()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.admit(key.key()).admitted()).isTrue();
    }

    @Test
    void aRequestStampedByAnInstanceWhoseClockIsBehindStillCountsAgainstTheLimit() {
        HandClock ahead = new HandClock(LATE_EVENING.minus(Duration.ofHours(1)));
        HandClock behind = new HandClock(ahead.instant().minusSeconds(5));
        CreatedKey key = keys.create(2, 100);
        assertThat(instance(ahead).admit(key.key()).admitted()).isTrue();
        assertThat(instance(behind).admit(key.key()).admitted()).isTrue();

        assertThat(instance(ahead).admit(key.key()).verdict()).isEqualTo(Admission.Verdict.RATE_LIMITED);
        // Counted as made no earlier than the request before it: it leaves the window with that one, not 5 s sooner.
        ahead.advance(config.rateWindow().minusSeconds(3));
        assertThat(instance(ahead).admit(key.key()).admitted()).isFalse();
        ahead.advance(Duration.ofSeconds(3));
        assertThat(instance(ahead).admit(key.key()).remaining()).isEqualTo(1);
    }

    @Test
    void theDailyQuotaIsExhaustedAndResetsAtMidnightUtc() {
        HandClock clock = new HandClock(LATE_EVENING);
        CreatedKey key = keys.create(100, 3);
        RateLimiter limiter = instance(clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit(key.key()).admitted()).isTrue();
        }
        Admission refused = limiter.admit(key.key());
        assertThat(refused.verdict()).isEqualTo(Admission.Verdict.QUOTA_EXCEEDED);
        assertThat(refused.retryAt()).isEqualTo(Instant.parse("2031-03-15T00:00:00Z"));

        clock.advance(Duration.ofMinutes(1));
        Admission nextDay = limiter.admit(key.key());
        assertThat(nextDay.admitted()).isTrue();
        assertThat(nextDay.quotaRemaining()).isEqualTo(2);
    }

    @Test
    void refusedRequestsDoNotUseUpTheQuota() {
        HandClock clock = new HandClock(LATE_EVENING.minus(Duration.ofHours(2)));
        CreatedKey key = keys.create(1, 2);
        RateLimiter limiter = instance(clock);
        assertThat(limiter.admit(key.key()).admitted()).isTrue();
        assertThat(limiter.admit(key.key()).verdict()).isEqualTo(Admission.Verdict.RATE_LIMITED);
        clock.advance(config.rateWindow());
        assertThat(limiter.admit(key.key()).quotaRemaining()).isZero();
    }

    @Test
    void requestsAdmittedTogetherGetWhatTheyWouldHaveGotOneAfterAnother() {
        HandClock clock = new HandClock(LATE_EVENING.minus(Duration.ofHours(1)));
        RateLimiter limiter = instance(clock);
        // One key meets its rate limit, the other its daily quota, among requests of an unknown key.
        List<String> together = List.of(keys.create(2, 100).key(), keys.create(100, 2).key(), "fk_no-such-key");
        List<String> oneByOne = List.of(keys.create(2, 100).key(), keys.create(100, 2).key(), "fk_no-such-key");
        int[] order = {0, 1, 0, 2, 1, 0, 1, 0};

        List<Admission> batch = limiter.admitAll(Arrays.stream(order).mapToObj(together::get).toList());
        List<Admission> sequence = Arrays.stream(order).mapToObj(i -> limiter.admit(oneByOne.get(i))).toList();

        assertThat(batch.stream().map(RateLimiterTest::seen).toList()).isEqualTo(sequence.stream().map(RateLimiterTest::seen).toList());
        assertThat(batch.stream().filter(Admission::admitted)).hasSize(4);
        // The windows and the day's counts end alike too: the next requests, once the window has passed, are told alike.
        clock.advance(config.rateWindow());
        for (int i = 0; i < together.size(); i++) {
            assertThat(seen(limiter.admit(together.get(i)))).isEqualTo(seen(limiter.admit(oneByOne.get(i))));
        }
    }

    /** What a partner is told of a request, without the key's own id. */
    private static List<Object> seen(Admission a) {
        return Arrays.asList(a.verdict(), a.partner(), a.limit(), a.remaining(), a.retryAt(), a.dailyQuota(), a.quotaRemaining());
    }

    @Test
    void anUnknownKeyIsNotAdmitted() {
        assertThat(instance(Clock.systemUTC()).admit("fk_no-such-key").verdict()).isEqualTo(Admission.Verdict.UNKNOWN);
    }
}

package org.factually.assistant.partner;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.UnicodeText;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates, lists and revokes partner keys; keeps the bootstrap key of local runs. */
@ApplicationScoped
@Transactional
public class PartnerKeyService {

    private static final Logger LOG = Logger.getLogger(PartnerKeyService.class);

    private final PartnerConfig config;
    private final Clock clock;
    private final EntityManager em;

    public PartnerKeyService(PartnerConfig config, Clock clock, EntityManager em) {
        this.config = config;
        this.clock = clock;
        this.em = em;
    }

    public CreatedKey create(KeyRequest request) {
        // A partner name is shown in reports and metrics and stored as text: no NUL or other control character.
        if (UnicodeText.hasControlCharacter(request.partner())) {
            throw ProblemException.badRequest("validation-failed", "partner: must not contain control characters");
        }
        String key = ApiKeys.generate();
        ApiKey stored = store(request.partner().strip(), key,
                request.rateLimit() != null ? request.rateLimit() : config.defaultRateLimit(),
                request.dailyQuota() != null ? request.dailyQuota() : config.defaultDailyQuota());
        LOG.infof("API key %d (%s) created for %s", stored.id, stored.keyPrefix, stored.partner);
        return new CreatedKey(stored.id, stored.partner, key, stored.keyPrefix, stored.rateLimit, stored.dailyQuota, stored.createdAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyView> list() {
        return ApiKey.<ApiKey>list("order by id").stream().map(ApiKey::toView).toList();
    }

    /** Revokes the key from now on; revoking it again keeps the first revocation time. */
    public Optional<KeyView> revoke(long id) {
        return ApiKey.<ApiKey>findByIdOptional(id).map(key -> {
            if (key.revokedAt == null) {
                key.revokedAt = clock.instant();
                LOG.infof("API key %d (%s) of %s revoked", key.id, key.keyPrefix, key.partner);
            }
            return key.toView();
        });
    }

    /**
     * The bootstrap key gets the configured limits at every start; an admin's revocation of it stands,
     * so that a leaked local key cannot come back by a restart. One upsert, so that instances starting together
     * against one database do not both create it.
     */
    void keepBootstrapKey(@Observes StartupEvent event) {
        Optional<String> bootstrap = config.bootstrapKey().filter(k -> !k.isBlank());
        if (bootstrap.isEmpty()) {
            return;
        }
        String key = bootstrap.get();
        @SuppressWarnings("unchecked")
        List<Number> kept = em.createNativeQuery("""
                        INSERT INTO api_key AS k (partner, key_hash, key_prefix, rate_limit, daily_quota, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (key_hash) DO UPDATE SET rate_limit = EXCLUDED.rate_limit, daily_quota = EXCLUDED.daily_quota
                        WHERE k.revoked_at IS NULL
                        RETURNING k.id""")
                .setParameter(1, config.bootstrapPartner())
                .setParameter(2, ApiKeys.hash(key))
                .setParameter(3, ApiKeys.shownPart(key))
                .setParameter(4, config.bootstrapRateLimit())
                .setParameter(5, config.bootstrapDailyQuota())
                .setParameter(6, clock.instant())
                .getResultList();
        if (kept.isEmpty()) {
            LOG.warn("BOOTSTRAP_API_KEY was revoked by an admin and stays revoked");
        } else {
            LOG.warnf("BOOTSTRAP_API_KEY is accepted as key %d: meant for local runs and tests, not for production", kept.get(0).longValue());
        }
    }

    private ApiKey store(String partner, String key, int rateLimit, int dailyQuota) {
        ApiKey stored = new ApiKey();
        stored.partner = partner;
        stored.keyHash = ApiKeys.hash(key);
        stored.keyPrefix = ApiKeys.shownPart(key);
        stored.rateLimit = rateLimit;
        stored.dailyQuota = dailyQuota;
        stored.createdAt = clock.instant();
        stored.persist();
        return stored;
    }
}

package org.factually.assistant.partner;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
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

    public PartnerKeyService(PartnerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public CreatedKey create(KeyRequest request) {
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
     * so that a leaked local key cannot come back by a restart.
     */
    void keepBootstrapKey(@Observes StartupEvent event) {
        Optional<String> bootstrap = config.bootstrapKey().filter(k -> !k.isBlank());
        if (bootstrap.isEmpty()) {
            return;
        }
        String key = bootstrap.get();
        ApiKey kept = ApiKey.byHash(ApiKeys.hash(key)).orElse(null);
        if (kept == null) {
            kept = store(config.bootstrapPartner(), key, config.bootstrapRateLimit(), config.bootstrapDailyQuota());
        } else if (kept.revokedAt != null) {
            LOG.warnf("BOOTSTRAP_API_KEY (key %d) was revoked by an admin and stays revoked", kept.id);
            return;
        } else {
            kept.rateLimit = config.bootstrapRateLimit();
            kept.dailyQuota = config.bootstrapDailyQuota();
        }
        LOG.warnf("BOOTSTRAP_API_KEY is accepted as key %d: meant for local runs and tests, not for production", kept.id);
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

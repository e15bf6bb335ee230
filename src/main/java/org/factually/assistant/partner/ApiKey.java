package org.factually.assistant.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A partner's key as stored: its hash, never the key. Its rate window (admitted requests per second) is kept in its
 * row by {@code api_key_admit} (migration V20_1), its daily counts in {@code api_key_usage}.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String partner;
    @Column(name = "key_hash")
    public String keyHash;
    /** The key's first characters, so that admins and partners can tell keys apart. */
    @Column(name = "key_prefix")
    public String keyPrefix;
    @Column(name = "rate_limit")
    public int rateLimit;
    @Column(name = "daily_quota")
    public int dailyQuota;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public KeyView toView() {
        return new KeyView(id, partner, keyPrefix, rateLimit, dailyQuota, createdAt, revokedAt);
    }
}

package org.factually.assistant.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A newsroom account; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "editor_user")
public class EditorUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    public String role;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "disabled_at")
    public Instant disabledAt;

    static Optional<EditorUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}

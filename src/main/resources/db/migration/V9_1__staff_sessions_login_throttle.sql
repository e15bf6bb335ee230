-- Accounts an admin can disable; a disabled account cannot log in and its sessions end.
ALTER TABLE editor_user ADD COLUMN disabled_at timestamptz;

-- Server-side record of every staff login session. The browser holds a random id (cookie staff-session) next to
-- the form-authentication cookie; only its SHA-256 is kept. Logout, disabling the account and a password reset
-- set ended_at; expires_at is the absolute lifetime, however often the session is used. csrf_hash binds the
-- session's CSRF token to it, so that a token from another browser or session is refused.
CREATE TABLE staff_session (
    id_hash    text PRIMARY KEY,
    username   text        NOT NULL REFERENCES editor_user (username) ON DELETE CASCADE ON UPDATE CASCADE,
    csrf_hash  text        NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    ended_at   timestamptz
);
CREATE INDEX staff_session_open ON staff_session (username) WHERE ended_at IS NULL;

-- Failed logins per subject ('account:<name>' or 'address:<ip>') in a fixed window that starts at the first
-- failure. Kept in PostgreSQL so that the limits hold across instances; checked before any bcrypt work.
CREATE TABLE login_throttle (
    subject      text PRIMARY KEY,
    failures     integer     NOT NULL,
    window_start timestamptz NOT NULL
);

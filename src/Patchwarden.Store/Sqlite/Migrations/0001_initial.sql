-- Patchwarden store, SQLite. Times are Unix milliseconds (UTC). Keep in step with Postgres/Migrations/0001_initial.sql.

CREATE TABLE accounts (
    name        TEXT    PRIMARY KEY,
    description TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE principals (
    id            TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'auditor', 'operator')),
    accounts_json TEXT    NOT NULL,
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER,
    revoked_at    INTEGER,
    created_by    TEXT
);

-- One row per one-time bootstrap step ('first-admin'); its primary key makes the step race-free across nodes.
CREATE TABLE store_bootstrap (
    name    TEXT    PRIMARY KEY,
    done_at INTEGER NOT NULL
);

CREATE TABLE activations (
    id                 TEXT    PRIMARY KEY,
    account            TEXT    NOT NULL REFERENCES accounts (name),
    description        TEXT,
    tags_json          TEXT    NOT NULL,
    registration_limit INTEGER NOT NULL CHECK (registration_limit > 0),
    registrations_used INTEGER NOT NULL DEFAULT 0,
    code_hash          TEXT    NOT NULL,
    created_at         INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL,
    revoked_at         INTEGER,
    created_by         TEXT,
    CHECK (registrations_used BETWEEN 0 AND registration_limit)
);

CREATE INDEX ix_activations_account ON activations (account, created_at);

CREATE TABLE instances (
    id                             TEXT    PRIMARY KEY,
    account                        TEXT    NOT NULL REFERENCES accounts (name),
    name                           TEXT    NOT NULL,
    host_name                      TEXT    NOT NULL,
    tags_json                      TEXT    NOT NULL,
    patch_group                    TEXT,
    os_family                      TEXT    NOT NULL,
    os_name                        TEXT    NOT NULL,
    os_version                     TEXT    NOT NULL,
    arch                           TEXT    NOT NULL,
    agent_version                  TEXT    NOT NULL,
    activation_id                  TEXT    REFERENCES activations (id),
    registered_at                  INTEGER NOT NULL,
    last_seen_at                   INTEGER,
    status                         TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deregistered', 'retired')),
    compliance_status              TEXT    NOT NULL DEFAULT 'NOT_SCANNED',
    overall_severity               TEXT,
    last_scan_at                   INTEGER,
    last_evaluated_at              INTEGER,
    last_execution_id              TEXT,
    baseline_id                    TEXT,
    compliant_count                INTEGER NOT NULL DEFAULT 0,
    non_compliant_count            INTEGER NOT NULL DEFAULT 0,
    installed_count                INTEGER NOT NULL DEFAULT 0,
    installed_other_count          INTEGER NOT NULL DEFAULT 0,
    installed_pending_reboot_count INTEGER NOT NULL DEFAULT 0,
    installed_rejected_count       INTEGER NOT NULL DEFAULT 0,
    missing_count                  INTEGER NOT NULL DEFAULT 0,
    failed_count                   INTEGER NOT NULL DEFAULT 0,
    not_applicable_count           INTEGER NOT NULL DEFAULT 0
);

-- No index on last_seen_at: heartbeats update it constantly, and an index would make every one of them an index write.
CREATE INDEX ix_instances_account ON instances (account, id);
CREATE INDEX ix_instances_patch_group ON instances (patch_group, os_family);
CREATE INDEX ix_instances_baseline ON instances (baseline_id);
-- Covers the fleet summary's GROUP BY: it reads this index only, never the wide rows.
CREATE INDEX ix_instances_summary ON instances (status, account, patch_group, os_family, compliance_status, overall_severity);

CREATE TABLE instance_identities (
    instance_id TEXT    PRIMARY KEY REFERENCES instances (id),
    account     TEXT    NOT NULL,
    secret_hash TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);

CREATE TABLE baselines (
    id            TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    os_family     TEXT    NOT NULL,
    is_default    BOOLEAN NOT NULL DEFAULT FALSE,
    document_json TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE UNIQUE INDEX ux_baselines_default ON baselines (os_family) WHERE is_default;

CREATE TABLE patch_groups (
    name        TEXT NOT NULL,
    os_family   TEXT NOT NULL,
    baseline_id TEXT NOT NULL REFERENCES baselines (id),
    PRIMARY KEY (name, os_family)
);

CREATE INDEX ix_patch_groups_baseline ON patch_groups (baseline_id);

CREATE TABLE standing_exceptions (
    id            TEXT    PRIMARY KEY,
    account       TEXT    NOT NULL REFERENCES accounts (name),
    patch_pattern TEXT    NOT NULL,
    scope_kind    TEXT    NOT NULL CHECK (scope_kind IN ('Instance', 'Account', 'PatchGroup')),
    scope_value   TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    author        TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    revoked_at    INTEGER
);

CREATE INDEX ix_standing_exceptions_scope ON standing_exceptions (account, scope_kind, scope_value);

CREATE TABLE inventories (
    instance_id  TEXT    PRIMARY KEY REFERENCES instances (id),
    execution_id TEXT    NOT NULL,
    captured_at  INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    document_gz  BLOB    NOT NULL
);

CREATE TABLE compliance_records (
    instance_id  TEXT    PRIMARY KEY REFERENCES instances (id),
    evaluated_at INTEGER NOT NULL,
    record_json  TEXT    NOT NULL
);

-- Clustered by instance: ingestion replaces one instance's rows, exports walk them in key order.
CREATE TABLE patch_states (
    instance_id       TEXT    NOT NULL REFERENCES instances (id),
    patch_id          TEXT    NOT NULL,
    title             TEXT,
    state             TEXT    NOT NULL,
    severity          TEXT    NOT NULL,
    classification    TEXT,
    vendor_severity   TEXT,
    installed_version TEXT,
    candidate_version TEXT,
    release_date      INTEGER,
    cve_ids           TEXT,
    exception_id      TEXT,
    PRIMARY KEY (instance_id, patch_id)
) WITHOUT ROWID;

-- Deliberately no index on patch_id: every report inserts a row per patch at a random place in such an index,
-- which measured 4x the cost of the insert itself. The fleet summary reads missing_patch_counts instead.

-- One row per ingested report; its key is also the idempotency record of (instance, execution id).
CREATE TABLE compliance_history (
    instance_id                    TEXT    NOT NULL REFERENCES instances (id),
    execution_id                   TEXT    NOT NULL,
    operation                      TEXT    NOT NULL,
    received_at                    INTEGER NOT NULL,
    compliance_status              TEXT    NOT NULL,
    overall_severity               TEXT    NOT NULL,
    compliant_count                INTEGER NOT NULL,
    non_compliant_count            INTEGER NOT NULL,
    installed_count                INTEGER NOT NULL,
    installed_other_count          INTEGER NOT NULL,
    installed_pending_reboot_count INTEGER NOT NULL,
    installed_rejected_count       INTEGER NOT NULL,
    missing_count                  INTEGER NOT NULL,
    failed_count                   INTEGER NOT NULL,
    not_applicable_count           INTEGER NOT NULL,
    PRIMARY KEY (instance_id, execution_id)
);

CREATE INDEX ix_compliance_history_received ON compliance_history (instance_id, received_at);

-- Active instances per account missing each patch, maintained on every write that changes it.
CREATE TABLE missing_patch_counts (
    account        TEXT    NOT NULL,
    patch_id       TEXT    NOT NULL,
    instance_count INTEGER NOT NULL,
    PRIMARY KEY (account, patch_id)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           INTEGER NOT NULL,
    actor        TEXT    NOT NULL,
    principal_id TEXT,
    action       TEXT    NOT NULL,
    target       TEXT,
    account      TEXT,
    outcome      TEXT    NOT NULL,
    details_json TEXT
);

CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_account ON audit_log (account, id);
CREATE INDEX ix_audit_log_principal ON audit_log (principal_id, id);

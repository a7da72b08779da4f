-- The team gateway's D1 database: reps, the audit log, the team cache (search previews and
-- revealed records), delivered webhook signals and a few settings. Budget spend and open
-- reservations live in the TeamLedger Durable Object, the single writer that decides them.

-- Reps: the token is shown once and only its SHA-256 is kept. NULL budget = no limit.
CREATE TABLE reps (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  daily_credits INTEGER,
  monthly_credits INTEGER,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- One row per call a rep made (and per webhook delivery). call_id makes a repeated write safe.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  call_id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  rep_id TEXT,
  rep_name TEXT,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  identifiers INTEGER NOT NULL DEFAULT 0,
  cached INTEGER NOT NULL DEFAULT 0,
  credits INTEGER NOT NULL DEFAULT 0,
  status INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  upstream_calls INTEGER NOT NULL DEFAULT 0,
  duration_ms INTEGER,
  note TEXT
);
CREATE INDEX audit_rep ON audit (rep_id, seq);

-- Search previews by normalised identifier (and search options), shared by the whole team.
CREATE TABLE previews (
  key TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  kind TEXT NOT NULL,
  lusha_id TEXT,
  result TEXT NOT NULL,
  fetched_at INTEGER NOT NULL
);
CREATE INDEX previews_lusha_id ON previews (entity, lusha_id);

-- What the team revealed, by Lusha id: the merged record and the fields it covers.
CREATE TABLE records (
  entity TEXT NOT NULL,
  lusha_id TEXT NOT NULL,
  fields TEXT NOT NULL,
  record TEXT NOT NULL,
  revealed_at INTEGER NOT NULL,
  PRIMARY KEY (entity, lusha_id)
);

-- Webhook deliveries, stored once per payload id however often Lusha redelivers.
CREATE TABLE signals (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  type TEXT,
  entity_type TEXT,
  entity_id TEXT,
  subscription_id TEXT,
  payload TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX signals_received ON signals (received_at, seq);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

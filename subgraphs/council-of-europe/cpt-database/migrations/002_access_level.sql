-- Who may see each record, as the CPT decides (schema/access-level.ts): PUBLIC, MECHANISMS (staff of any
-- participating mechanism) or OWNER (the CPT's own staff). Existing rows stay public until the owner says otherwise.
ALTER TABLE cpt_visits ADD COLUMN access_level text NOT NULL DEFAULT 'PUBLIC'
  CHECK (access_level IN ('PUBLIC', 'MECHANISMS', 'OWNER'));

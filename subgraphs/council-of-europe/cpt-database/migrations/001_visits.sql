-- The CPT's visits, one row per visit or event about one as the CPT's own pages tell it
-- (cpt_visits_facts.csv: report adopted at a plenary, report or response published, high-level talks, statement).
CREATE TABLE cpt_visits (
  -- Stable record id, made by the seed from the natural key below.
  id text PRIMARY KEY,
  -- The State as the CPT writes it, and its ISO 3166 alpha-3 code from the hub's country resolver (null: no State).
  country text NOT NULL,
  country_code char(3),
  period_as_stated text,
  start_date date,
  end_date date CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  visit_type text,
  event text NOT NULL,
  -- As precise as the page: YYYY, YYYY-MM or YYYY-MM-DD.
  event_date text CHECK (event_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  notes text,
  source_url text NOT NULL,
  -- The natural key: one event of one visit of one State, as one page states it.
  CONSTRAINT cpt_visits_natural_key UNIQUE NULLS NOT DISTINCT (country, period_as_stated, start_date, event, event_date)
);
CREATE INDEX cpt_visits_country_code ON cpt_visits (country_code);

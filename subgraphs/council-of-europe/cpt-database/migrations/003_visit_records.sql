-- The rows that are visits (a public statement is about a State, not a visit), with the dates the hub sorts by:
-- published_on, the day a report was published where the row says so; sort_date, the start day, else that day.
CREATE VIEW cpt_visit_records AS
  SELECT v.*, p.published_on, coalesce(v.start_date, p.published_on) AS sort_date
  FROM cpt_visits v
  CROSS JOIN LATERAL (
    SELECT CASE WHEN v.event ILIKE 'report published%' AND v.event_date ~ '^\d{4}-\d{2}-\d{2}$' THEN v.event_date::date END AS published_on
  ) p
  WHERE v.event NOT ILIKE 'public statement%';

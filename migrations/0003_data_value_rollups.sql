-- Yearly summaries of data_values, kept current by triggers, so that a scorecard (whole years at a
-- district and its areas) reads a few thousand pre-aggregated rows instead of millions of values.
-- src/server/features/indicators/aggregate-summary.ts reads them; aggregate-values.ts is the raw path
-- they must agree with to the last digit. Sums are exact (numeric over the values as entered), so the
-- result does not depend on the order in which values are added.

-- Filter variants, the columns' suffixes: 1 all values, 2 approved only, 3 without samples, 4 approved
-- without samples (the two filters a query may ask for).

-- Each stored unit's own yearly value of an element (a disaggregation of it) by the element's rule
-- over time (sum; days-weighted average; the value with the latest end, then start), under each
-- filter variant (NULL when no value passes it); how many stored values went in (`last`: the one) and
-- how many of those are samples (none pass variants 3 and 4).
CREATE TABLE data_value_years (
  data_element_id integer NOT NULL,
  year integer NOT NULL,
  org_unit_id integer NOT NULL,
  disaggregation text NOT NULL,
  value1 numeric,
  value2 numeric,
  value3 numeric,
  value4 numeric,
  n1 bigint NOT NULL,
  n2 bigint NOT NULL,
  n3 bigint NOT NULL,
  n4 bigint NOT NULL,
  samples1 bigint NOT NULL,
  samples2 bigint NOT NULL,
  PRIMARY KEY (data_element_id, year, org_unit_id, disaggregation)
);

-- For each org unit with stored units strictly below it: those units' yearly values added, how many
-- units have one, and the stored values and samples that went in, under each variant. The unit's own
-- value stays in data_value_years, so that leaves need no row here.
CREATE TABLE data_value_rollups (
  data_element_id integer NOT NULL,
  year integer NOT NULL,
  org_unit_id integer NOT NULL,
  disaggregation text NOT NULL,
  total1 numeric,
  total2 numeric,
  total3 numeric,
  total4 numeric,
  units1 bigint NOT NULL,
  units2 bigint NOT NULL,
  units3 bigint NOT NULL,
  units4 bigint NOT NULL,
  n1 numeric NOT NULL,
  n2 numeric NOT NULL,
  n3 numeric NOT NULL,
  n4 numeric NOT NULL,
  samples1 numeric NOT NULL,
  samples2 numeric NOT NULL,
  PRIMARY KEY (data_element_id, year, org_unit_id, disaggregation)
);

-- The strict ancestors of a unit, from its path ('/1/5/' → {1,5}).
CREATE FUNCTION org_unit_ancestors(path text) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
  SELECT string_to_array(trim(both '/' from path), '/')::integer[]
$$;

-- Recomputes the rollups of the given (element, year, ancestor) triples from data_value_years.
-- Rows are found by index, one (element, year) at a time (OFFSET 0 keeps each lookup apart): a join
-- would let the planner scan the whole table on every statement, which a large import pays per batch.
CREATE FUNCTION data_value_rollups_refresh(elements integer[], years integer[], ancestors integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM data_value_rollups WHERE ctid = ANY (ARRAY(
    SELECT r.ctid
    FROM (SELECT DISTINCT * FROM unnest(elements, years, ancestors)) AS a(element_id, year, ancestor)
    CROSS JOIN LATERAL (
      SELECT ctid FROM data_value_rollups r WHERE r.data_element_id = a.element_id AND r.year = a.year AND r.org_unit_id = a.ancestor OFFSET 0
    ) AS r));

  INSERT INTO data_value_rollups (data_element_id, year, org_unit_id, disaggregation, total1, total2, total3, total4,
    units1, units2, units3, units4, n1, n2, n3, n4, samples1, samples2)
  SELECT y.data_element_id, y.year, l.ancestor, y.disaggregation, sum(y.value1), sum(y.value2), sum(y.value3), sum(y.value4),
    count(y.value1), count(y.value2), count(y.value3), count(y.value4), sum(y.n1), sum(y.n2), sum(y.n3), sum(y.n4), sum(y.samples1), sum(y.samples2)
  FROM (SELECT DISTINCT * FROM unnest(elements, years)) AS p(element_id, year)
  CROSS JOIN LATERAL (SELECT * FROM data_value_years y WHERE y.data_element_id = p.element_id AND y.year = p.year OFFSET 0) AS y
  JOIN org_units s ON s.id = y.org_unit_id
  CROSS JOIN LATERAL unnest(org_unit_ancestors(s.path)) AS l(ancestor)
  JOIN (SELECT DISTINCT * FROM unnest(elements, years, ancestors)) AS a(element_id, year, ancestor)
    ON a.element_id = y.data_element_id AND a.year = y.year AND a.ancestor = l.ancestor
  GROUP BY y.data_element_id, y.year, l.ancestor, y.disaggregation;
END $$;

-- Recomputes the yearly summaries of the given (element, org unit, disaggregation, year) keys from
-- data_values, then the rollups of every ancestor of those units.
CREATE FUNCTION data_value_summaries_refresh(elements integer[], units integer[], disaggregations text[], years integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Two writers of the same element would each recompute from what they see and the later commit
  -- would overwrite the earlier; one at a time per element, in a fixed order, and each statement
  -- below then sees what the other committed.
  PERFORM pg_advisory_xact_lock(3, x.element_id) FROM (SELECT DISTINCT element_id FROM unnest(elements) AS e(element_id) ORDER BY 1) AS x;

  DELETE FROM data_value_years WHERE ctid = ANY (ARRAY(
    SELECT y.ctid
    FROM unnest(elements, units, disaggregations, years) AS k(element_id, org_unit_id, disaggregation, year)
    CROSS JOIN LATERAL (
      SELECT ctid FROM data_value_years y
      WHERE y.data_element_id = k.element_id AND y.year = k.year AND y.org_unit_id = k.org_unit_id AND y.disaggregation = k.disaggregation OFFSET 0
    ) AS y));

  INSERT INTO data_value_years (data_element_id, year, org_unit_id, disaggregation, value1, value2, value3, value4, n1, n2, n3, n4, samples1, samples2)
  SELECT c.data_element_id, c.year, c.org_unit_id, c.disaggregation,
    CASE c.rule WHEN 'sum' THEN sum(c.amount) WHEN 'average' THEN sum(c.amount) / sum(c.days) ELSE ((max(c.latest))[3])::numeric END,
    CASE c.rule WHEN 'sum' THEN sum(c.amount) FILTER (WHERE c.approved) WHEN 'average' THEN sum(c.amount) FILTER (WHERE c.approved) / sum(c.days) FILTER (WHERE c.approved)
      ELSE ((max(c.latest) FILTER (WHERE c.approved))[3])::numeric END,
    CASE c.rule WHEN 'sum' THEN sum(c.amount) FILTER (WHERE NOT c.sample) WHEN 'average' THEN sum(c.amount) FILTER (WHERE NOT c.sample) / sum(c.days) FILTER (WHERE NOT c.sample)
      ELSE ((max(c.latest) FILTER (WHERE NOT c.sample))[3])::numeric END,
    CASE c.rule WHEN 'sum' THEN sum(c.amount) FILTER (WHERE c.approved AND NOT c.sample)
      WHEN 'average' THEN sum(c.amount) FILTER (WHERE c.approved AND NOT c.sample) / sum(c.days) FILTER (WHERE c.approved AND NOT c.sample)
      ELSE ((max(c.latest) FILTER (WHERE c.approved AND NOT c.sample))[3])::numeric END,
    CASE c.rule WHEN 'last' THEN 1 ELSE count(*) END,
    CASE c.rule WHEN 'last' THEN least(count(*) FILTER (WHERE c.approved), 1) ELSE count(*) FILTER (WHERE c.approved) END,
    CASE c.rule WHEN 'last' THEN least(count(*) FILTER (WHERE NOT c.sample), 1) ELSE count(*) FILTER (WHERE NOT c.sample) END,
    CASE c.rule WHEN 'last' THEN least(count(*) FILTER (WHERE c.approved AND NOT c.sample), 1) ELSE count(*) FILTER (WHERE c.approved AND NOT c.sample) END,
    CASE c.rule WHEN 'last' THEN ((max(c.latest))[4])::bigint ELSE count(*) FILTER (WHERE c.sample) END,
    CASE c.rule WHEN 'last' THEN coalesce(((max(c.latest) FILTER (WHERE c.approved))[4])::bigint, 0) ELSE count(*) FILTER (WHERE c.approved AND c.sample) END
  FROM (
    -- Each value's share under its element's rule, worked out once: the amount to add (`average`:
    -- weighted by its days), or its (end, start, value, sample) for the latest.
    SELECT dv.data_element_id, k.year, dv.org_unit_id, dv.disaggregation, e.aggregation_over_time AS rule,
      dv.status = 'approved' AS approved, dv.provenance = 'sample' AS sample,
      CASE e.aggregation_over_time WHEN 'sum' THEN dv.value::numeric WHEN 'average' THEN dv.value::numeric * (dv.period_end - dv.period_start + 1) END AS amount,
      CASE e.aggregation_over_time WHEN 'average' THEN dv.period_end - dv.period_start + 1 END AS days,
      CASE e.aggregation_over_time WHEN 'last' THEN
        ARRAY[(dv.period_end - DATE '2000-01-01')::float8, (dv.period_start - DATE '2000-01-01')::float8, dv.value, (dv.provenance = 'sample')::int::float8] END AS latest
    FROM unnest(elements, units, disaggregations, years) AS k(element_id, org_unit_id, disaggregation, year)
    CROSS JOIN LATERAL (
      SELECT * FROM data_values dv
      WHERE dv.data_element_id = k.element_id AND dv.org_unit_id = k.org_unit_id AND dv.disaggregation = k.disaggregation
        AND dv.period_start BETWEEN make_date(k.year, 1, 1) AND make_date(k.year, 12, 31) AND left(dv.period, 4)::int = k.year
      OFFSET 0
    ) AS dv
    JOIN data_elements e ON e.id = dv.data_element_id
  ) AS c
  GROUP BY c.data_element_id, c.year, c.org_unit_id, c.disaggregation, c.rule;

  PERFORM data_value_rollups_refresh(array_agg(t.element_id), array_agg(t.year), array_agg(t.ancestor))
  FROM (
    SELECT DISTINCT k.element_id, k.year, l.ancestor
    FROM unnest(elements, units, years) AS k(element_id, org_unit_id, year)
    JOIN org_units u ON u.id = k.org_unit_id
    CROSS JOIN LATERAL unnest(org_unit_ancestors(u.path)) AS l(ancestor)
  ) AS t
  HAVING count(*) > 0;
END $$;

-- One statement's changed values, whatever their number, refresh their keys once.
CREATE FUNCTION data_values_summarize() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM data_value_summaries_refresh(array_agg(k.e), array_agg(k.o), array_agg(k.d), array_agg(k.y))
    FROM (SELECT DISTINCT data_element_id, org_unit_id, disaggregation, left(period, 4)::int FROM new_values) AS k(e, o, d, y)
    HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM data_value_summaries_refresh(array_agg(k.e), array_agg(k.o), array_agg(k.d), array_agg(k.y))
    FROM (SELECT DISTINCT data_element_id, org_unit_id, disaggregation, left(period, 4)::int FROM old_values) AS k(e, o, d, y)
    HAVING count(*) > 0;
  ELSE
    PERFORM data_value_summaries_refresh(array_agg(k.e), array_agg(k.o), array_agg(k.d), array_agg(k.y))
    FROM (
      SELECT data_element_id, org_unit_id, disaggregation, left(period, 4)::int FROM new_values
      UNION
      SELECT data_element_id, org_unit_id, disaggregation, left(period, 4)::int FROM old_values
    ) AS k(e, o, d, y)
    HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER data_values_summarize_insert AFTER INSERT ON data_values
  REFERENCING NEW TABLE AS new_values FOR EACH STATEMENT EXECUTE FUNCTION data_values_summarize();
CREATE TRIGGER data_values_summarize_update AFTER UPDATE ON data_values
  REFERENCING OLD TABLE AS old_values NEW TABLE AS new_values FOR EACH STATEMENT EXECUTE FUNCTION data_values_summarize();
CREATE TRIGGER data_values_summarize_delete AFTER DELETE ON data_values
  REFERENCING OLD TABLE AS old_values FOR EACH STATEMENT EXECUTE FUNCTION data_values_summarize();

-- A unit moved to another parent: its values leave the rollups of its old ancestors and join those of
-- its new ones.
CREATE FUNCTION org_units_summarize_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM data_value_rollups_refresh(array_agg(t.element_id), array_agg(t.year), array_agg(t.ancestor))
  FROM (
    SELECT DISTINCT y.data_element_id, y.year, l.ancestor
    FROM old_units o
    JOIN new_units n ON n.id = o.id AND n.path <> o.path
    JOIN data_value_years y ON y.org_unit_id = n.id
    CROSS JOIN LATERAL unnest(org_unit_ancestors(o.path) || org_unit_ancestors(n.path)) AS l(ancestor)
  ) AS t(element_id, year, ancestor)
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER org_units_summarize_moves AFTER UPDATE ON org_units
  REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units FOR EACH STATEMENT EXECUTE FUNCTION org_units_summarize_moves();

-- An element's rule over time changed: its per-unit values, and so its rollups, change with it.
CREATE FUNCTION data_elements_summarize_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM data_value_summaries_refresh(array_agg(y.data_element_id), array_agg(y.org_unit_id), array_agg(y.disaggregation), array_agg(y.year))
  FROM old_elements o
  JOIN new_elements n ON n.id = o.id AND n.aggregation_over_time <> o.aggregation_over_time
  JOIN data_value_years y ON y.data_element_id = n.id
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER data_elements_summarize_rules AFTER UPDATE ON data_elements
  REFERENCING OLD TABLE AS old_elements NEW TABLE AS new_elements FOR EACH STATEMENT EXECUTE FUNCTION data_elements_summarize_rules();

-- Every summary from scratch: the backfill below, and bulk loads that write values with the trigger
-- disabled.
CREATE FUNCTION data_value_summaries_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM data_value_years;
  DELETE FROM data_value_rollups;
  PERFORM data_value_summaries_refresh(array_agg(k.e), array_agg(k.o), array_agg(k.d), array_agg(k.y))
  FROM (SELECT DISTINCT data_element_id, org_unit_id, disaggregation, left(period, 4)::int FROM data_values) AS k(e, o, d, y)
  HAVING count(*) > 0;
END $$;

SELECT data_value_summaries_rebuild();

-- A billing API that keeps its views as versioned SQL files (the scenic gem):
-- a materialized view over jsonb event properties and a release that moves it
-- to its next version (a CTE over a new filters table, ?| and ->> operators,
-- a regex match), adds a plain view with jsonb_object_agg and array overlap,
-- and indexes the materialized view.
CREATE TABLE public.billable_metrics (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL,
    code character varying NOT NULL,
    field_name character varying,
    aggregation_type integer NOT NULL,
    deleted_at timestamp(6) without time zone
);
CREATE TABLE public.groups (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    billable_metric_id uuid NOT NULL REFERENCES public.billable_metrics(id),
    parent_group_id uuid REFERENCES public.groups(id),
    key character varying NOT NULL,
    deleted_at timestamp(6) without time zone
);
CREATE TABLE public.events (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    organization_id uuid NOT NULL,
    transaction_id character varying NOT NULL,
    code character varying NOT NULL,
    "timestamp" timestamp without time zone,
    properties jsonb DEFAULT '{}'::jsonb NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_events_on_properties ON public.events USING gin (properties jsonb_path_ops);

CREATE MATERIALIZED VIEW public.last_hour_events_mv AS
 WITH billable_metric_groups AS (
  SELECT
		billable_metrics.id AS bm_id,
		billable_metrics.code AS bm_code,
		COUNT(parent_groups.id) AS parent_group_count,
		array_agg(parent_groups.key) AS parent_group_keys,
		COUNT(child_groups.id) AS child_group_count,
		array_agg(child_groups.key) AS child_group_keys
	FROM billable_metrics
		LEFT JOIN groups AS parent_groups
			ON parent_groups.billable_metric_id = billable_metrics.id
			AND parent_groups.parent_group_id IS NULL
		LEFT JOIN groups AS child_groups
			ON child_groups.billable_metric_id = billable_metrics.id
			AND child_groups.parent_group_id IS NOT NULL
	WHERE billable_metrics.deleted_at IS NULL
	GROUP BY billable_metrics.id, billable_metrics.code
)
SELECT
  events.organization_id,
  events.transaction_id,
  events.timestamp,
  events.properties,
  billable_metrics.code AS billable_metric_code,
  billable_metrics.aggregation_type != 0 AS field_name_mandatory,
  billable_metrics.aggregation_type IN (1,2,5,6) AS numeric_field_mandatory,
  events.properties ->> billable_metrics.field_name::text AS field_value,
  events.properties ->> billable_metrics.field_name::text ~ '^-?\d+(\.\d+)?$' AS is_numeric_field_value,
  COALESCE(billable_metric_groups.parent_group_count, 0) > 0 AS parent_group_mandatory,
  events.properties ?| billable_metric_groups.parent_group_keys AS has_parent_group_key,
  COALESCE(billable_metric_groups.child_group_count, 0) > 0 AS child_group_mandatory,
  events.properties ?| billable_metric_groups.child_group_keys AS has_child_group_key
FROM
  events
    LEFT JOIN billable_metrics ON billable_metrics.code = events.code
      AND events.organization_id = billable_metrics.organization_id
    LEFT JOIN billable_metric_groups ON billable_metrics.id = billable_metric_groups.bm_id
WHERE
  events.deleted_at IS NULL
  AND events.created_at >= date_trunc('hour', NOW()) - INTERVAL '1 hour'
  AND events.created_at < date_trunc('hour', NOW())
  AND billable_metrics.deleted_at IS NULL
WITH NO DATA;

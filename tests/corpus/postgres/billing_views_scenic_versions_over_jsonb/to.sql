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
CREATE TABLE public.billable_metric_filters (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    billable_metric_id uuid NOT NULL REFERENCES public.billable_metrics(id),
    key character varying NOT NULL,
    "values" character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    deleted_at timestamp(6) without time zone
);
CREATE TABLE public.charges (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    billable_metric_id uuid NOT NULL REFERENCES public.billable_metrics(id),
    plan_id uuid NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone
);
CREATE TABLE public.charge_filters (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    charge_id uuid NOT NULL REFERENCES public.charges(id),
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone
);
CREATE TABLE public.charge_filter_values (
    id uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
    charge_filter_id uuid NOT NULL REFERENCES public.charge_filters(id),
    billable_metric_filter_id uuid NOT NULL REFERENCES public.billable_metric_filters(id),
    "values" character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    deleted_at timestamp(6) without time zone
);

CREATE VIEW public.flat_filters AS
SELECT
  billable_metrics.organization_id AS organization_id,
  billable_metrics.code AS billable_metric_code,
  charges.plan_id AS plan_id,
  charges.id AS charge_id,
  charges.updated_at AS charge_updated_at,
  charge_filters.id AS charge_filter_id,
  charge_filters.updated_at AS charge_filter_updated_at,
  jsonb_object_agg(
    billable_metric_filters.key,
    CASE
      WHEN charge_filter_values.values::text[] && ARRAY['__ALL_FILTER_VALUES__']
      THEN billable_metric_filters.values
      ELSE charge_filter_values.values
    END
  ) AS filters
FROM billable_metrics
  INNER JOIN charges ON charges.billable_metric_id = billable_metrics.id
  LEFT JOIN charge_filters ON charge_filters.charge_id = charges.id
  LEFT JOIN charge_filter_values ON charge_filter_values.charge_filter_id = charge_filters.id
  LEFT JOIN billable_metric_filters ON billable_metric_filters.id = charge_filter_values.billable_metric_filter_id
WHERE
  billable_metrics.deleted_at IS NULL
  AND charges.deleted_at IS NULL
  AND charge_filters.deleted_at IS NULL
  AND charge_filter_values.deleted_at IS NULL
  AND billable_metric_filters.deleted_at IS NULL
GROUP BY
  billable_metrics.organization_id,
  billable_metrics.code,
  charges.plan_id,
  charges.updated_at,
  charges.id,
  charges.updated_at,
  charge_filters.id,
  charge_filters.updated_at;

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
),
billable_metric_filters as (
	SELECT
		billable_metrics.id AS bm_id,
		billable_metrics.code AS bm_code,
		filters.key AS filter_key,
		filters.values AS filter_values
	FROM billable_metrics
		INNER JOIN billable_metric_filters filters
			ON filters.billable_metric_id = billable_metrics.id
	WHERE
		billable_metrics.deleted_at IS NULL
		AND filters.deleted_at IS NULL
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
  events.properties ?| billable_metric_groups.child_group_keys AS has_child_group_key,
  SUM(
    CASE WHEN (events.properties ? billable_metric_filters.filter_key)
    THEN 1 ELSE 0 END
  ) > 0 as has_filter_keys,
  sum(
  	CASE WHEN (events.properties ->> billable_metric_filters.filter_key) = ANY (billable_metric_filters.filter_values)
  	THEN 0 ELSE 1
	  END
  ) > 0 has_invalid_filter_values
FROM
  events
    LEFT JOIN billable_metrics ON billable_metrics.code = events.code
      AND events.organization_id = billable_metrics.organization_id
    LEFT JOIN billable_metric_groups ON billable_metrics.id = billable_metric_groups.bm_id
    LEFT JOIN billable_metric_filters on billable_metric_filters.bm_id = billable_metrics.id
WHERE
  events.deleted_at IS NULL
  AND events.created_at >= date_trunc('hour', NOW()) - INTERVAL '1 hour'
  AND events.created_at < date_trunc('hour', NOW())
  AND billable_metrics.deleted_at IS NULL
GROUP BY
  events.organization_id,
  events.transaction_id,
  events.timestamp,
  events.properties,
  billable_metrics.code,
  billable_metrics.field_name,
  billable_metrics.aggregation_type,
  billable_metric_groups.parent_group_count,
  billable_metric_groups.parent_group_keys,
  billable_metric_groups.child_group_count,
  billable_metric_groups.child_group_keys
WITH NO DATA;
CREATE INDEX index_last_hour_events_mv_on_organization_id ON public.last_hour_events_mv USING btree (organization_id);

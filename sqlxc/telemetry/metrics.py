"""Prometheus metrics for migrations, written in the textfile format (for the
node exporter's textfile collector) with prometheus-client."""
from __future__ import annotations

import os

ENV_METRICS = "SQLXC_METRICS_FILE"


class Metrics:
    def __init__(self, path: str | None = None):
        from prometheus_client import CollectorRegistry, Counter, Gauge

        self.path = path if path is not None else os.environ.get(ENV_METRICS) or None
        self.registry = CollectorRegistry()
        self.duration = Gauge("sqlx_migration_duration_ms", "Duration of a migration step, or 'total'",
                              ["plan_id", "step"], registry=self.registry)
        self.errors = Counter("sqlx_migration_errors_total", "Migration errors by class",
                              ["error_class"], registry=self.registry)
        self.pending = Gauge("sqlx_migration_pending", "Plans not yet applied", registry=self.registry)
        self.denied = Counter("sqlx_migration_policy_denied", "Migrations blocked by a policy",
                              ["rule"], registry=self.registry)

    def step(self, plan_id: str, step: str, ms: float) -> None:
        self.duration.labels(plan_id, step).set(round(ms, 3))

    def error(self, error_class: str) -> None:
        self.errors.labels(error_class).inc()

    def write(self) -> None:
        """Write the textfile atomically (prometheus-client writes a temp file and renames)."""
        if not self.path:
            return
        from prometheus_client import write_to_textfile

        from sqlxc.errors import ConfigError

        try:
            write_to_textfile(self.path, self.registry)
        except OSError as exc:
            raise ConfigError(f"cannot write metrics to {self.path}: {exc.strerror}") from None

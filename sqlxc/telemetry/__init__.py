"""Telemetry (spec section 10): JSON-line events to a configurable sink and
Prometheus metrics written as a textfile. Not an artifact, so a random trace id
and wall-clock times are fine here. Nothing here ever sees a password; text
fields pass through the caller's PII redactor."""

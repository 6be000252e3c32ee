"""``sqlxc explain --plan P [--format markdown|json] [--redact]``: a plan as a
reviewer wants it in a pull request. Deterministic, so CI can post it."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("explain", help="summarize a plan for review: risk, approvals needed, SQL and rollback per step")
    p.add_argument("--plan", required=True, help="the plan.json to explain")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("--redact", action="store_true", help="replace @pii column names with placeholders (for public posts)")
    p.add_argument("--config", help="sqlx.toml to read trust and policy from (default: the nearest one)")
    p.set_defaults(run=run)


def run(args) -> int:
    from sqlxc.policy.config import load_config
    from sqlxc.policy.redact import redact_text
    from sqlxc.policy.review import review, to_markdown
    from sqlxc.sign.files import read_plan

    config, _ = load_config(args.config)
    plan = read_plan(args.plan)
    report = review(plan, config)
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n" if args.format == "json" else to_markdown(report)
    sys.stdout.write(redact_text(text, plan) if args.redact else text)
    return 0

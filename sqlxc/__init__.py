"""sqlxc: a declarative database schema compiler."""

__version__ = "0.1.0"

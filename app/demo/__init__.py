"""Demo data: a year of an invented supported work cooperative in Porvoo, reproducible by seed."""

from .generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]

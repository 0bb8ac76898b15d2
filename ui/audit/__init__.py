"""The audit log viewer (administrator only)."""

"""Cooperative settings dialog."""

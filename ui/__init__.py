"""Osuva's Qt user interface: widgets, Qt models and dialogs calling app/ services."""

"""Invoicing tab."""

"""Coaching tab."""

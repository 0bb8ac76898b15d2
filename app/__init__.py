"""Osuva: member register, work, coaching and invoicing for supported work cooperatives.

This package never imports Qt: everything here runs and is tested without a display.
"""

__version__ = "0.1.0"

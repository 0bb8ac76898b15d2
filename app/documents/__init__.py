"""Printable PDF documents (ReportLab): member register, certificates, share statements."""

from .render import DOCUMENT_KINDS, render_document

__all__ = ["DOCUMENT_KINDS", "render_document"]

"""Finnish formats: payment references, bank barcode, EPC QR, VAT table and identifiers (no Qt)."""

"""E-invoices: Finvoice 3.0 and Peppol BIS Billing 3.0 (EN 16931 UBL) from issued invoices.

Everything here works on the frozen `EInvoice` built by `einvoice_source`, never on the ORM
rows directly, so a change of the invoice model touches one function.
"""

"""The Customers tab: the customer register, the customer form, the price list and import."""

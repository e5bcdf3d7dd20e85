"""Bringing records in: the CSV/XLSX import wizard and the encrypted bundle import dialog."""

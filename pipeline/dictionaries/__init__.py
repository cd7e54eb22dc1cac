"""Dictionaries: the schema of the committed TSVs, their loader, and the builder from raw sources."""

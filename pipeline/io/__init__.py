"""Readers (documents) and writers (CSV) — everything that touches files."""

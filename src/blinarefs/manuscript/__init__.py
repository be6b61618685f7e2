"""Manuscripts as files: reading Word and JATS, and writing back (renumbered, annotated)."""

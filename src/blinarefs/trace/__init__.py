"""Claims and traceability: citation markers, sentences, claims and the checks on them."""

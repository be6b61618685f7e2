"""Evidence: does the cited work say what the citing sentence says?

``sources`` finds the cited work's text (PubMed, Crossref, Europe PMC, through the cached
HTTP client), ``text`` cuts it into sentences, ``retrieve`` ranks them for a claim (BM25 with
numbers and entities), ``specifics`` reads the claim's checkable specifics (figures with their
unit and role, trials, drugs, phase, population, direction) and ``verdict`` compares them with
the text. Triage, not judgment: every verdict shows the sentences it rests on.
"""

"""The declared truth rules of ``corpora.jats_body`` as ``bench_markers.py`` meets them,
counted per source and printed on its last lines, so that a figure a truth rule moved can be
told from one the decoder moved."""

from __future__ import annotations

from collections import Counter

from corpora.jats_body import ArticleMarkers


class TruthRules:
    """Per source: xrefs read as author-year for their link sign (``link-sign``) and the
    articles that leaves author-year (not scored); xrefs read raised (``raised-mark``) and
    the articles they make superscript ones (scored in the style of their truth)."""

    def __init__(self) -> None:
        self.signs: Counter[str] = Counter()
        self.left: Counter[str] = Counter()
        self.raised: Counter[str] = Counter()
        self.raised_articles: Counter[str] = Counter()

    def style(self, source: str, truth: ArticleMarkers, listed: str) -> str | None:
        """The style to score an article in (``listed``: the manifest's), or None when it is
        not scored."""
        rules = Counter(rule for rule, _ in truth.set_aside)
        self.signs[source] += rules["link-sign"]
        if rules["link-sign"] and truth.style == "author-year":
            self.left[source] += 1
            return None
        self.raised[source] += rules["raised-mark"]
        self.raised_articles[source] += bool(rules["raised-mark"])
        return truth.style if rules["raised-mark"] else listed

    def print(self) -> None:
        if +self.signs:
            each = ", ".join(
                f"{src} {n} ({self.left[src]} articles left out)"
                for src, n in sorted((+self.signs).items())
            )
            print(f"truth rule link-sign (xrefs printing a sign, read as author-year): {each}")
        if +self.raised:
            each = ", ".join(
                f"{src} {n} ({self.raised_articles[src]} articles)"
                for src, n in sorted((+self.raised).items())
            )
            print(f"truth rule raised-mark (plain xrefs beside a raised mark, read raised): {each}")

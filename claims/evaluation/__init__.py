"""Quality measurement of the extraction engine against gold annotations."""

from __future__ import annotations

from claims.evaluation.scoring import (
    ArticleForScoring,
    ClaimForScoring,
    DateForScoring,
    EvalReport,
    QuantityForScoring,
    score_articles,
)

__all__ = [
    "ArticleForScoring",
    "ClaimForScoring",
    "DateForScoring",
    "EvalReport",
    "QuantityForScoring",
    "evaluate_gold_file",
    "score_articles",
]


def __getattr__(name: str):
    """Load the corpus runner lazily so `scoring` stays importable on its own."""
    if name == "evaluate_gold_file":
        from claims.evaluation.corpus import evaluate_gold_file

        return evaluate_gold_file
    raise AttributeError(name)

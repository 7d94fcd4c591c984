"""Services: verb_noun functions that change data, flush and audit; the caller commits."""

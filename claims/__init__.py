"""claims: a fact-claim annotation and verification workbench.

The package root stays import-light so the engines (claims.extraction,
claims.ingest, claims.evaluation) can be used without Flask; the app factory
lives in claims.factory.
"""

__version__ = "0.1.0"

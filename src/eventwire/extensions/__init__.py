"""User extensions: actor, sector-term and verb-pattern dictionaries merged over the built-ins.

Our own TSV format (``tsv``), an importer for PETRARCH/TABARI dictionaries (``petrarch``), the
CAMEO to PLOVER table (``cameo``) and the merge (``merge``). docs/extensions.md describes the format.
"""

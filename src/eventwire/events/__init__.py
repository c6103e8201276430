"""Event coding: trigger lexicon, clause-level coder, PLOVER ontology and event dating."""

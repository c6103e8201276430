"""Actor recognition: dictionaries of countries, organisations, sectors and media, and their resolution."""

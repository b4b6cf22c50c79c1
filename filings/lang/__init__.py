"""Languages: locale, formatting and the words documents use, one module per language."""

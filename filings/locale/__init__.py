"""The message catalogues (<language>/LC_MESSAGES/filings.po, compiled to .mo) and the
extractor that finds the commands' help in their docstrings (babel.cfg)."""

"""filings: a stalking victim's logbook and evidence, turned into the papers Belgian law asks for."""

__version__ = "0.1.0"

__all__ = ["__version__"]

"""Loading: a case file on disk or in memory to a validated Case, every problem at once."""

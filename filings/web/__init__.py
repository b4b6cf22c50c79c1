"""`filings web`: a local page over the same library as the CLI, for people who will
never edit YAML (DESIGN.md principle 9). guard.py is the security model, app.py the
pages, papers.py the bundle and the packages per reader, server.py the process."""

"""The fixed names inside a bundle, in a module of their own so that `filings verify`
can use them without importing the rendering stack (pydantic, jinja2, lxml, docxtpl)."""

EVIDENCE_FOLDER = "stukken"
SUMS = "SHA256SUMS"
MANIFEST = "manifest.json"
BUNDLE_FORMAT = 1  # manifest.json "format"

"""The fixed names inside a bundle, in a module of their own so that `filings verify`
can use them without importing the rendering stack (pydantic, jinja2, lxml, docxtpl)."""

SUMS = "SHA256SUMS"
MANIFEST = "manifest.json"
BUNDLE_FORMAT = 1  # manifest.json "format"
# The evidence copies' folder is named in the papers' language (lang/*.py
# BUNDLE_EVIDENCE_FOLDER). manifest.json records it as "evidence_folder" when it is not
# this one, the name of every bundle made before French ones: Dutch bundles stay the
# same bytes, and a manifest without the key means this folder.
DEFAULT_EVIDENCE_FOLDER = "stukken"
EVIDENCE_FOLDER_KEY = "evidence_folder"

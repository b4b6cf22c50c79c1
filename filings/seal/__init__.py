"""Sealing: copies, manifest.json, SHA256SUMS and zip; verify reads only what it needs."""

"""Rendering: .docx templates (per language) filled in a bounded sandbox."""

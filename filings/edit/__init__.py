"""Editing: the logbook and evidence intake, rewriting the case file safely."""

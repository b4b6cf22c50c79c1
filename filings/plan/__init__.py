"""Planning: which documents a case gets, numbered evidence, and each template's context."""

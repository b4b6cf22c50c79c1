"""Chat exports into the logbook: one parser per export format into one message record
(record.py), bursts of the respondent's messages (bursts.py), and the plan of incidents
and evidence that edit/batch.py writes in one validated, atomic rewrite (planner.py)."""

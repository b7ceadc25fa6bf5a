"""Canned reports: one named query per report, one shared output formatter."""

"""Scorers that compare eventwire output with gold-standard data sets."""

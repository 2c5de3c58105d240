"""factcheck: find where news reports disagree on figures and dates."""

__version__ = "0.1.0"

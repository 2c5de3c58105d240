"""Renderers: Report -> text in one output format."""

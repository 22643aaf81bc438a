"""Pieces every area shares: the type scale and palettes, small widgets, display settings."""

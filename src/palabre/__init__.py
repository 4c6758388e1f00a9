"""Palabre: a self-hosted comment platform for news publishers."""

__version__ = "0.1.0"

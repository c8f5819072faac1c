"""Yomu: a desktop reader for a Japanese interview, with reading aids and notes."""

__version__ = "0.1.0"

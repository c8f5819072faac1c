"""Tests of reader.core.annotations."""

"""Tests of corpus-scale batch extraction (``luoshi batch``)."""

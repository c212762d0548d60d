"""Corpus scale: batch extraction of many documents into Parquet tables, and questions across documents.

``luoshi batch`` (:mod:`luoshi.corpus.batch`) reads files, folders, archives and JSONL/CSV/Parquet tables
of documents (:mod:`luoshi.corpus.inputs`), extracts them on a Dask cluster and writes one Parquet folder
per table (:mod:`luoshi.corpus.tables` for the schemas, :mod:`luoshi.corpus.store` for the output folder).
``luoshi corpus`` asks questions of those tables across documents, years and regions with DuckDB.
"""

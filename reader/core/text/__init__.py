"""The document: a source text read (source), parsed into blocks (parse), and the
blocks and sections the rest of the reader works on (document)."""

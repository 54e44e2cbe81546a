"""The stored files of documents: the attachment store, reading and checking PDFs."""

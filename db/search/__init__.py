"""The search rule: folded terms, the search text of records, words naming labels."""

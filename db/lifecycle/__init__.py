"""The life of an agreement: terms and periods, status, events, renewals, what is coming.

- :mod:`db.periods` (below every record module): months and days, exact month-end arithmetic;
- :mod:`db.lifecycle.life`: one agreement's status and notice deadline on a given day;
- :mod:`db.lifecycle.lives`: the lives of many agreements, read in bulk.
"""

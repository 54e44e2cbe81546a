"""The life of an agreement: terms and periods, status, events, renewals, what is coming.

- :mod:`db.lifecycle.periods`: months and days, exact month-end and leap-day arithmetic;
- :mod:`db.lifecycle.life`: one agreement's status and notice deadline on a given day;
- :mod:`db.lifecycle.lives`: the lives of many agreements, read in bulk.
"""

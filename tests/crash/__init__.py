"""Crash-safety test machinery.

- :mod:`tests.crash.writer`: the program of a writer process, which loops
  doing random changes through the ``db/`` use cases and journals each one
  it saw committed;
- :mod:`tests.crash.checks`: what must hold after writers are killed with
  SIGKILL (replays the journals into the expected records);
- :mod:`tests.crash.harness`: runs rounds of start, kill, check.
"""

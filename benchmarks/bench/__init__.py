"""The speed targets measured against their floors, interleaved in one run.

``python -m benchmarks.bench`` (``make bench``) prints a table and writes
``benchmarks/results.json``. Each module measures one family of rows through the app's public
surfaces (services, the command line, the window) next to the floor the target is set against.
"""

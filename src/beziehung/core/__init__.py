"""Domain, storage and services: no Qt, no files."""

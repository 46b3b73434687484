"""Beziehung: a desktop customer-relationship notebook."""

__version__ = "0.1.0"

ORGANISATION = "Beziehung"
APPLICATION = "Beziehung"
APP_ID = "de.beziehung.Beziehung"

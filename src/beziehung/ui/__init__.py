"""The window: Qt lives only below this package."""

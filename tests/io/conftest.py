import pytest


@pytest.fixture(autouse=True)
def _application(qapp):
    """The PDF writer needs a Qt application; the one pytest-qt makes serves every test."""
    return qapp

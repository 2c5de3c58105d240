import pytest

from factcheck.ruleset import load_rules


@pytest.fixture(scope="session")
def rules():
    return load_rules()

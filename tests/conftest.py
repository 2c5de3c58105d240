import pytest

from factcheck.ruleset import load_rules


@pytest.fixture(scope="session")
def rules():
    return load_rules()


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from current output"
    )

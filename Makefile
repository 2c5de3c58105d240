.PHONY: install test lint bench samples acceptance

install:
	python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]"

test:
	.venv/bin/python -m pytest

lint:
	.venv/bin/ruff check factcheck tests benchmarks && .venv/bin/ruff format --check factcheck tests benchmarks

bench:
	.venv/bin/python benchmarks/bench.py

samples:
	.venv/bin/factcheck compare samples/ukraine/*.txt

acceptance:
	PATH=.venv/bin:$$PATH .venv/bin/python ../shared/acceptance/score.py ../shared/acceptance/cases

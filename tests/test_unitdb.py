"""quantulum3's unit database, loaded without inflect, must equal the one inflect builds."""

import json
import subprocess
import sys

DUMP = """
import json, sys, warnings
warnings.simplefilter("ignore")
{setup}
print(json.dumps({{"inflect": "inflect" in sys.modules,
                   "surfaces": sorted((k, sorted(u.name for u in v)) for k, v in units().surfaces_lower.items())}}))
"""

FAST = "from factcheck import unitdb\nunitdb.lexicon()\nfrom quantulum3.load import units"
REAL = "import inflect\nfrom quantulum3.load import units"


def dump(setup):
    done = subprocess.run(
        [sys.executable, "-c", DUMP.format(setup=setup)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_recorded_plurals_build_the_same_unit_database_without_inflect():
    fast, real = dump(FAST), dump(REAL)
    assert fast["inflect"] is False  # the two-second import never happens
    assert fast["surfaces"] == real["surfaces"]


def test_lexicon_knows_units_we_compare():
    from factcheck import unitdb

    surfaces, symbols = unitdb.lexicon()
    assert {u.name for u in surfaces["acres"]} == {"acre"}
    assert {u.name for u in symbols["km"]} == {"kilometre"}
    assert any(u.currency_code == "USD" for u in symbols["$"])

"""Builds quantities.jsonl and times.jsonl from the hand-written sentences below.

    python benchmarks/accuracy/build_sets.py

The sentences are original (written for this benchmark, not copied from articles)
and were annotated without looking at factcheck's extractors.  Gold dates that
depend on the publication date are computed with the small calendar helpers
below so that weekday arithmetic cannot be got wrong by hand; each helper
implements one annotation rule (see README.md in this folder).

Edit the sentences here and re-run; the .jsonl files are generated output.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
NBSP = "\u00a0"


# ---------------------------------------------------------------- calendar helpers
def iso(d):
    return d if isinstance(d, str) else d.isoformat()


def day(d):
    """One calendar day."""
    d = date.fromisoformat(d) if isinstance(d, str) else d
    return (d.isoformat(), d.isoformat())


def span(a, b):
    return (iso(a), iso(b))


def month(y, m, first=1, last=None):
    last = calendar.monthrange(y, m)[1] if last is None else min(last, calendar.monthrange(y, m)[1])
    return (date(y, m, first).isoformat(), date(y, m, last).isoformat())


def year(y, m1=1, m2=12):
    return (date(y, m1, 1).isoformat(), date(y, m2, calendar.monthrange(y, m2)[1]).isoformat())


def years(y1, y2):
    return (date(y1, 1, 1).isoformat(), date(y2, 12, 31).isoformat())


def prev(p, wd):
    """Weekday in a past-tense context: the most recent such day; pub_date itself if same weekday."""
    return p - timedelta((p.weekday() - wd) % 7)


def nxt(p, wd):
    """Weekday in a future context: the next such day; pub_date itself if same weekday."""
    return p + timedelta((wd - p.weekday()) % 7)


def week(p, k=0):
    """Monday..Sunday week, k weeks from the week containing p."""
    mon = p - timedelta(p.weekday()) + timedelta(7 * k)
    return (mon.isoformat(), (mon + timedelta(6)).isoformat())


def rel(p, n, tol=0):
    """pub_date + n days, +-tol."""
    return ((p + timedelta(n - tol)).isoformat(), (p + timedelta(n + tol)).isoformat())


def since(a, p):
    return (iso(a), p.isoformat())


def clock(d, hhmm, end=None):
    """A time of day: 'HH:MM' is that minute; 'HH' alone is the whole hour."""
    d = iso(d)
    if ":" in hhmm:
        return (f"{d}T{hhmm}", f"{d}T{end or hhmm}")
    return (f"{d}T{hhmm}:00", f"{d}T{end or hhmm + ':59'}")


# ---------------------------------------------------------------- records
def _locate(text, s, used):
    """First whole-word occurrence of s in text not overlapping an already used span."""
    for m in re.finditer(re.escape(s), text):
        a, b = m.span()
        if a > 0 and text[a - 1].isalnum() and s[0].isalnum():
            continue
        if b < len(text) and text[b].isalnum() and s[-1].isalnum():
            continue
        if any(a < ub and ua < b for ua, ub in used):
            continue
        return a, b
    raise ValueError(f"span {s!r} not found in {text!r}")


_OPEN_LOW = (
    "nearly",
    "almost",
    "up to",
    "fewer than",
    "less than",
    "under",
    "as many as",
    "as much as",
    "no more than",
    "within",
)
_OPEN_HIGH = ("more than", "over", "at least", "above", "upwards of")


def Q(s, value, unit, low="auto", high="auto"):
    """A gold quantity.  value is the number the span states (range midpoint for ranges)."""
    if low == "auto" or high == "auto":
        head = s.lower()
        lo, hi = value, value
        if head.startswith(_OPEN_HIGH):
            hi = None
        elif head.startswith(_OPEN_LOW):
            lo = None
        low = lo if low == "auto" else low
        high = hi if high == "auto" else high
    return {"span": s, "value": value, "unit": unit, "low": low, "high": high}


def T(s, interval):
    return {"span": s, "start": interval[0], "end": interval[1]}


def record(kind, text, pub, gold, ignore=()):
    used = []
    out = []
    for g in gold:
        a, b = _locate(text, g["span"], used)
        used.append((a, b))
        g = dict(g)
        g["char_start"], g["char_end"] = a, b
        out.append(g)
    ign = []
    for s in ignore:
        a, b = _locate(text, s, [])
        ign.append({"span": s, "char_start": a, "char_end": b})
    rec = {"text": text, "pub_date": iso(pub), kind: out}
    if ign:
        rec["ignore"] = ign
    return rec


# ================================================================ QUANTITIES
def quantities():
    P = [
        date(2023, 5, 10),
        date(2022, 2, 4),
        date(2023, 11, 14),
        date(2024, 1, 8),
        date(2021, 8, 19),
    ]
    R = []

    def add(text, gold=(), ignore=(), pub=None):
        R.append(record("quantities", text, pub or P[len(R) % len(P)], list(gold), ignore))

    # --- disasters
    add(
        "More than 13,000 people have been evacuated from towns along the river.",
        [Q("More than 13,000 people", 13000, "count")],
    )
    add(
        "The earthquake, which measured 7.8, destroyed at least 1,200 buildings.",
        [Q("7.8", 7.8, "magnitude"), Q("at least 1,200 buildings", 1200, "count")],
    )
    add(
        "A magnitude 6.1 earthquake struck off the coast on Tuesday, but no damage was reported.",
        [Q("magnitude 6.1", 6.1, "magnitude")],
    )
    add(
        "Wildfires have scorched 12,000 acres of forest and destroyed dozens of homes.",
        [Q("12,000 acres", 12000, "acre"), Q("dozens of homes", 36, "count", 24, 99)],
    )
    add(
        "Winds of up to 150 mph tore roofs off houses and toppled power lines.",
        [Q("up to 150 mph", 150, "mph")],
    )
    add(
        "Rescuers pulled a seven-year-old girl from the rubble after 40 hours.",
        [Q("40 hours", 40, "hour")],
    )
    add(
        "The flood left an estimated half a million people without clean water.",
        [Q("an estimated half a million people", 500000, "count")],
    )
    add(
        "Nearly two-thirds of the island's crops were destroyed by the cyclone.",
        [Q("Nearly two-thirds", 0.6667, "fraction")],
    )
    add(
        "Tens of thousands of residents spent the night in emergency shelters.",
        [Q("Tens of thousands of residents", 30000, "count", 20000, 99999)],
    )
    add(
        "The storm dumped 300mm of rain in 24 hours, swamping the old town.",
        [Q("300mm", 300, "mm"), Q("24 hours", 24, "hour")],
    )
    add("No one was hurt, the fire service said.")
    add(
        "The volcano has erupted several times since it awoke, scientists said.",
        ignore=["several times"],
    )
    add("The quake was felt 400 kilometres away in the capital.", [Q("400 kilometres", 400, "km")])
    add(
        "The death toll rose to 41 on Monday as more bodies were recovered.", [Q("41", 41, "count")]
    )
    add(
        "Hundreds of volunteers joined the search for the missing hikers.",
        [Q("Hundreds of volunteers", 300, "count", 200, 999)],
    )
    add(
        "The landslide buried a village of around 250 homes.", [Q("around 250 homes", 250, "count")]
    )
    add(
        "Three people died and seven were injured when the bus overturned.",
        [Q("Three people", 3, "count"), Q("seven", 7, "count")],
    )
    add(
        "The minister said one person remains in critical condition.", [Q("one person", 1, "count")]
    )
    add(
        "Officials said a couple of hundred people were still missing after the mudslide.",
        [Q("a couple of hundred people", 200, "count")],
    )
    add(
        "Twenty-three miners were trapped underground after the shaft collapsed.",
        [Q("Twenty-three miners", 23, "count")],
    )
    add(
        "The outbreak has infected 1,024 people in 14 provinces.",
        [Q("1,024 people", 1024, "count"), Q("14 provinces", 14, "count")],
    )
    add(
        "The charity distributed a dozen tonnes of food to families cut off by the floods.",
        [Q("a dozen tonnes", 12, "tonne")],
    )
    add("Residents were urged to stay indoors and keep their windows closed.")
    add("Officials have not yet said what caused the explosion at the depot.")

    # --- elections
    add(
        "Turnout reached 72.4 percent, the highest in two decades.",
        [Q("72.4 percent", 72.4, "percentage"), Q("two decades", 2, "decade")],
    )
    add(
        "The ruling party won 187 of the 350 seats in the lower house.",
        [Q("187", 187, "count"), Q("350 seats", 350, "count")],
    )
    add(
        "Four parties cleared the 5% threshold needed to enter parliament.",
        [Q("Four parties", 4, "count"), Q("5%", 5, "percentage")],
    )
    add(
        "She beat her rival by fewer than 600 votes after a bruising campaign.",
        [Q("fewer than 600 votes", 600, "count")],
    )
    add("One of the candidates withdrew hours before the televised debate.", ignore=["hours"])
    add(
        "About 3.5 million ballots were cast by mail, election officials said.",
        [Q("About 3.5 million ballots", 3500000, "count")],
    )
    add(
        "The coalition needs the support of at least two more lawmakers to pass the budget.",
        [Q("at least two more lawmakers", 2, "count")],
    )
    add(
        "Exit polls gave the opposition 41% against 38% for the governing party.",
        [Q("41%", 41, "percentage"), Q("38%", 38, "percentage")],
    )
    add("The president, who has been in power since 2014, is seeking a fourth term.")
    add("A recount in the district showed a margin of just 12 votes.", [Q("12 votes", 12, "count")])
    add("The referendum passed with 52 per cent of the vote.", [Q("52 per cent", 52, "percentage")])
    add("Polling stations in the capital opened at 7 a.m. and will close at 8 p.m.")
    add(
        "More than 70 countries signed the pledge at the summit.",
        [Q("More than 70 countries", 70, "count")],
    )
    add(
        "The president's approval rating stood at 39 percent, according to a poll of 1,500 adults.",
        [Q("39 percent", 39, "percentage"), Q("1,500 adults", 1500, "count")],
    )
    add(
        "Nearly 9 in 10 voters said the economy was their top concern.",
        [Q("Nearly 9 in 10 voters", 0.9, "fraction")],
    )
    add("The opposition called the result a fraud and vowed to challenge it in court.")
    add("Lawmakers from both parties criticised the proposal.")

    # --- business and earnings
    add(
        "The company reported a net profit of $3.2bn for the quarter, up 14% from a year earlier.",
        [Q("$3.2bn", 3.2e9, "USD"), Q("14%", 14, "percentage")],
    )
    add(
        "Revenue fell to 3 million euros in 2022 as orders dried up.",
        [Q("3 million euros", 3e6, "EUR")],
    )
    add(
        "The retailer will cut 2,500 jobs and close 80 stores by the end of the year.",
        [Q("2,500 jobs", 2500, "count"), Q("80 stores", 80, "count")],
    )
    add(
        "Shares jumped 8.5 percent in early trading after the results.",
        [Q("8.5 percent", 8.5, "percentage")],
    )
    add(
        "The merger values the combined group at roughly £12 billion.",
        [Q("roughly £12 billion", 12e9, "GBP")],
    )
    add(
        "The carmaker sold 1.2 million vehicles last year.",
        [Q("1.2 million vehicles", 1.2e6, "count")],
    )
    add("The start-up raised $45m in its latest funding round.", [Q("$45m", 45e6, "USD")])
    add(
        "Oil prices fell below $70 a barrel for the first time since December.",
        [Q("below $70", 70, "USD")],
    )
    add(
        "The S&P 500 fell 2.1% while the FTSE 100 ended the day flat.",
        [Q("2.1%", 2.1, "percentage")],
    )
    add(
        "Inflation eased to 3.4%, from 4.1% a month earlier.",
        [Q("3.4%", 3.4, "percentage"), Q("4.1%", 4.1, "percentage")],
    )
    add(
        "The bank set aside an extra 500 million yuan to cover bad loans.",
        [Q("500 million yuan", 5e8, "CNY")],
    )
    add(
        "The group posted a loss of €1.3bn, compared with a profit of €200m the year before.",
        [Q("€1.3bn", 1.3e9, "EUR"), Q("€200m", 2e8, "EUR")],
    )
    add(
        "Its market value has topped US$2 trillion for the first time.",
        [Q("US$2 trillion", 2e12, "USD")],
    )
    add(
        "The airline carried 4.6m passengers in July, 2m more than a year earlier.",
        [Q("4.6m passengers", 4.6e6, "count"), Q("2m", 2e6, "count")],
    )
    add(
        "The deal is worth about 450 billion yen, people familiar with the matter said.",
        [Q("about 450 billion yen", 450e9, "JPY")],
    )
    add("Sales of the iPhone 15 were flat in China during the holiday season.")
    add(
        f"The company employs some 13{NBSP}000 people worldwide.",
        [Q(f"some 13{NBSP}000 people", 13000, "count")],
    )
    add(
        "Average house prices rose by £7,500 over the year to £285,000.",
        [Q("£7,500", 7500, "GBP"), Q("£285,000", 285000, "GBP")],
    )
    add(
        "The central bank raised its key rate by half a percentage point to 4.75 percent.",
        [
            Q("half a percentage point", 0.5, "percentage_point"),
            Q("4.75 percent", 4.75, "percentage"),
        ],
    )
    add(
        "Boeing delivered 37 of its 737 jets in March, down from 51 a year earlier.",
        [Q("37", 37, "count"), Q("51", 51, "count")],
    )
    add(
        "The firm's debt has ballooned to more than $600 million.",
        [Q("more than $600 million", 6e8, "USD")],
    )
    add(
        "Unemployment fell by 0.2 percentage points to 3.7%.",
        [Q("0.2 percentage points", 0.2, "percentage_point"), Q("3.7%", 3.7, "percentage")],
    )
    add("Wages grew 5.6% in nominal terms but fell in real terms.", [Q("5.6%", 5.6, "percentage")])
    add(
        "The company's valuation fell from $40 billion to $12 billion in eighteen months.",
        [
            Q("$40 billion", 40e9, "USD"),
            Q("$12 billion", 12e9, "USD"),
            Q("eighteen months", 18, "month"),
        ],
    )
    add(
        "The project will cost $3-4 billion, according to the ministry.",
        [Q("$3-4 billion", 3.5e9, "USD", 3e9, 4e9)],
    )
    add(
        "The firm lost a quarter of its value in a single day.",
        [Q("a quarter", 0.25, "fraction")],
        ignore=["a single day"],
    )
    add(
        "The company's share price slumped 40 per cent in 2022.",
        [Q("40 per cent", 40, "percentage")],
    )
    add(
        "The trade deficit widened to a record 1.1 trillion won.",
        [Q("1.1 trillion won", 1.1e12, "KRW")],
    )
    add(
        "The factory produces 500 cars a day and employs 3,400 workers.",
        [Q("500 cars", 500, "count"), Q("3,400 workers", 3400, "count")],
    )
    add(
        "The budget allocates an additional 2.4bn Swiss francs to defence.",
        [Q("2.4bn Swiss francs", 2.4e9, "CHF")],
    )
    add(
        "Rents in the city have risen 25% over five years.",
        [Q("25%", 25, "percentage"), Q("five years", 5, "year")],
    )
    add(
        "Petrol now costs 1.85 euros a litre at most filling stations.",
        [Q("1.85 euros", 1.85, "EUR")],
    )
    add(
        "The economy contracted, with growth of -0.3% in the quarter.",
        [Q("-0.3%", -0.3, "percentage")],
    )
    add("Investors remained cautious ahead of the central bank's announcement.")
    add("The company declined to comment on the report.")
    add("Tesla's Model 3 remains the best-selling electric car in Europe.")
    add("The company is listed on the Nasdaq 100 index.")
    add(
        "The government will spend one and a half billion dollars on new schools.",
        [Q("one and a half billion dollars", 1.5e9, "USD")],
    )
    add(
        "The chain, which has 1,900 branches, plans to sell a majority stake for £1.1 billion.",
        [Q("1,900 branches", 1900, "count"), Q("£1.1 billion", 1.1e9, "GBP")],
    )
    add(
        "Global smartphone shipments dropped by 12 per cent to 1.17 billion units.",
        [Q("12 per cent", 12, "percentage"), Q("1.17 billion units", 1.17e9, "count")],
    )

    # --- sport
    add(
        "Manchester City won 3-1 to go four points clear at the top of the table.",
        [Q("four points", 4, "count")],
    )
    add(
        "The striker has scored 31 goals in 40 appearances this season.",
        [Q("31 goals", 31, "count"), Q("40 appearances", 40, "count")],
    )
    add(
        "She ran the 100 metres in 10.72 seconds, a championship record.",
        [Q("10.72 seconds", 10.72, "second")],
        ignore=["100 metres"],
    )
    add(
        "The marathon champion finished more than two minutes ahead of the field.",
        [Q("more than two minutes", 2, "minute")],
    )
    add("The club paid a record £100m for the 19-year-old midfielder.", [Q("£100m", 100e6, "GBP")])
    add(
        "Some 80,000 fans packed the stadium for the final.",
        [Q("Some 80,000 fans", 80000, "count")],
    )
    add(
        "He became the first player to hit 50 home runs in a season since 2001.",
        [Q("50 home runs", 50, "count")],
    )
    add(
        "The team has lost just one of its last 12 matches.",
        [Q("12 matches", 12, "count")],
        ignore=["one"],
    )
    add("The Formula 1 season will feature a record 24 races.", [Q("24 races", 24, "count")])
    add(
        "The cyclist climbed 4,200 metres over the 180km stage.",
        [Q("4,200 metres", 4200, "m"), Q("180km", 180, "km")],
    )
    add(
        "The quarterback threw for 312 yards and three touchdowns.",
        [Q("312 yards", 312, "yard"), Q("three touchdowns", 3, "count")],
    )
    add(
        "Tickets for the final sold out in under 20 minutes.", [Q("under 20 minutes", 20, "minute")]
    )
    add("The two teams drew 0-0 in front of a half-empty stadium.", [Q("two teams", 2, "count")])
    add("Djokovic is chasing a 25th grand slam title at Wimbledon.")
    add(
        "He won the race by 0.03 seconds after a photo finish.", [Q("0.03 seconds", 0.03, "second")]
    )
    add("The coach praised his players for their resilience.")
    add("The team's 4th-place finish secured a spot in the Champions League.")
    add("The striker's 90th-minute goal sealed a 2-1 win.")
    add("The 2024 Paris Olympics will feature breakdancing for the first time.")
    add(
        "More than 10,500 athletes from 206 teams are expected at the Games.",
        [Q("More than 10,500 athletes", 10500, "count"), Q("206 teams", 206, "count")],
    )

    # --- science and health
    add("The vaccine was 95% effective in preventing severe illness.", [Q("95%", 95, "percentage")])
    add(
        "Researchers followed more than 40,000 adults for a decade.",
        [Q("more than 40,000 adults", 40000, "count")],
        ignore=["a decade"],
    )
    add(
        "The telescope spotted a planet roughly 1.5 times the size of Earth.",
        [Q("roughly 1.5 times", 1.5, "times")],
    )
    add(
        "Global temperatures have risen by about 1.1C since pre-industrial times.",
        [Q("about 1.1C", 1.1, "C")],
    )
    add("The patient's temperature reached 40C before the fever broke.", [Q("40C", 40, "C")])
    add("COVID-19 cases rose for a third straight week.")
    add(
        "Hospitals reported 2,345 new admissions, a rise of 12 percent.",
        [Q("2,345 new admissions", 2345, "count"), Q("12 percent", 12, "percentage")],
    )
    add(
        "One in five adults in the region is obese, the survey found.",
        [Q("One in five adults", 0.2, "fraction")],
    )
    add("The drug cut the risk of heart attack by a third.", [Q("a third", 0.3333, "fraction")])
    add("Half of the participants received a placebo.", [Q("Half", 0.5, "fraction")])
    add(
        "The asteroid, about 60 metres wide, will pass within 2 million km of Earth.",
        [Q("about 60 metres", 60, "m"), Q("within 2 million km", 2e6, "km")],
    )
    add(
        "Each dose contains 0.5 milligrams of the active ingredient.",
        [Q("0.5 milligrams", 0.5, "mg")],
    )
    add("The H5N1 strain has been found in birds on every continent except Australia.")
    add(
        "The study found that sleeping fewer than six hours a night raised the risk.",
        [Q("fewer than six hours", 6, "hour")],
    )
    add(
        "The ice sheet is losing around 270 billion tonnes of ice a year.",
        [Q("around 270 billion tonnes", 270e9, "tonne")],
    )
    add(
        "Scientists sequenced the genomes of 3,000 plant species.",
        [Q("3,000 plant species", 3000, "count")],
    )
    add(
        "The probe travelled 6.4 billion km over 12 years.",
        [Q("6.4 billion km", 6.4e9, "km"), Q("12 years", 12, "year")],
    )
    add(
        "Three-quarters of doctors surveyed said they felt burned out.",
        [Q("Three-quarters", 0.75, "fraction")],
    )
    add("Doctors say the new treatment could change how the disease is managed.")
    add(
        "Only one in three schools has a qualified physics teacher.",
        [Q("one in three schools", 0.3333, "fraction")],
    )
    add("At 8,849 metres, Everest is the world's highest mountain.", [Q("8,849 metres", 8849, "m")])
    add(
        "The new reactor can produce 1.5GW, enough to power a million homes.",
        [Q("1.5GW", 1.5, "GW"), Q("a million homes", 1e6, "count")],
    )
    add("The report was written by the IPCC's Working Group 2.")
    add(
        "Measles cases in Europe rose 30-fold last year to more than 42,000.",
        [Q("30-fold", 30, "times"), Q("more than 42,000", 42000, "count")],
    )

    # --- conflict
    add(
        "Dozens of warships took part in the drills near the strait.",
        [Q("Dozens of warships", 36, "count", 24, 99)],
    )
    add(
        "The army said it had deployed tens of thousands of troops to the border.",
        [Q("tens of thousands of troops", 30000, "count", 20000, 99999)],
    )
    add("An F-16 was shot down near the border, the ministry said.")
    add(
        "At least 23 civilians were killed in the shelling.",
        [Q("At least 23 civilians", 23, "count")],
    )
    add("NATO invoked Article 5 for the first time after the attacks.")
    add(
        "The aid package includes 31 Abrams tanks and $2.5 billion in ammunition.",
        [Q("31 Abrams tanks", 31, "count"), Q("$2.5 billion", 2.5e9, "USD")],
    )
    add(
        "Several hundred fighters surrendered after the siege.",
        [Q("Several hundred fighters", 500, "count", 300, 999)],
    )
    add("The front line stretches for more than 1,000 km.", [Q("more than 1,000 km", 1000, "km")])
    add("A drone strike killed a commander and two of his aides.", [Q("two", 2, "count")])
    add("The G7 leaders pledged another $50bn to Ukraine.", [Q("$50bn", 50e9, "USD")])
    add(
        "Around 1,500 prisoners were exchanged, according to officials on both sides.",
        [Q("Around 1,500 prisoners", 1500, "count")],
    )
    add(
        "The rebels control roughly a third of the country.",
        [Q("roughly a third", 0.3333, "fraction")],
    )
    add("The missile has a range of 2,500 miles.", [Q("2,500 miles", 2500, "mile")])
    add(
        "Both sides lost hundreds of armoured vehicles in the offensive.",
        [Q("hundreds of armoured vehicles", 300, "count", 200, 999)],
    )
    add("UN Security Council Resolution 2231 was adopted unanimously.")
    add("The ceasefire lasted just 72 hours before fighting resumed.", [Q("72 hours", 72, "hour")])
    add("One of the hostages was released late on Tuesday.")
    add("No one has claimed responsibility for the attack.")
    add("The minister met her counterpart at the G7 meeting in Hiroshima.")
    add(
        "Military spending rose 7% to a record $2.4 trillion, the institute said.",
        [Q("7%", 7, "percentage"), Q("$2.4 trillion", 2.4e12, "USD")],
    )
    add(
        "More than 6 million refugees have fled the country since the invasion.",
        [Q("More than 6 million refugees", 6e6, "count")],
    )
    add(
        "The convoy of 40 trucks was stopped about 5km from the crossing.",
        [Q("40 trucks", 40, "count"), Q("about 5km", 5, "km")],
    )

    # --- weather
    add("Temperatures plunged to -20C in the mountains overnight.", [Q("-20C", -20, "C")])
    add("Forecasters expect up to 30cm of snow in the north.", [Q("up to 30cm", 30, "cm")])
    add(
        "The mercury hit 47.3 degrees Celsius, a national record.",
        [Q("47.3 degrees Celsius", 47.3, "C")],
    )
    add("Gusts of 90 km/h were recorded at the airport.", [Q("90 km/h", 90, "km/h")])
    add(
        "Parts of the country could see as much as 4 inches of rain.",
        [Q("as much as 4 inches", 4, "inch")],
    )
    add("The heat index topped 110F in Phoenix for a fifth day.", [Q("110F", 110, "F")])
    add("It was minus 15 degrees overnight in the capital.", [Q("minus 15 degrees", -15, "C")])
    add(
        "A Category 4 hurricane was churning 200 miles off the coast.",
        [Q("200 miles", 200, "mile")],
    )
    add(
        "The drought has left reservoirs at 18 percent of capacity.",
        [Q("18 percent", 18, "percentage")],
    )
    add(
        "Fog reduced visibility to less than 50 metres on the motorway.",
        [Q("less than 50 metres", 50, "m")],
    )
    add("Snow is expected later today across the higher ground.")
    add("Overnight lows of \u22125C are forecast for much of the region.", [Q("\u22125C", -5, "C")])
    add("The hailstones were the size of golf balls, witnesses said.")
    add("Rainfall in June was 140% of the long-term average.", [Q("140%", 140, "percentage")])
    add("Officials declared a Level 4 emergency across the state.")

    # --- courts
    add("The former executive was sentenced to 12 years in prison.", [Q("12 years", 12, "year")])
    add(
        "The jury deliberated for nine hours before reaching a verdict.",
        [Q("nine hours", 9, "hour")],
    )
    add(
        "The company agreed to pay a $1.2bn settlement to end the lawsuits.",
        [Q("$1.2bn", 1.2e9, "USD")],
    )
    add(
        "The court fined the bank 3 million euros for money laundering failures.",
        [Q("3 million euros", 3e6, "EUR")],
    )
    add("A 14-year-old boy was charged with assault after the fight.")
    add(
        "Prosecutors have charged 11 people over the collapse of the building.",
        [Q("11 people", 11, "count")],
    )
    add("The ruling cited Section 230 and the First Amendment.")
    add(
        "The judge ordered him to do 200 hours of community service.", [Q("200 hours", 200, "hour")]
    )
    add("The lawsuit seeks damages of up to £5m.", [Q("up to £5m", 5e6, "GBP")])
    add("Bail was set at $250,000.", [Q("$250,000", 250000, "USD")])
    add(
        "The appeals court upheld two of the three convictions.",
        [Q("two", 2, "count"), Q("three convictions", 3, "count")],
    )
    add("The court ruled that the law was unconstitutional.")
    add("A 3-year-old child was among those rescued from the river.")
    add("Protesters gathered outside 10 Downing Street after the verdict.")
    add(
        "The fraud cost investors an estimated $65 billion over four decades.",
        [Q("an estimated $65 billion", 65e9, "USD"), Q("four decades", 4, "decade")],
    )

    # --- transport
    add(
        "The high-speed line will cut journey times to 49 minutes.", [Q("49 minutes", 49, "minute")]
    )
    add("The new Airbus can carry up to 244 passengers.", [Q("up to 244 passengers", 244, "count")])
    add(
        "Traffic on the M25 was backed up for 15 miles after the crash.",
        [Q("15 miles", 15, "mile")],
    )
    add("Train fares will rise by 5.9 percent in March.", [Q("5.9 percent", 5.9, "percentage")])
    add("Flight 370 disappeared with 239 people on board.", [Q("239 people", 239, "count")])
    add(
        "The bridge carries about 40,000 vehicles a day.",
        [Q("about 40,000 vehicles", 40000, "count")],
    )
    add(
        "The ship was carrying 18,000 containers when it ran aground.",
        [Q("18,000 containers", 18000, "count")],
    )
    add("A 2m-high wall will be built along the platform.", [Q("2m", 2, "m")])
    add("Speed limits will be cut to 20 mph in residential streets.", [Q("20 mph", 20, "mph")])
    add("Terminal 5 handled a record number of travellers over the holiday.")
    add(
        "The tunnel, 57 kilometres long, took 17 years to build.",
        [Q("57 kilometres", 57, "km"), Q("17 years", 17, "year")],
    )
    add(
        "Cancelled flights stranded some 2,000 passengers at the airport.",
        [Q("some 2,000 passengers", 2000, "count")],
    )
    add("Interstate 95 was closed in both directions after the crash.")
    add(
        "The plane was carrying 156 passengers and six crew members.",
        [Q("156 passengers", 156, "count"), Q("six crew members", 6, "count")],
    )
    add("The 737 Max has been grounded in several countries.", ignore=["several countries"])
    add(
        "The new ferry is 212 metres long and weighs 54,000 tonnes.",
        [Q("212 metres", 212, "m"), Q("54,000 tonnes", 54000, "tonne")],
    )

    # --- protest, society, misc tricky
    add(
        "Between 200 and 300 people attended the vigil.",
        [Q("Between 200 and 300 people", 250, "count", 200, 300)],
    )
    add(
        "Estimates of the crowd ranged from 50,000 to 70,000.",
        [Q("50,000 to 70,000", 60000, "count", 50000, 70000)],
    )
    add(
        "Police said 30 to 40 officers were injured in the clashes.",
        [Q("30 to 40 officers", 35, "count", 30, 40)],
    )
    add(
        "A handful of protesters remained outside the embassy.",
        [Q("A handful of protesters", 4, "count", 3, 6)],
    )
    add(
        "Thousands of people marched through the city centre.",
        [Q("Thousands of people", 3000, "count", 2000, 9999)],
    )
    add(
        "Millions of households face higher energy bills this winter.",
        [Q("Millions of households", 3e6, "count", 2e6, 9.99e6)],
    )
    add(
        "The number of migrants crossing the Channel doubled to 45,000.",
        [Q("45,000", 45000, "count")],
    )
    add(
        "The reservoir holds about 1.2 million cubic metres of water.",
        [Q("about 1.2 million cubic metres", 1.2e6, "m3")],
    )
    add(
        "The scheme has helped more than a million families.",
        [Q("more than a million families", 1e6, "count")],
    )
    add("Emissions must fall by 43% by 2030 to meet the target.", [Q("43%", 43, "percentage")])
    add(
        "The population grew from 2.1 million in 2000 to 3.4 million in 2020.",
        [Q("2.1 million", 2.1e6, "count"), Q("3.4 million", 3.4e6, "count")],
    )
    add("The park covers 1,200 sq km of savannah.", [Q("1,200 sq km", 1200, "km2")])
    add("The prime minister said the government would not be rushed into a decision.")
    add("Police said the 9/11 memorial would be closed on Monday.")
    add("The meeting at No. 10 ended without agreement.")
    add("Windows 11 users reported problems after the update.")
    add("The bill is the first of its kind in the country.")
    add("The G20 summit opened in New Delhi with no joint statement in sight.")
    add("Both leaders said they wanted to move on from the dispute.")
    add("The Apollo 11 crew landed on the moon in July 1969.")
    add("Power cuts under Stage 6 load-shedding left homes dark for hours.", ignore=["hours"])
    add(
        "The strike involved almost 100,000 nurses across England.",
        [Q("almost 100,000 nurses", 100000, "count")],
    )
    add(
        "The government has promised to build 1.5 million homes by the end of the decade.",
        [Q("1.5 million homes", 1.5e6, "count")],
    )
    add("The average worker commutes 27 minutes each way.", [Q("27 minutes", 27, "minute")])
    add(
        "Upwards of 2,000 homes remain without power.", [Q("Upwards of 2,000 homes", 2000, "count")]
    )
    add("The fund is worth nearly $1.4tn after a strong year.", [Q("nearly $1.4tn", 1.4e12, "USD")])
    add(
        "Officials said 1 in 4 children in the city lives in poverty.",
        [Q("1 in 4 children", 0.25, "fraction")],
    )
    add(
        "Demonstrators numbered in the tens of thousands, organisers said.",
        [Q("tens of thousands", 30000, "count", 20000, 99999)],
    )
    add(
        "The firm will hire 300 engineers and invest 80 million pounds in the site.",
        [Q("300 engineers", 300, "count"), Q("80 million pounds", 80e6, "GBP")],
    )
    add("The price of a loaf has gone up by 20 cents.", [Q("20 cents", 20, "cent")])
    add(
        "Police seized 1.7 tonnes of cocaine hidden in banana crates.",
        [Q("1.7 tonnes", 1.7, "tonne")],
    )
    add(
        "The wildfire is only 15% contained and has forced some 8,000 people from their homes.",
        [Q("15%", 15, "percentage"), Q("some 8,000 people", 8000, "count")],
    )
    add(
        "A quarter of a million people signed the petition within two days.",
        [Q("A quarter of a million people", 250000, "count"), Q("two days", 2, "day")],
    )
    add(
        "The storm knocked out power to 1.4 million customers and killed at least five people.",
        [Q("1.4 million customers", 1.4e6, "count"), Q("at least five people", 5, "count")],
    )
    add(
        "Zero new cases were reported for the first time in months.",
        [Q("Zero new cases", 0, "count")],
    )
    return R


# ================================================================ TIMES
def times():
    R = []

    def add(pub, text, gold=(), ignore=()):
        R.append(record("times", text, pub, list(gold), ignore))

    # ---- Wednesday 2023-05-10
    p = date(2023, 5, 10)
    add(
        p,
        "The central bank raised interest rates on Thursday, taking borrowing costs to their highest level since 2008.",
        [T("Thursday", day(prev(p, THU))), T("since 2008", since("2008-01-01", p))],
    )
    add(
        p,
        "Lawmakers will vote on the measure Friday, a spokeswoman for the speaker said.",
        [T("Friday", day(nxt(p, FRI)))],
    )
    add(
        p,
        "The ministry said on Tuesday that negotiators would meet again Thursday in Vienna.",
        [T("Tuesday", day(prev(p, TUE))), T("Thursday", day(nxt(p, THU)))],
    )
    add(
        p,
        "The tremor struck at 4:17 a.m. Tuesday about 30 kilometres south of the city.",
        [T("4:17 a.m. Tuesday", clock(prev(p, TUE), "04:17"))],
    )
    add(
        p,
        "Polls closed at 6 p.m. on Wednesday and counting began immediately.",
        [T("6 p.m. on Wednesday", clock(p, "18"))],
    )
    add(
        p,
        "Talks on a ceasefire are expected to continue in the coming days.",
        [T("the coming days", (rel(p, 1)[0], rel(p, 7)[0]))],
    )
    add(
        p,
        "The company said it expects to close the takeover in two weeks.",
        [T("in two weeks", rel(p, 14, 3))],
    )
    add(
        p,
        "Two weeks ago, the same ministers rejected the proposal outright.",
        [T("Two weeks ago", rel(p, -14, 3))],
    )
    add(
        p,
        "Consumer prices rose more slowly in April than economists had forecast.",
        [T("April", month(2023, 4))],
    )
    add(p, "Farmers plan to march on the capital to protest against the fuel tax.")
    add(
        p,
        "Yesterday police arrested three men in connection with the jewellery raid.",
        [T("Yesterday", day(rel(p, -1)[0]))],
    )
    add(p, "A verdict in the fraud trial is expected tomorrow.", [T("tomorrow", day(rel(p, 1)[0]))])
    add(
        p,
        "The president will travel to Japan and South Korea next week.",
        [T("next week", week(p, 1))],
    )
    add(
        p,
        "Retail sales fell 1.2 percent last month, the statistics office said.",
        [T("last month", month(2023, 4))],
    )
    add(p, "The league will expand to 16 teams next year.", [T("next year", year(2024))])
    add(
        p,
        "Last week the regulator fined the lender for failing to flag suspicious transfers.",
        [T("Last week", week(p, -1))],
    )
    add(p, "Fans hope that one day the club will return to the top flight.")
    add(p, "The hurricane strengthened into a Category 4 storm as it neared the coast.")
    add(
        p,
        "Water rationing will remain in force until the end of the month, the utility said.",
        [T("the end of the month", month(2023, 5, 21))],
    )
    add(
        p,
        "Earlier this month, the ministry ordered an audit of the contracts.",
        [T("Earlier this month", ("2023-05-01", p.isoformat()))],
    )
    add(
        p,
        "The strike, which began on May 2, has shut most of the country's ports.",
        [T("May 2", day("2023-05-02"))],
    )
    add(p, "The new rules take effect on June 1.", [T("June 1", day("2023-06-01"))])
    add(
        p,
        "Prosecutors said the defendant had fled the country on the night of March 12.",
        [T("the night of March 12", day("2023-03-12"))],
    )
    add(
        p,
        "The mayor, who took office in January, has promised to clear the backlog this summer.",
        [T("January", month(2023, 1)), T("this summer", ("2023-06-01", "2023-08-31"))],
    )
    add(p, "Engineers will inspect the dam again on Wednesday.", [T("Wednesday", day(p))])
    add(
        p,
        "In the past 24 hours, the rebels shelled three villages.",
        [T("the past 24 hours", (rel(p, -1)[0], p.isoformat()))],
    )
    add(
        p,
        "This morning, commuters faced long delays after a signal failure.",
        [T("This morning", day(p))],
    )
    add(
        p,
        "Tuesday's vote was the closest in the parliament's history.",
        [T("Tuesday", day(prev(p, TUE)))],
    )
    add(
        p,
        "The firm's profit for 2022 was its best in a decade.",
        [T("2022", year(2022))],
        ignore=["a decade"],
    )
    add(
        p,
        "Flights resumed at 11:30 on Sunday after a 14-hour shutdown.",
        [T("11:30 on Sunday", clock(prev(p, SUN), "11:30"))],
    )
    add(
        p,
        "The storm is expected to reach the coast by Saturday morning.",
        [T("Saturday morning", day(nxt(p, SAT)))],
    )
    add(
        p,
        "A decision is expected within 48 hours, a government source said.",
        [T("within 48 hours", (p.isoformat(), rel(p, 2)[0]))],
    )

    # ---- Friday 2022-02-04
    p = date(2022, 2, 4)
    add(p, "The company said Friday it would cut 2,000 jobs.", [T("Friday", day(p))])
    add(
        p,
        "Officials said on Monday that the border crossing would reopen.",
        [T("Monday", day(prev(p, MON)))],
    )
    add(p, "The two leaders will hold a video call on Tuesday.", [T("Tuesday", day(nxt(p, TUE)))])
    add(
        p,
        "The opposition has called a general strike for next Thursday.",
        [T("next Thursday", day(nxt(p, THU)))],
    )
    add(
        p,
        "The Winter Olympics open in Beijing today amid a diplomatic boycott.",
        [T("today", day(p))],
    )
    add(
        p,
        "Heavy snow is forecast for the weekend across the north of the country.",
        [T("the weekend", (nxt(p, SAT).isoformat(), nxt(p, SUN).isoformat()))],
    )
    add(
        p,
        "Over the weekend, protesters blocked the main highway into the capital.",
        [T("the weekend", (prev(p, SAT).isoformat(), prev(p, SUN).isoformat()))],
    )
    add(
        p,
        "Gas prices have risen by more than 40 percent since October.",
        [T("since October", since("2021-10-01", p))],
    )
    add(
        p,
        "The tournament, postponed from 2021, will now be held in late June.",
        [T("2021", year(2021)), T("late June", month(2022, 6, 21))],
    )
    add(p, "The court adjourned the case until March 15.", [T("March 15", day("2022-03-15"))])
    add(
        p,
        "A year ago, hospitals in the region were overwhelmed with patients.",
        [T("A year ago", ("2021-01-04", "2021-03-04"))],
    )
    add(
        p,
        "The index fell for a third straight day on Thursday.",
        [T("Thursday", day(prev(p, THU)))],
    )
    add(
        p,
        "The finance minister is due to present the budget on the 22nd.",
        [T("the 22nd", day("2022-02-22"))],
    )
    add(
        p,
        "Production at the plant has been halted since Jan. 18.",
        [T("since Jan. 18", since("2022-01-18", p))],
    )
    add(
        p,
        "Sweden will lift most of its remaining restrictions on Feb. 9.",
        [T("Feb. 9", day("2022-02-09"))],
    )
    add(p, "The company's shares have nearly halved this year.", [T("this year", year(2022))])
    add(
        p,
        "Analysts expect the central bank to raise rates at its meeting next month.",
        [T("next month", month(2022, 3))],
    )
    add(
        p,
        "Early last month, the airline cancelled hundreds of flights.",
        [T("Early last month", month(2022, 1, 1, 10))],
    )
    add(
        p,
        "The war ended in 1945, but the dispute over the islands never did.",
        [T("1945", year(1945))],
    )
    add(p, "On Jan. 6, 2021, rioters stormed the Capitol.", [T("Jan. 6, 2021", day("2021-01-06"))])
    add(
        p,
        "The minister resigned on Feb. 4, 2021, after weeks of pressure.",
        [T("Feb. 4, 2021", day("2021-02-04"))],
        ignore=["weeks"],
    )
    add(
        p,
        "Inflation is expected to peak in the spring before easing later in the year.",
        [
            T("the spring", ("2022-03-01", "2022-05-31")),
            T("later in the year", (p.isoformat(), "2022-12-31")),
        ],
    )

    # ---- Tuesday 2023-11-14
    p = date(2023, 11, 14)
    add(
        p,
        "The rocket lifted off at 9:42 p.m. local time on Monday.",
        [T("9:42 p.m. local time on Monday", clock(prev(p, MON), "21:42"))],
    )
    add(
        p,
        "The summit is scheduled to take place on Thursday and Friday.",
        [T("Thursday", day(nxt(p, THU))), T("Friday", day(nxt(p, FRI)))],
    )
    add(
        p,
        "Voters go to the polls on Sunday in the first round of the presidential election.",
        [T("Sunday", day(nxt(p, SUN)))],
    )
    add(
        p,
        "The storm is expected to weaken by Wednesday night.",
        [T("Wednesday night", day(nxt(p, WED)))],
    )
    add(p, "The network was down for most of Tuesday, the operator said.", [T("Tuesday", day(p))])
    add(
        p,
        "Thanksgiving travel is expected to hit a record this year.",
        [T("Thanksgiving", day("2023-11-23")), T("this year", year(2023))],
    )
    add(
        p,
        "Shops will stay open until 10 p.m. on Christmas Eve.",
        [T("10 p.m. on Christmas Eve", clock("2023-12-24", "22"))],
    )
    add(
        p,
        "The law was passed in the late 1970s and has never been amended.",
        [T("the late 1970s", years(1977, 1979))],
    )
    add(
        p,
        "Interest rates have been on hold since the summer.",
        [T("since the summer", since("2023-06-01", p))],
    )
    add(p, "The ceasefire collapsed within hours, aid groups said.", ignore=["within hours"])
    add(
        p, "The report will be published early next year.", [T("early next year", year(2024, 1, 4))]
    )
    add(
        p,
        "Exports grew 3 percent in the third quarter from the previous three months.",
        [T("the third quarter", year(2023, 7, 9))],
        ignore=["the previous three months"],
    )
    add(
        p,
        "The museum reopened on Nov. 3 after a two-year renovation.",
        [T("Nov. 3", day("2023-11-03"))],
    )
    add(
        p,
        "Police said the suspect was last seen on the evening of Nov. 10.",
        [T("the evening of Nov. 10", day("2023-11-10"))],
    )
    add(
        p,
        "The airline will resume flights to the island in December.",
        [T("December", month(2023, 12))],
    )
    add(
        p,
        "The dam was built in the 19th century and is now unsafe.",
        [T("the 19th century", years(1800, 1900))],
    )
    add(
        p,
        "The senator announced her retirement three days ago.",
        [T("three days ago", day(rel(p, -3)[0]))],
    )
    add(
        p,
        "The deadline for applications is midnight on Nov. 30.",
        [T("midnight on Nov. 30", ("2023-11-30T23:59", "2023-12-01T00:00"))],
    )
    add(
        p,
        "Earlier this week, the company recalled 40,000 cars over faulty brakes.",
        [T("Earlier this week", (week(p)[0], p.isoformat()))],
    )
    add(
        p,
        "The exhibition runs from Dec. 1 to Jan. 15.",
        [T("from Dec. 1 to Jan. 15", ("2023-12-01", "2024-01-15"))],
    )
    add(
        p,
        "Late last year, the board approved a share buyback.",
        [T("Late last year", year(2022, 9, 12))],
    )
    add(
        p,
        "Sales in the 12 months to September rose 8 percent.",
        [T("the 12 months to September", ("2022-10-01", "2023-09-30"))],
    )
    add(
        p,
        "The election will be held on 7 December, the commission said.",
        [T("7 December", day("2023-12-07"))],
    )
    add(
        p,
        "The strike ended on Oct. 30 after six weeks.",
        [T("Oct. 30", day("2023-10-30"))],
        ignore=["six weeks"],
    )
    add(
        p,
        "Snow is forecast from Thursday, weeks earlier than usual.",
        [T("Thursday", day(nxt(p, THU)))],
        ignore=["weeks earlier"],
    )
    add(
        p,
        "Retailers expect the busiest shopping day of the year to be Black Friday, Nov. 24.",
        [T("Black Friday, Nov. 24", day("2023-11-24"))],
    )

    # ---- Monday 2024-01-08
    p = date(2024, 1, 8)
    add(
        p,
        "Officials warned that the restrictions could stay in place between now and mid-February.",
        [T("between now and mid-February", (p.isoformat(), "2024-02-20"))],
    )
    add(
        p,
        "The vaccination campaign is due to start in mid-February.",
        [T("mid-February", month(2024, 2, 11, 20))],
    )
    add(
        p, "Construction is set to begin in early March.", [T("early March", month(2024, 3, 1, 10))]
    )
    add(p, "The flood defences were completed in late 2022.", [T("late 2022", year(2022, 9, 12))])
    add(p, "The company reported its results on Monday.", [T("Monday", day(p))])
    add(
        p,
        "Over the weekend, rebels seized two more towns.",
        [T("the weekend", (prev(p, SAT).isoformat(), prev(p, SUN).isoformat()))],
    )
    add(p, "Power was restored on Saturday evening.", [T("Saturday evening", day(prev(p, SAT)))])
    add(p, "Last year was the warmest on record, scientists said.", [T("Last year", year(2023))])
    add(
        p,
        "The government plans to hold a referendum in the autumn.",
        [T("the autumn", ("2024-09-01", "2024-11-30"))],
    )
    add(
        p,
        "Schools will reopen on Jan. 15 after the holiday break.",
        [T("Jan. 15", day("2024-01-15"))],
    )
    add(
        p,
        "The festival drew record crowds on New Year's Eve.",
        [T("New Year's Eve", day("2023-12-31"))],
    )
    add(p, "The peace talks will resume on Wednesday in Doha.", [T("Wednesday", day(nxt(p, WED)))])
    add(
        p,
        "The temperature dropped to minus 30C overnight on Sunday.",
        [T("Sunday", day(prev(p, SUN)))],
    )
    add(
        p,
        "The central bank will announce its decision on Jan. 31 at 2 p.m.",
        [T("Jan. 31 at 2 p.m.", clock("2024-01-31", "14"))],
    )
    add(p, "Rail fares rose by 4.9 percent last week.", [T("last week", week(p, -1))])
    add(
        p,
        "The first half of the year is expected to be difficult for exporters.",
        [T("The first half of the year", year(2024, 1, 6))],
    )
    add(
        p, "A decade ago, the city had just two bike lanes.", [T("A decade ago", years(2013, 2015))]
    )
    add(
        p,
        "She has run the charity since the mid-1990s.",
        [T("since the mid-1990s", since("1994-01-01", p))],
    )
    add(
        p,
        "Most of the damage occurred between 2 a.m. and 5 a.m.",
        [T("between 2 a.m. and 5 a.m.", (f"{p}T02:00", f"{p}T05:59"))],
    )
    add(
        p, "The minister may announce new measures as soon as this week.", [T("this week", week(p))]
    )
    add(p, "The company expects to break even by mid-2025.", [T("mid-2025", year(2025, 5, 8))])
    add(
        p,
        "Millions of people have been displaced this decade.",
        [T("this decade", years(2020, 2029))],
    )
    add(p, "The 2008 financial crisis still shapes how regulators think.", [T("2008", year(2008))])
    add(
        p,
        "The memo, dated 2024-01-05, was leaked to reporters.",
        [T("2024-01-05", day("2024-01-05"))],
    )
    add(
        p,
        "Shipping through the canal has fallen by half since mid-November.",
        [T("since mid-November", since("2023-11-11", p))],
    )
    add(
        p, "Parliament returns from its winter recess tomorrow.", [T("tomorrow", day(rel(p, 1)[0]))]
    )

    # ---- Thursday 2021-08-19
    p = date(2021, 8, 19)
    add(
        p,
        "The airline expects demand to recover fully by late 2022.",
        [T("late 2022", year(2022, 9, 12))],
    )
    add(
        p,
        "Insurgents entered the capital on Sunday with little resistance.",
        [T("Sunday", day(prev(p, SUN)))],
    )
    add(p, "The evacuation flights will continue until Aug. 31.", [T("Aug. 31", day("2021-08-31"))])
    add(
        p,
        "Wildfires have burned across the state since mid-July.",
        [T("since mid-July", since("2021-07-11", p))],
    )
    add(p, "The company said Thursday it had hired a new chief executive.", [T("Thursday", day(p))])
    add(
        p,
        "The governor will give an update on the outbreak this afternoon.",
        [T("this afternoon", day(p))],
    )
    add(p, "The new school year begins in September.", [T("September", month(2021, 9))])
    add(
        p,
        "Fuel prices spiked in the spring but have eased in recent weeks.",
        [
            T("the spring", ("2021-03-01", "2021-05-31")),
            T("recent weeks", (rel(p, -42)[0], p.isoformat())),
        ],
    )
    add(
        p,
        "The trial is expected to begin in the first week of October.",
        [T("the first week of October", month(2021, 10, 1, 7))],
    )
    add(
        p,
        "The law, passed in 2010, was struck down by the court on Tuesday.",
        [T("2010", year(2010)), T("Tuesday", day(prev(p, TUE)))],
    )
    add(p, "The satellite will be launched in 2023 at the earliest.", [T("2023", year(2023))])
    add(
        p,
        "Rainfall this month has been double the August average.",
        [T("this month", month(2021, 8))],
        ignore=["August"],
    )
    add(
        p,
        "The vote was held on Aug. 12 and the results were announced a week later.",
        [T("Aug. 12", day("2021-08-12")), T("a week later", ("2021-08-18", "2021-08-20"))],
    )
    add(
        p, "The governor said she would sign the bill in 10 days.", [T("in 10 days", rel(p, 10, 1))]
    )
    add(
        p,
        "The evacuation began on the morning of Aug. 15, 2021.",
        [T("the morning of Aug. 15, 2021", day("2021-08-15"))],
    )
    add(
        p,
        "The bill must be signed by Sept. 30, the end of the fiscal year.",
        [T("Sept. 30", day("2021-09-30"))],
        ignore=["the end of the fiscal year"],
    )
    add(
        p,
        "The city fell on Aug. 15, less than a month after the offensive began.",
        [T("Aug. 15", day("2021-08-15"))],
        ignore=["less than a month"],
    )
    add(
        p,
        "Officials expect the border to stay closed until at least next spring.",
        [T("next spring", ("2022-03-01", "2022-05-31"))],
    )

    # ---- Sunday 2022-09-25
    p = date(2022, 9, 25)
    add(
        p,
        "Italians voted today in a snap election called after the government collapsed.",
        [T("today", day(p))],
    )
    add(
        p,
        "The hurricane is forecast to reach Florida by Wednesday.",
        [T("Wednesday", day(nxt(p, WED)))],
    )
    add(
        p,
        "The currency has lost a fifth of its value since Friday.",
        [T("since Friday", since(prev(p, FRI), p))],
    )
    add(p, "The monarch died on Sept. 8 at the age of 96.", [T("Sept. 8", day("2022-09-08"))])
    add(p, "A gas leak was first detected on Monday.", [T("Monday", day(prev(p, MON)))])
    add(
        p,
        "Energy bills will rise again in January, the regulator warned.",
        [T("January", month(2023, 1))],
    )
    add(
        p,
        "The bank's profits have doubled over the past two years.",
        [T("the past two years", ("2020-09-25", p.isoformat()))],
    )
    add(p, "The exhibition closes on Sunday.", [T("Sunday", day(p))])
    add(
        p,
        "Trading was suspended for an hour on Thursday morning.",
        [T("Thursday morning", day(prev(p, THU)))],
        ignore=["an hour"],
    )
    add(p, "Harvests were poor in 2021 and 2022.", [T("2021", year(2021)), T("2022", year(2022))])
    add(
        p,
        "The opposition leader will address supporters at noon.",
        [T("noon", (f"{p}T12:00", f"{p}T12:00"))],
    )
    add(
        p,
        "The central bank will meet again in early November.",
        [T("early November", month(2022, 11, 1, 10))],
    )
    add(
        p,
        "The heatwave of summer 2018 killed hundreds of people.",
        [T("summer 2018", ("2018-06-01", "2018-08-31"))],
    )
    add(
        p,
        "The marathon will start at 8.30am on Saturday.",
        [T("8.30am on Saturday", clock(nxt(p, SAT), "08:30"))],
    )
    add(p, "A curfew from 10pm to 6am will remain in force.", ignore=["from 10pm to 6am"])

    # ---- Saturday 2023-03-18
    p = date(2023, 3, 18)
    add(
        p,
        "The bank collapsed last Friday, triggering a run on regional lenders.",
        [T("last Friday", ((prev(p, FRI) - timedelta(7)).isoformat(), prev(p, FRI).isoformat()))],
    )
    add(
        p,
        "Regulators met on Sunday night to agree a rescue.",
        [T("Sunday night", day(prev(p, SUN)))],
    )
    add(p, "Markets will reopen on Monday.", [T("Monday", day(nxt(p, MON)))])
    add(
        p,
        "March has been the wettest month in the region since records began.",
        [T("March", month(2023, 3))],
        ignore=["since records began"],
    )
    add(p, "The ceasefire, agreed on 9 March, has largely held.", [T("9 March", day("2023-03-09"))])
    add(
        p,
        "The new terminal will open in the second half of 2024.",
        [T("the second half of 2024", year(2024, 7, 12))],
    )
    add(
        p,
        "Scientists said the glacier had retreated faster in the past five years than ever before.",
        [T("the past five years", ("2018-03-18", p.isoformat()))],
    )
    add(
        p,
        "Today marks three years since the first national lockdown.",
        [T("Today", day(p))],
        ignore=["three years"],
    )
    add(
        p,
        "St Patrick's Day parades drew large crowds yesterday.",
        [T("St Patrick's Day", day("2023-03-17")), T("yesterday", day("2023-03-17"))],
    )
    add(
        p,
        "Officials expect the bridge to reopen in three months.",
        [T("in three months", ("2023-06-08", "2023-06-28"))],
    )
    add(
        p,
        "Three months ago, the company announced 10,000 layoffs.",
        [T("Three months ago", ("2022-12-08", "2022-12-28"))],
    )
    add(
        p,
        "The bridge carries about 40,000 vehicles a day and was built in 1964.",
        [T("1964", year(1964))],
    )
    add(
        p,
        "The measles outbreak peaked in the week of Feb. 20.",
        [T("the week of Feb. 20", ("2023-02-20", "2023-02-26"))],
    )
    add(p, "The survey counted 2015 people living in the flooded district.")

    # ---- Wednesday 2019-03-27
    p = date(2019, 3, 27)
    add(p, "Prime Minister Theresa May said she may step aside if lawmakers back her deal.")
    add(
        p,
        "Britain is due to leave the European Union on April 12.",
        [T("April 12", day("2019-04-12"))],
    )
    add(
        p,
        "MPs will hold a series of votes tonight on alternatives to the deal.",
        [T("tonight", day(p))],
    )
    add(
        p,
        "The pound rose on Monday and fell back on Tuesday.",
        [T("Monday", day(prev(p, MON))), T("Tuesday", day(prev(p, TUE)))],
    )
    add(p, "April Ryan asked the first question at the briefing.")
    add(
        p,
        "The deal was rejected for the second time on March 12.",
        [T("March 12", day("2019-03-12"))],
    )
    add(p, "Protesters marched through London on Saturday.", [T("Saturday", day(prev(p, SAT)))])
    add(
        p,
        "Few expect a decision before the summer recess in late July.",
        [T("late July", month(2019, 7, 21))],
        ignore=["the summer recess"],
    )
    add(
        p,
        "The Good Friday Agreement ended decades of violence in Northern Ireland.",
        ignore=["decades"],
    )
    add(p, "The Sunday Times reported that several ministers were ready to resign.")
    add(
        p,
        "The withdrawal date was originally set for March 29, 2019.",
        [T("March 29, 2019", day("2019-03-29"))],
    )
    add(
        p,
        "The pound is trading near its lowest level since the 1980s.",
        [T("since the 1980s", since("1980-01-01", p))],
    )

    # ---- Tuesday 2020-06-30
    p = date(2020, 6, 30)
    add(
        p,
        "The state reported a record number of new infections on Monday.",
        [T("Monday", day(prev(p, MON)))],
    )
    add(p, "Bars will be allowed to reopen from July 4.", [T("July 4", day("2020-07-04"))])
    add(
        p,
        "The unemployment rate jumped in April and eased slightly in May.",
        [T("April", month(2020, 4)), T("May", month(2020, 5))],
    )
    add(
        p,
        "The economy shrank at an annual rate of 5 percent in the first quarter.",
        [T("the first quarter", year(2020, 1, 3))],
    )
    add(
        p,
        "Lockdown measures have been in place since March 23.",
        [T("since March 23", since("2020-03-23", p))],
    )
    add(
        p, "The agency may extend the moratorium beyond July 31.", [T("July 31", day("2020-07-31"))]
    )
    add(
        p,
        "A second wave could hit in the fall, experts warn.",
        [T("the fall", ("2020-09-01", "2020-11-30"))],
    )
    add(
        p,
        "The new security law came into force at 11 p.m. on Tuesday.",
        [T("11 p.m. on Tuesday", clock(p, "23"))],
    )
    add(p, "Tomorrow, the first phase of the plan expires.", [T("Tomorrow", day("2020-07-01"))])
    add(
        p,
        "Fewer people flew over the Memorial Day weekend than in any year since 1980.",
        [
            T("the Memorial Day weekend", ("2020-05-23", "2020-05-25")),
            T("since 1980", since("1980-01-01", p)),
        ],
    )
    add(
        p,
        "The lockdown began three months ago.",
        [T("three months ago", ("2020-03-20", "2020-04-09"))],
    )
    add(
        p,
        "The euro zone economy will contract this year and rebound next year.",
        [T("this year", year(2020)), T("next year", year(2021))],
    )
    add(
        p,
        "By the end of the week, the hospital expects to run out of beds.",
        [T("the end of the week", ("2020-07-03", "2020-07-05"))],
    )

    # ---- Wednesday 2024-07-03
    p = date(2024, 7, 3)
    add(p, "Voters in Britain go to the polls tomorrow.", [T("tomorrow", day("2024-07-04"))])
    add(
        p,
        "The heatwave is expected to last until the weekend.",
        [T("the weekend", (nxt(p, SAT).isoformat(), nxt(p, SUN).isoformat()))],
    )
    add(
        p,
        "The president will deliver a speech on Independence Day.",
        [T("Independence Day", day("2024-07-04"))],
    )
    add(
        p,
        "Shares in the chipmaker have tripled since January.",
        [T("since January", since("2024-01-01", p))],
    )
    add(p, "The bill passed the Senate late on Tuesday.", [T("late on Tuesday", day(prev(p, TUE)))])
    add(
        p,
        "The tournament runs from July 1 to July 14 this year.",
        [T("from July 1 to July 14", ("2024-07-01", "2024-07-14")), T("this year", year(2024))],
    )
    add(
        p,
        "The launch was delayed and finally took place at 10:05 a.m.",
        [T("10:05 a.m.", clock(p, "10:05"))],
    )
    add(
        p,
        "The city has not seen such heat since the summer of 2003.",
        [T("since the summer of 2003", since("2003-06-01", p))],
    )
    add(p, "Elections are scheduled for Nov. 5.", [T("Nov. 5", day("2024-11-05"))])
    add(p, "Markets will be closed on Thursday for the holiday.", [T("Thursday", day(nxt(p, THU)))])
    add(
        p,
        "The company reported its results on July 25 last year.",
        [T("July 25 last year", day("2023-07-25"))],
    )
    add(p, "The central bank last cut rates in March 2020.", [T("March 2020", month(2020, 3))])
    add(
        p,
        "From Monday, masks will no longer be required on public transport.",
        [T("Monday", day(nxt(p, MON)))],
    )
    add(
        p,
        "The ship ran aground at around 3 a.m. on Sunday.",
        [T("around 3 a.m. on Sunday", clock(prev(p, SUN), "03"))],
    )
    add(
        p,
        "Construction started in the autumn of 2021 and finished this spring.",
        [
            T("the autumn of 2021", ("2021-09-01", "2021-11-30")),
            T("this spring", ("2024-03-01", "2024-05-31")),
        ],
    )
    add(
        p,
        "The company expects results in the third week of July.",
        [T("the third week of July", month(2024, 7, 15, 21))],
    )
    add(p, "The 1918 flu pandemic killed millions of people.", [T("1918", year(1918))])
    add(
        p, "The company's May 2023 forecast proved too optimistic.", [T("May 2023", month(2023, 5))]
    )
    add(
        p,
        "Crime fell sharply through the 1990s, the report found.",
        [T("the 1990s", years(1990, 1999))],
    )
    add(
        p,
        "The fund has lost value every year since 2014.",
        [T("since 2014", since("2014-01-01", p))],
    )
    add(
        p,
        "Unemployment peaked in December 2019 before the pandemic upended the labour market.",
        [T("December 2019", month(2019, 12))],
    )
    add(
        p,
        "The bridge was completed in 2015 and carries thousands of vehicles a day.",
        [T("2015", year(2015))],
    )
    add(p, "The treaty was signed on 4 February in Geneva.", [T("4 February", day("2024-02-04"))])
    add(
        p,
        "The minister resigned on Feb. 4, 2022, amid a row over expenses.",
        [T("Feb. 4, 2022", day("2022-02-04"))],
    )

    # ---- negatives and traps, various dates
    p = date(2023, 10, 12)
    add(p, "Protesters vowed to march again if the law is not withdrawn.")
    add(p, "The crew sent a Mayday call shortly before the plane lost contact.")
    add(p, "The F-16 and the Boeing 737 share a runway at the base.")
    add(p, "The Sunday Times and the Financial Times both endorsed the plan.")
    add(p, "Teachers warned that the march of automation could hollow out the job market.")
    add(p, "She may yet change her mind, aides said.")
    add(p, "Inspectors counted 2015 people queuing outside the stadium.")
    add(p, "The strategy has been to take it one day at a time, the coach said.")
    add(p, "Residents of Sun City are used to extreme heat.")
    add(p, "Section 2020 of the code was repealed by the legislature.")
    add(p, "Flight 2019 from Lagos landed safely despite the storm.")
    add(p, "Police said Mr Friday, 42, was released on bail.")
    add(p, "The film Tomorrow Never Dies will be screened at the festival.")
    add(p, "A Category 4 storm could bring catastrophic flooding, forecasters warned.")
    add(p, "The COVID-19 inquiry heard evidence from senior officials.")
    add(p, "The union said it may call further strikes if talks fail.")
    add(p, "Route 66 runs through eight states.")
    add(p, "Officials said the investigation may take time.")
    add(p, "The Times reported that the minister would resign.")
    add(p, "The Boeing 777 was diverted to a nearby airport after a bird strike.")
    add(p, "He scored twice in the second half to seal the win.", ignore=["the second half"])
    add(p, "Supporters wore their Sunday best for the ceremony.")
    return R


def main():
    q, t = quantities(), times()
    for name, recs in (("quantities.jsonl", q), ("times.jsonl", t)):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nq = sum(len(r["quantities"]) for r in q)
    nt = sum(len(r["times"]) for r in t)
    print(
        f"quantities.jsonl: {len(q)} sentences, {nq} gold quantities, "
        f"{sum(1 for r in q if not r['quantities'])} with none"
    )
    print(
        f"times.jsonl:      {len(t)} sentences, {nt} gold times, "
        f"{sum(1 for r in t if not r['times'])} with none"
    )


if __name__ == "__main__":
    main()

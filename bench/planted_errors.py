#!/usr/bin/env python3
"""Plants one error per copy of real news stories and measures how many crosscheck finds (recall), and counts the
findings on the untouched stories (false alarms). Standard library only; deterministic (fixed seed).

Usage: planted_errors.py CROSSCHECK CORPUS.jsonl [--sample N] [--seed S] [--work DIR] [--misses K]

Each kind looks in the story's own text for a place where its error can be made (stories without one are
skipped) and records the exact byte span of the planted text. A planted copy is a hit when a finding of the
expected rule has evidence overlapping that span in that copy (cross-source kinds: in either copy, at the span of
the changed text). Every batch holds each story at most once (cross-source kinds: its two copies), so copies of
one story never meet other copies of it by accident. See docs/accuracy.md.
"""
import argparse
import collections
import datetime
import json
import os
import random
import re
import subprocess
import sys
import tarfile

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
DATE_RE = re.compile(r"(?<!\w)(" + MONTH_RE + r") (\d{1,2})(?!\d)(?:, (\d{4}))?")

# Well-known cities and the country or US state they lie in (general knowledge, not the seeds').
CITIES = {
    "Tokyo": "Japan", "Osaka": "Japan", "Paris": "France", "Lyon": "France", "Bonn": "West Germany",
    "Frankfurt": "West Germany", "Hamburg": "West Germany", "Munich": "West Germany", "Madrid": "Spain",
    "Rome": "Italy", "Milan": "Italy", "Brussels": "Belgium", "Amsterdam": "Netherlands", "Rotterdam": "Netherlands",
    "Zurich": "Switzerland", "Geneva": "Switzerland", "Vienna": "Austria", "Stockholm": "Sweden", "Oslo": "Norway",
    "Copenhagen": "Denmark", "Helsinki": "Finland", "Moscow": "Soviet Union", "Beijing": "China",
    "Peking": "China", "Shanghai": "China", "Seoul": "South Korea", "Manila": "Philippines",
    "Jakarta": "Indonesia", "Bangkok": "Thailand", "Singapore": "Singapore", "Sydney": "Australia",
    "Melbourne": "Australia", "Wellington": "New Zealand", "Toronto": "Canada", "Montreal": "Canada",
    "Ottawa": "Canada", "Vancouver": "Canada", "Mexico City": "Mexico", "Brasilia": "Brazil",
    "Sao Paulo": "Brazil", "Rio de Janeiro": "Brazil", "Buenos Aires": "Argentina", "Santiago": "Chile",
    "Lima": "Peru", "Caracas": "Venezuela", "Bogota": "Colombia", "Cairo": "Egypt", "Lagos": "Nigeria",
    "Nairobi": "Kenya", "Johannesburg": "South Africa", "Tehran": "Iran", "Baghdad": "Iraq",
    "Riyadh": "Saudi Arabia", "Kuwait City": "Kuwait", "New Delhi": "India", "Bombay": "India",
    "Karachi": "Pakistan", "Islamabad": "Pakistan", "Ankara": "Turkey", "Istanbul": "Turkey", "Athens": "Greece",
    "Lisbon": "Portugal", "Dublin": "Ireland", "London": "Britain", "Manchester": "Britain",
    "Chicago": "Illinois", "Houston": "Texas", "Dallas": "Texas", "Denver": "Colorado", "Detroit": "Michigan",
    "Atlanta": "Georgia", "Boston": "Massachusetts", "Seattle": "Washington", "Pittsburgh": "Pennsylvania",
    "Philadelphia": "Pennsylvania", "Cleveland": "Ohio", "Miami": "Florida", "Phoenix": "Arizona",
    "Minneapolis": "Minnesota", "St. Louis": "Missouri", "San Francisco": "California",
    "Los Angeles": "California", "Kansas City": "Missouri", "New Orleans": "Louisiana",
}
# Parents a wrong claim is drawn from: countries and US states far from most of the cities above.
WRONG_PARENTS = ["Brazil", "Japan", "France", "Kenya", "Canada", "Australia", "Norway", "India", "Argentina",
                 "Egypt", "Ohio", "Texas", "Oregon", "Florida", "Spain", "Sweden"]
STATES = {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
          "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
          "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
          "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
          "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
          "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
          "Wisconsin", "Wyoming"}

# Function words and sentence-initial words that are not names; measure words that are no counts.
STOP = set("the a an and or but of in on at to for from by with as is was were be been has have had it its "
           "this that these those he she they we i you his her their our said says say also not no new".split())
CAP_STOP = {"The", "A", "An", "In", "On", "At", "For", "But", "And", "It", "He", "She", "They", "We", "This",
            "That", "These", "Those", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "U.S.", "If", "As", "Its"}
MEASURES = set("dlrs dollars cents marks francs yen pounds lire pesos crowns guilders rupees pct percent points "
               "tonnes tons ounces barrels bushels bales bags kilos lbs pounds miles acres hectares feet metres "
               "meters kilometres gallons litres units shares mln billion pct years months weeks days hours "
               "minutes cts stg lots contracts".split())
SPEECH = r"(?:said|says|added|told reporters|declared|stated)"

NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


def load_given_names(root):
    """Given names from npm humannames (fetched by scripts/setup.sh), else a few common ones."""
    names = {"John", "James", "Robert", "Michael", "William", "David", "Richard", "Thomas", "Charles", "Paul",
             "George", "Peter", "Mark", "Donald", "Ronald", "Edward", "Frank", "Henry", "Walter", "Howard",
             "Jacques", "Helmut", "Gerhard", "Karl", "Yasuhiro", "Kiichi", "Satoshi", "Mary", "Margaret",
             "Susan", "Nancy", "Elizabeth", "Alan", "Brian", "Kenneth", "Stephen", "Joseph", "Daniel", "Jean",
             "Bernard", "Roger", "Hans", "Otto", "Clayton", "Malcolm", "Nigel", "Leon", "Lloyd", "Jim", "Bill"}
    path = os.path.join(root, ".cache", "npm", "humannames-1.0.5.tgz")
    if os.path.exists(path):
        with tarfile.open(path) as tar:
            data = tar.extractfile("package/list.txt").read().decode("utf-8", "replace")
        names |= {w.strip() for w in data.split("\n") if len(w.strip()) >= 3}
    # Ordinary English words ("Motor Credit", "Grand Voyager") are no given names or surnames.
    words = "/usr/share/dict/words"
    if os.path.exists(words):
        with open(words, encoding="utf-8", errors="replace") as f:
            common = {w.strip().capitalize() for w in f if w[:1].islower()}
        names = {n for n in names if n not in common}
    return names


def bspan(text, begin, end):
    """Character offsets -> UTF-8 byte offsets (crosscheck's spans are bytes)."""
    pre = len(text[:begin].encode("utf-8"))
    return [pre, pre + len(text[begin:end].encode("utf-8"))]


def sentence_has_capital(text, i):
    """A capitalised word other than the sentence's first, around position i (the rules key on entities)."""
    s = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
    e = len(text)
    for stop in (". ", "\n"):
        k = text.find(stop, i)
        if k != -1:
            e = min(e, k)
    words = re.findall(r"\b[A-Z][A-Za-z]+", text[s:e])
    return len(words) >= 2


def prose_line(text, i):
    """Not a table row (columns are spaced) and not a short heading."""
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    line = text[s:e if e != -1 else len(text)]
    return "   " not in line and len(line) > 60


# ---- planters: each returns (new_text, [char_begin, char_end] of the planted text) or None -----------------------

def plant_location(text, rng, _):
    cands = []
    for city, home in CITIES.items():
        for m in re.finditer(r"(?<![\w.])" + re.escape(city) + r"(?![\w-])", text):
            after = text[m.end():]
            pm = re.match(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w-])", after)
            if pm and (pm.group(1) == home or pm.group(1) in STATES):
                cands.append(("parent", m, pm, home))
            # A city alone, not inside a longer name ("First Boston", "Tokyo Stock Exchange", "London's"):
            # appending a parent there would make no claim a reader sees.
            elif (re.match(r"[ .;:)\n]", after[:1] or "\n") and not re.match(r" [A-Z0-9]", after)
                  and not re.search(r"[A-Z][\w.]* $", text[max(0, m.start() - 30):m.start()])
                  and prose_line(text, m.start())):
                cands.append(("append", m, None, home))
    if not cands:
        return None
    kind, m, pm, home = rng.choice(cands)
    wrong = rng.choice([p for p in WRONG_PARENTS if p != home])
    if kind == "parent":
        b, e = m.end() + 2, m.end() + 2 + len(pm.group(1))
        new = text[:b] + wrong + text[e:]
        return new, (m.start(), b + len(wrong)), "wrong parent"
    new = text[:m.end()] + ", " + wrong + text[m.end():]
    return new, (m.start(), m.end() + 2 + len(wrong)), "parent appended"


def mutate_name(word, rng):
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["swap", "double", "drop"])
    if op == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


ENGLISH = set()


def plant_name(text, rng, given):
    cands = []
    for m in re.finditer(r"(?<![\w.])(" + NAME_WORD + r") (?:[A-Z]\. )?(" + NAME_WORD + r")(?![\w-])", text):
        first, sur = m.group(1), m.group(2)
        if first in CAP_STOP or first not in given or len(sur) < 4 or sur in CAP_STOP or sur in STATES or \
                sur.lower() in ENGLISH:
            continue
        later = [k for k in re.finditer(r"(?<![\w-])" + re.escape(sur) + r"(?![\w-])", text)
                 if k.start() > m.end() and text[max(0, k.start() - len(first) - 3):k.start()].find(first) == -1]
        if later:
            cands.append(later)
    if not cands:
        return None
    k = rng.choice(rng.choice(cands))
    sur = k.group(0)
    wrong = sur
    while wrong == sur:
        wrong = mutate_name(sur, rng)
    return text[:k.start()] + wrong + text[k.end():], (k.start(), k.start() + len(wrong)), "surname"


def plant_weekday(text, rng, published):
    cands = []
    for m in DATE_RE.finditer(text):
        month = MONTHS[m.group(1).rstrip(".").lower()]
        mday = int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if year is None and not published:
            continue
        # A year-less date may fall in the year before or after publication (the resolver takes the nearest
        # year the weekday fits): the planted weekday must fit none of them.
        years = [year] if year else [int(published[:4]) + d for d in (-1, 0, 1)]
        try:
            true = {datetime.date(y, month, mday).weekday() for y in years}
        except ValueError:
            continue
        before = text[max(0, m.start() - 12):m.start()]
        if any(w in before for w in WEEKDAYS):
            continue
        cands.append((m, true, year))
    if not cands:
        return None
    m, true, year = rng.choice(cands)
    wrong = rng.choice([d for i, d in enumerate(WEEKDAYS) if i not in true])
    ins = wrong + ", "
    new = text[:m.start()] + ins + text[m.start():]
    return new, (m.start(), m.end() + len(ins)), "year stated" if year else "year from publication"


def plant_repeat(text, rng, _):
    cands = [m for m in re.finditer(r"(?<=[a-z,] )([a-z]{2,})(?= [a-z])", text)
             if m.group(1) not in ("that", "had") and prose_line(text, m.start())]
    if not cands:
        return None
    m = rng.choice(cands)
    w = m.group(1)
    new = text[:m.end()] + " " + w + text[m.end():]
    return new, (m.start(), m.end() + 1 + len(w)), "function word" if w in STOP else "content word"


def plant_number(text, rng, _):
    cands = []
    for m in re.finditer(r"(?<![\w.,$-])(\d{1,3}(?:,\d{3})*)(?![\d.,]\d) ([a-z]+s)\b", text):
        noun = m.group(2)
        if noun in MEASURES or int(m.group(1).replace(",", "")) < 2:
            continue
        if re.match(r"\d{4}$", m.group(1)) and 1900 <= int(m.group(1)) <= 2030:
            continue
        # An approximate value, a day of a month or a rate in basis points is no exact count.
        before = text[max(0, m.start() - 12):m.start()]
        if noun == "basis" or re.search(r"(?:than|over|about|nearly|some|around|to|almost|" + MONTH_RE + r") $",
                                        before):
            continue
        cands.append(m)
    if not cands:
        return None
    m = rng.choice(cands)
    digits = m.group(1)
    plain = digits.replace(",", "")
    wrong = plain
    if len(plain) >= 2:
        # Two adjacent digits swapped ("12" -> "21"), the usual slip; else a nearby value.
        i = rng.randrange(len(plain) - 1)
        wrong = plain[:i] + plain[i + 1] + plain[i] + plain[i + 2:]
    if wrong == plain or wrong[0] == "0":
        wrong = str(int(plain) + rng.choice([1, 2, 3, 10]))
    if "," in digits or len(wrong) > 3:
        wrong = f"{int(wrong):,}"
    new = text[:m.start()] + wrong + text[m.start() + len(digits):]
    sub = "count with entity" if sentence_has_capital(text, m.start()) else "count, no entity"
    return new, (m.start(), m.start() + len(wrong)), sub


def plant_date(text, rng, _):
    cands = [m for m in DATE_RE.finditer(text) if 1 <= int(m.group(2)) <= 28]
    if not cands:
        return None
    m = rng.choice(cands)
    day = int(m.group(2))
    wrong = day + rng.choice([1, 2, 3]) if day <= 25 else day - 2
    b = m.start(2)
    new = text[:b] + str(wrong) + text[m.end(2):]
    # What date.conflict looks for by design: an event noun and a phase verb in the date's sentence.
    s = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    e = text.find(". ", m.end())
    sent = text[s:e if e != -1 else len(text)].lower()
    event = re.search(EVENT_NOUNS, sent) and re.search(PHASE_VERBS, sent)
    return new, (m.start(), b + len(str(wrong))), "event and phase verb" if event else "other date"


EVENT_NOUNS = (r"\b(?:ceasefire|truce|summit|election|attack|agreement|accord|meeting|talks|strike|deal|"
               r"conference|session|auction|offer|merger|tender|vote)s?\b")
PHASE_VERBS = (r"\b(?:began|begins|begin|started|starts|ended|ends|expired|expires|took effect|takes effect|"
               r"was held|were held|will be held|took place|was signed|were signed|opened|closed)\b")


QUOTE_RE = re.compile(r'"([^"\n]{20,400})"')


def quotes(text):
    """Direct quotes of five words or more."""
    return [q for q in QUOTE_RE.finditer(text) if len(q.group(1).split()) >= 5]


def plant_quote_word(text, rng, _):
    cands = []
    for q in quotes(text):
        for w in re.finditer(r"\b[a-z]{4,}\b", q.group(1)):
            if w.group(0) not in STOP:
                cands.append((q, w))
    if not cands:
        return None
    q, w = rng.choice(cands)
    repl = {"will": "would", "would": "will", "could": "might", "must": "should"}.get(w.group(0))
    repl = repl or rng.choice(["major", "serious", "certain", "strong", "real", "broad"])
    b = q.start(1) + w.start()
    new = text[:b] + repl + text[b + len(w.group(0)):]
    return new, (q.start(), q.end() - len(w.group(0)) + len(repl)), "word changed"


SPEAKERS = ["Harrison", "Whitfield", "Okafor", "Lindqvist", "Moreau", "Castellano"]


def plant_speaker(text, rng, given):
    cands = []
    for q in quotes(text):
        if len(q.group(1).split()) < 6:
            continue
        tail = text[q.end():q.end() + 80]
        m = (re.match(r"(?:,)? ?(" + NAME_WORD + r"(?: " + NAME_WORD + r")*) " + SPEECH + r"\b", tail)
             or re.match(r"(?:,)? ?" + SPEECH + r" (?:[a-z]+ )*?(" + NAME_WORD + r"(?: " + NAME_WORD + r")*)", tail))
        if m and m.group(1).split()[0] not in CAP_STOP:
            cands.append((q, q.end() + m.start(1), q.end() + m.end(1), m.group(1)))
    if not cands:
        return None
    q, b, e, name = rng.choice(cands)
    # The likeliest slip gives the words to another person of the story; else a name the story does not have.
    others = sorted({m.group(0) for m in re.finditer(NAME_WORD + r" " + NAME_WORD, text)
                     if m.group(0).split()[0] in given and m.group(0).split()[1] not in name
                     and name.split()[-1] not in m.group(0) and m.group(0).split()[1].lower() not in ENGLISH
                     and m.group(0) not in CITIES and m.group(0) not in STATES})
    if others:
        other = rng.choice(others)
        wrong = other if len(name.split()) > 1 else other.split()[1]
        sub = "another person of the story"
    else:
        surname = rng.choice([s for s in SPEAKERS if s not in name])
        wrong = (name.split()[0] + " " + surname) if len(name.split()) > 1 else surname
        sub = "invented name"
    new = text[:b] + wrong + text[e:]
    return new, (b, b + len(wrong)), sub


# kind: (expected rule, planter, cross-source)
KINDS = {
    "location.parent-mismatch": ("location.parent-mismatch", plant_location, False),
    "name.variant-spelling": ("name.variant-spelling", plant_name, False),
    "date.weekday-mismatch": ("date.weekday-mismatch", plant_weekday, False),
    "text.repeated-word": ("text.repeated-word", plant_repeat, False),
    "number.conflict": ("number.conflict", plant_number, True),
    "date.conflict": ("date.conflict", plant_date, True),
    "quote.wording-drift": ("quote.wording-drift", plant_quote_word, True),
    "attribution.conflict": ("attribution.conflict", plant_speaker, True),
}


def run(exe, records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = path + ".json"
    p = subprocess.run([exe, "check", path, "--format", "json", "-o", out], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"crosscheck failed on {path}: {p.stderr[:500]}")
    with open(out, encoding="utf-8") as f:
        return json.load(f)["findings"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("crosscheck")
    ap.add_argument("corpus")
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--work", default=".cache/planted")
    ap.add_argument("--misses", type=int, default=0, help="print up to K missed plants per kind")
    a = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.makedirs(a.work, exist_ok=True)
    stories = [json.loads(l) for l in open(a.corpus, encoding="utf-8") if l.strip()]
    rng = random.Random(a.seed)
    sample = rng.sample(stories, min(a.sample, len(stories)))
    given = load_given_names(root)
    if os.path.exists("/usr/share/dict/words"):
        with open("/usr/share/dict/words", encoding="utf-8", errors="replace") as f:
            ENGLISH.update(w.strip() for w in f if w[:1].islower())

    # False alarms: the untouched sample, one batch.
    base = run(a.crosscheck, sample, os.path.join(a.work, "original.jsonl"))
    fa = collections.Counter(f["rule"] for f in base)

    rows = []
    for kind, (rule, planter, cross) in KINDS.items():
        krng = random.Random(f"{a.seed}:{kind}")
        records, plants = [], []
        for s in sample:
            got = planter(s["text"], krng,
                          given if kind in ("name.variant-spelling", "attribution.conflict") else s.get("published"))
            if not got:
                continue
            new, (b, e), sub = got
            pid = f"{s['id']}~{kind}"
            plant = {"id": pid, "span": bspan(new, b, e), "text": new[b:e], "sub": sub, "also": None}
            if cross:
                # The untouched copy, published the same day; its span is the same text before the change.
                oid = f"{s['id']}~orig"
                records.append(dict(s, id=oid))
                delta = len(new) - len(s["text"])
                plant["also"] = (oid, bspan(s["text"], b, e - delta))
            records.append(dict(s, id=pid, text=new))
            plants.append(plant)
        findings = run(a.crosscheck, records, os.path.join(a.work, kind + ".jsonl"))
        by_source = collections.defaultdict(list)
        for f in findings:
            if f["rule"] != rule:
                continue
            for ev in f["evidence"]:
                by_source[ev["source"]].append((ev["span"], f))
        hits, subs, misses = 0, collections.Counter(), []
        for p in plants:
            targets = [(p["id"], p["span"])] + ([p["also"]] if p["also"] else [])
            hit = any(sp[0] < span[1] and span[0] < sp[1]
                      for sid, span in targets for sp, _ in by_source.get(sid, []))
            subs[(p["sub"], hit)] += 1
            hits += hit
            if not hit:
                misses.append(p)
        rows.append((kind, len(plants), hits, subs))
        if a.misses:
            for p in misses[:a.misses]:
                print(f"  miss {kind} [{p['sub']}] {p['id']}: {p['text']!r}", file=sys.stderr)

    n = len(sample)
    print(f"Planted errors in {n} sampled Reuters-21578 stories (seed {a.seed}); one error per planted copy.\n")
    print("| error kind (rule) | planted | found | recall | by sub-kind (found/planted) |")
    print("| --- | ---: | ---: | ---: | --- |")
    for kind, planted, hits, subs in rows:
        names = sorted({s for s, _ in subs})
        detail = "; ".join(f"{s} {subs[(s, True)]}/{subs[(s, True)] + subs[(s, False)]}" for s in names)
        rec = f"{100.0 * hits / planted:.1f}%" if planted else "-"
        print(f"| {kind} | {planted} | {hits} | {rec} | {detail} |")
    print(f"\nFalse alarms on the {n} untouched stories (every finding counts):\n")
    print("| rule | findings | per 1,000 stories |")
    print("| --- | ---: | ---: |")
    for rule, c in sorted(fa.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {rule} | {c} | {1000.0 * c / n:.1f} |")
    print(f"| all | {sum(fa.values())} | {1000.0 * sum(fa.values()) / n:.1f} |")


if __name__ == "__main__":
    main()

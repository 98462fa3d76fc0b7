#!/usr/bin/env python3
"""Checks a translation overlay of the default ladder against the English file.

Usage: python3 content/ladder-v2/check_translations.py [translations.LANG.json ...]
           [--english pm-default.en.json] [--self-test]

Without file arguments it checks every translations.*.json beside this script. An overlay is
keyed by kind and id (see /work/briefs/translate*.md):

    {"language": "es", "framework": {...}, "tracks": {...}, "levels": {...},
     "specializations": {...}, "competencies": {...}, "milestones": {...}, "resources": {...}}

It must hold exactly the text fields the English file has (no missing, no extra, none empty;
an English field that is empty or absent needs no translation). Then, per text:
- the rules check.py applies to inline translations (length limits, spaces, no markdown);
- it is not the English text itself, unless the whole value is listed in the glossary's
  "kept as in English" section (glossary.LANG.md beside the overlay: the first section whose
  heading starts with "Se dejan", "Kept" or "保留", one backticked term per bullet);
- it carries no English left behind: words such as "the", "and", "with" or "e.g.", outside
  quotes and outside the glossary's kept terms;
- every number of the English text appears in it;
- expectations and descriptors are one sentence ending with a full stop; milestone titles do
  not end with one;
- no two milestone titles are near-identical unless their English titles are too.
Finally the overlay is merged into the English file in memory (the inline "translations" form
of the format) and checked with check.py's translation rules.

Exits 0 when every check passes, 1 with one line per problem otherwise. `--self-test` breaks a
copy of each overlay in every way above and shows that each check catches it. Standard library
only.
"""

import argparse
import copy
import difflib
import glob
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402  (the ladder checker beside this file: one rule in one place)

SECTIONS = ("framework", "tracks", "levels", "specializations", "competencies", "milestones",
            "resources")
KIND_OF = {"framework": "framework", "tracks": "track", "levels": "level",
           "specializations": "specialization", "competencies": "competency",
           "milestones": "milestone", "resources": "resource"}
# Words that are English and not a word of the languages we translate into.
ENGLISH = re.compile(
    r"(?<![\w-])(the|and|with|of|for|that|which|is|are|was|were|their|its|from|into|when|without|"
    r"this|these|those|has|have|by|on|at|to|it|they|who|an|or|not|e\.g\.|i\.e\.)(?![\w-])", re.I)
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|「[^」]*」|《[^》]*》")
NUMBER = re.compile(r"\d(?:[\d,.\u00a0\u202f ]*\d)?")
ABBREVIATIONS = re.compile(r"\b(p\. ej\.|e\.g\.|i\.e\.|etc\.|ej\.|vs\.|núm\.|EE\. ?UU\.)", re.I)
SECOND_SENTENCE = re.compile(r"[.!?;]\s+\S|[。！？；]\s*\S")
SIMILAR = check.SIMILAR


def expected_fields(en):
    """The overlay's shape the English file asks for: the same nesting, with the English text
    at each leaf."""
    def some(obj, names):
        return {n: obj[n] for n in names if isinstance(obj.get(n), str) and obj[n].strip()}

    out = {"framework": some(en, ("name", "description"))}
    out["tracks"] = {t["id"]: some(t, ("title", "description")) for t in en.get("tracks", [])}
    out["levels"] = {lv["id"]: some(lv, ("title", "shortTitle", "summary")) for lv in en["levels"]}
    out["specializations"] = {s["id"]: some(s, ("title", "description"))
                              for s in en.get("specializations", [])}
    comps = {}
    for c in en["competencies"]:
        e = some(c, ("area", "title", "description"))
        e["expectations"] = {lv: t for lv, t in c.get("expectations", {}).items() if t.strip()}
        if c.get("descriptors"):
            e["descriptors"] = {lv: some(dsc, ("notYet", "strong"))
                                for lv, dsc in c["descriptors"].items()}
        comps[c["id"]] = e
    out["competencies"] = comps
    out["milestones"] = {m["id"]: some(m, ("title", "description")) for m in en.get("milestones", [])}
    out["resources"] = {r["id"]: some(r, ("description",)) for r in en.get("resources", [])}
    return out


def compare(p, where, want, got):
    """Same keys at every level, text where the English has text; yields (path, en, tr)."""
    if isinstance(want, str):
        if not isinstance(got, str):
            p.add(where, f"expected text, found {type(got).__name__}")
        elif not got.strip():
            p.add(where, "is empty")
        else:
            yield where, want, got
        return
    if not isinstance(got, dict):
        p.add(where, f"expected an object, found {type(got).__name__}")
        return
    for key in want:
        if key not in got:
            p.add(where, f"missing {key!r}")
    for key in got:
        if key not in want:
            p.add(where, f"{key!r} is not a text field of the English file")
    for key in want:
        if key in got:
            yield from compare(p, f"{where}.{key}" if where else key, want[key], got[key])


def read_kept_terms(path):
    """Backticked terms of the glossary's 'kept as in English' section."""
    if not os.path.exists(path):
        return None
    kept, inside = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                title = line.lstrip("#").strip().lower()
                inside = title.startswith(("se dejan", "kept", "保留"))
                continue
            if inside and line.lstrip().startswith(("-", "*")):
                kept += re.findall(r"`([^`]+)`", line)
    return kept


def numbers(text):
    return sorted(re.sub(r"[^\d]", "", n) for n in NUMBER.findall(text))


def normalise(title):
    text = unicodedata.normalize("NFKD", title.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w ]", " ", text).split())


def check_texts(p, leaves, kept):
    kept_set = set(kept)
    kept_words = sorted(kept, key=len, reverse=True)
    for where, en, tr in leaves:
        if tr == en and tr not in kept_set:
            p.add(where, f"is the English text {en!r}; translate it, or list it in the glossary's "
                         "kept terms if it is a name")
        bare = QUOTED.sub(" ", tr)
        for term in kept_words:
            bare = bare.replace(term, " ")
        left = sorted({w.lower() for w in ENGLISH.findall(bare)})
        if left:
            p.add(where, f"English words left: {', '.join(left)}: {tr!r}")
        if numbers(en) != numbers(tr):
            p.add(where, f"numbers differ from the English ({' '.join(numbers(en)) or 'none'} "
                         f"vs {' '.join(numbers(tr)) or 'none'}): {tr!r}")
        one_sentence = ".expectations." in where or ".descriptors." in where
        if one_sentence and (SECOND_SENTENCE.search(ABBREVIATIONS.sub("x", tr).rstrip(".。"))
                             or not tr.endswith((".", "。"))):
            p.add(where, f"must be one sentence ending with a full stop: {tr!r}")
        if where.startswith("milestones.") and where.endswith(".title") and tr.endswith((".", "。")):
            p.add(where, "ends with a full stop; titles are headlines")


def check_similar_titles(p, en_titles, tr_titles):
    ids = sorted(tr_titles)
    norm = {i: normalise(tr_titles[i]) for i in ids}
    for a in range(len(ids)):
        sm = difflib.SequenceMatcher(None, b=norm[ids[a]], autojunk=False)
        for b in range(a + 1, len(ids)):
            sm.set_seq1(norm[ids[b]])
            if sm.real_quick_ratio() > SIMILAR and sm.quick_ratio() > SIMILAR and sm.ratio() > SIMILAR:
                en_ratio = difflib.SequenceMatcher(None, check.normalise(en_titles[ids[a]]),
                                                   check.normalise(en_titles[ids[b]])).ratio()
                if en_ratio <= SIMILAR:
                    p.add("milestone titles", f"{ids[a]} and {ids[b]} are near-identical "
                                              f"({sm.ratio():.2f}) though the English ones are not: "
                                              f"{tr_titles[ids[a]]!r} / {tr_titles[ids[b]]!r}")


def merge(en, overlay, lang):
    """The inline form: each English object gains translations[lang] from the overlay."""
    d = copy.deepcopy(en)
    d.setdefault("translations", {})[lang] = overlay.get("framework", {})
    for section, kind in KIND_OF.items():
        if section == "framework":
            continue
        for obj in d.get(section, []):
            texts = (overlay.get(section) or {}).get(obj["id"])
            if isinstance(texts, dict):
                obj.setdefault("translations", {})[lang] = texts
    return d


def check_overlay(p, en, overlay, lang_from_name, kept):
    if not isinstance(overlay, dict):
        p.add("file", "expected a JSON object")
        return None
    lang = overlay.get("language")
    if not isinstance(lang, str) or not check.LANG.match(lang) or lang == en.get("language", "en"):
        p.add("language", f"{lang!r} is not a language tag other than the English file's")
    elif lang_from_name and lang != lang_from_name:
        p.add("language", f"{lang!r} but the file name says {lang_from_name!r}")
    for key in overlay:
        if key != "language" and key not in SECTIONS:
            p.add("file", f"unknown key {key!r}")
    want = expected_fields(en)
    leaves = []
    for section in SECTIONS:
        if section not in overlay:
            p.add("file", f"missing {section!r}")
            continue
        leaves += list(compare(p, section, want[section], overlay[section]))
    if kept is None:
        p.add("glossary", "no glossary beside the overlay (glossary.LANG.md)")
        kept = []
    check_texts(p, leaves, kept)
    en_titles = {m["id"]: m["title"] for m in en.get("milestones", [])}
    tr_titles = {mid: t.get("title") for mid, t in (overlay.get("milestones") or {}).items()
                 if isinstance(t, dict) and isinstance(t.get("title"), str) and mid in en_titles}
    check_similar_titles(p, en_titles, tr_titles)
    # The inline form, checked by the ladder checker's own translation rules.
    merged = merge(en, overlay, lang if isinstance(lang, str) else "xx")
    level_set = {lv["id"] for lv in en["levels"]}
    check.check_translations(p, "$", merged, "framework", level_set)
    for section, kind in KIND_OF.items():
        if section != "framework":
            for obj in merged.get(section, []):
                check.check_translations(p, f"{kind} {obj['id']}", obj, kind, level_set)
    return leaves


def run(path, en, quiet=False):
    p = check.Problems()
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    try:
        overlay = json.loads(raw, object_pairs_hook=lambda pairs: check._no_dupes(p, pairs))
    except json.JSONDecodeError as e:
        print(f"{path}: not valid JSON ({e})")
        return 1
    if raw != json.dumps(overlay, indent=2, ensure_ascii=False) + "\n":
        p.add("file", "is not formatted with 2-space indentation (json.dumps(indent=2, ensure_ascii=False))")
    m = re.match(r"^translations\.(.+)\.json$", os.path.basename(path))
    lang = m.group(1) if m else None
    kept = read_kept_terms(os.path.join(os.path.dirname(os.path.abspath(path)), f"glossary.{lang}.md"))
    leaves = check_overlay(p, en, overlay, lang, kept)
    name = os.path.relpath(path)
    if p.items:
        if not quiet:
            for line in p.items:
                print(f"FAIL {name}: {line}")
            print(f"{name}: {len(p.items)} problem(s) found.")
        return 1
    counts = {s: len(overlay[s]) for s in SECTIONS[1:]}
    comps = overlay["competencies"].values()
    print(f"OK {name} (language {overlay['language']}): {len(leaves)} texts translated, all of "
          f"the English file's; {len(kept)} glossary terms kept as in English")
    print("  " + ", ".join(f"{s} {n}" for s, n in counts.items()) +
          f"; expectations {sum(len(c['expectations']) for c in comps)}, descriptor pairs "
          f"{sum(len(c.get('descriptors', {})) for c in comps)}")
    return 0


def self_test(path, en):
    """Each way of breaking a good overlay must be caught."""
    with open(path, encoding="utf-8") as f:
        good = json.load(f)
    mid = next(iter(good["milestones"]))
    cid = next(iter(good["competencies"]))
    lv = next(iter(good["competencies"][cid]["expectations"]))
    en_m = next(m for m in en["milestones"] if m["id"] == mid)

    def drop(d): del d["milestones"][mid]["description"]
    def extra(d): d["resources"][next(iter(d["resources"]))]["title"] = "A title"
    def empty(d): d["levels"]["pm"]["summary"] = " "
    def english(d): d["milestones"][mid]["title"] = en_m["title"]
    def leftover(d): d["milestones"][mid]["description"] += " (with the team)"
    def digits(d): d["competencies"][cid]["expectations"][lv] = "Texto sin cifras 7."
    def two(d): d["competencies"][cid]["expectations"][lv] = "Una frase. Otra frase."
    def stop(d): d["milestones"][mid]["title"] += "."
    def similar(d):
        ids = list(d["milestones"])
        d["milestones"][ids[1]]["title"] = d["milestones"][ids[0]]["title"] + "s"
    def lang(d): d["language"] = "en"
    def section(d): del d["tracks"]
    def markdown(d): d["framework"]["name"] = "**" + d["framework"]["name"] + "**"
    cases = [drop, extra, empty, english, leftover, digits, two, stop, similar, lang, section,
             markdown]
    here = os.path.dirname(os.path.abspath(path))
    glossary = os.path.basename(path).replace("translations.", "glossary.", 1)[:-len(".json")] + ".md"
    tmp_dir = tempfile.mkdtemp(prefix="check-translations-")
    failures = 0
    try:
        if os.path.exists(os.path.join(here, glossary)):
            shutil.copy(os.path.join(here, glossary), tmp_dir)
        tmp = os.path.join(tmp_dir, os.path.basename(path))
        for case in cases:
            d = copy.deepcopy(good)
            case(d)
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
            caught = run(tmp, en, quiet=True) == 1
            print(f"self-test {case.__name__}: {'caught' if caught else 'NOT CAUGHT'}")
            failures += not caught
    finally:
        shutil.rmtree(tmp_dir)
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--english", default=os.path.join(HERE, "pm-default.en.json"))
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    with open(args.english, encoding="utf-8") as f:
        en = json.load(f)
    files = args.files or sorted(glob.glob(os.path.join(HERE, "translations.*.json")))
    if not files:
        print("no translations.*.json to check")
        return 1
    status = 0
    for path in files:
        status |= self_test(path, en) if args.self_test else run(path, en)
    return status


if __name__ == "__main__":
    sys.exit(main())

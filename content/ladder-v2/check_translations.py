#!/usr/bin/env python3
"""Checks translation overlays of the default ladder's second edition.

Usage: python3 content/ladder-v2/check_translations.py [translations.LANG.json ...]
           [--ladder pm-default.en.json] [--glossary GLOSSARY.md] [--self-test]
       python3 content/ladder-v2/check_translations.py --shipped assets/frameworks/pm-default.json

Without file arguments it checks every translations.*.json beside this script against
pm-default.en.json. Each overlay must cover every text field of the ladder exactly, keyed by
kind and id (see /work/briefs/ladder-format-v2.md, "Translations"):

- the same kinds, ids and field names as the ladder's text fields: nothing missing, nothing
  extra (a field that is empty in the ladder needs no translation and must not appear);
- every value a non-empty plain text within the ladder's length limits (check.py's rules for a
  text, and check.py's translation rules on the overlay merged into the ladder's inline form);
- no English left: a value identical to the ladder's only where the whole value is a term the
  glossary keeps in English; no run of three or more Latin-script words in a language that is
  not written in Latin script (zh, ja, ko), and no English function words in any language,
  except inside terms the glossary keeps and inside quotation or title marks (cited titles);
- the translation has the same numbers as the English (none dropped, none added);
- expectations and descriptors stay one sentence and end with a full stop; milestone titles are
  headlines without one; no two milestone titles are near-identical unless the English are;
- for Chinese: full-width punctuation next to Chinese characters and no ASCII double quotes;
- the file is written as json.dumps(indent=2, ensure_ascii=False) plus a newline.

The glossary is glossary.LANG.md beside the overlay (or --glossary). Terms kept in English are
the `backticked` terms on the bullets of its section whose heading starts with "Kept", "Se dejan"
or "保留".

--shipped checks a built framework file instead (build.py's output): each language of its
inline translations is taken back out as an overlay and checked the same way, against the
ladder without its translations, with glossary.LANG.md beside this script.

Exits 0 when every check passes, 1 with one line per problem otherwise. --self-test breaks a
copy of each overlay in one way per check and shows that the check reports it.
Standard library only.
"""

import argparse
import copy
import difflib
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402  (the ladder checker beside this file: its text rules, not copies)

LADDER = os.path.join(HERE, "pm-default.en.json")
TOP = ["language", "framework", "tracks", "levels", "specializations", "competencies",
       "milestones", "resources"]
# kind in the overlay -> (list in the ladder, plain text fields); framework is a single object.
KINDS = {
    "tracks": ("tracks", ["title", "description"]),
    "levels": ("levels", ["title", "shortTitle", "summary"]),
    "specializations": ("specializations", ["title", "description"]),
    "competencies": ("competencies", ["area", "title", "description"]),
    "milestones": ("milestones", ["title", "description"]),
    "resources": ("resources", ["description"]),
}
KIND_OF = {"tracks": "track", "levels": "level", "specializations": "specialization",
           "competencies": "competency", "milestones": "milestone", "resources": "resource"}
LIMITS = {"shortTitle": check.MAX_SHORT, "title": check.MAX_TITLE, "area": check.MAX_TITLE,
          "name": check.MAX_TITLE}
NON_LATIN = ("zh", "ja", "ko")
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ /&-]+[A-Za-z][A-Za-z'’-]*){2,}")
ENGLISH_WORDS = re.compile(
    r"(?<![A-Za-z])(the|and|with|their|which|that|from|this|without|into|they|were|been|whose)"
    r"(?![A-Za-z])", re.I)
NUMBER = re.compile(r"\d+")
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|「[^」]*」|《[^》]*》")
ENDINGS_CJK = re.compile(r"[。！？；]\s*\S")
ENDINGS_LATIN = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bej)(?<!\bp)(?<!\bEE)(?<!\bUU)(?<!\bvs)"
    r"(?<!\baprox)(?<!\bnúm)[.!?;]\s+\S")
HALF_WIDTH_NEAR_CJK = re.compile(rf"[{CJK}][,:;!?()]|[,:;!?()][{CJK}]")


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f'key "{key}" appears twice in one object')
        seen[key] = value
    return seen


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=no_duplicates)


def kept_terms(path):
    """Backticked terms in the glossary's "Kept ..." ("Se dejan ...", "保留...") section."""
    if not path or not os.path.exists(path):
        return []
    terms, inside = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                inside = line.lstrip("#").strip().lower().startswith(("kept", "se dejan", "保留"))
            elif inside and line.lstrip().startswith(("-", "*")):
                terms += re.findall(r"`([^`]+)`", line)
    return sorted(set(terms), key=len, reverse=True)


def expected_fields(ladder):
    """(kind, id) -> {field: English text} for every text field the ladder has."""
    out = {("framework", None): {k: ladder[k] for k in ("name", "description") if ladder.get(k)}}
    for kind, (key, fields) in KINDS.items():
        for obj in ladder.get(key, []):
            want = {f: obj[f] for f in fields if isinstance(obj.get(f), str) and obj[f].strip()}
            if kind == "competencies":
                want["expectations"] = {lv: t for lv, t in obj.get("expectations", {}).items() if t}
                if obj.get("descriptors"):
                    want["descriptors"] = {lv: {k: v for k, v in d.items() if v}
                                           for lv, d in obj["descriptors"].items()}
            out[(kind, obj["id"])] = want
    return out


class Checker:
    def __init__(self, ladder, terms, lang):
        self.ladder, self.terms, self.lang = ladder, terms, lang
        self.cjk = lang.split("-")[0].lower() in NON_LATIN
        self.problems = []

    def add(self, where, what):
        self.problems.append(f"{where}: {what}")

    def strip_terms(self, text):
        for term in self.terms:
            text = text.replace(term, " ")
        return text

    def text(self, where, field, value, english, one_sentence=False):
        before = len(self.problems)
        check.check_text(self, where, value, LIMITS.get(field, check.MAX_LONG))
        if len(self.problems) > before or not isinstance(value, str):
            return
        if value == english and value not in self.terms:
            self.add(where, f'is the English text "{value[:60]}" (not a term the glossary keeps)')
            return
        rest = self.strip_terms(QUOTED.sub(" ", value))
        if self.cjk:
            for run in LATIN_RUN.findall(rest):
                self.add(where, f'English text left: "{run}"')
            if '"' in value:
                self.add(where, "uses ASCII double quotes; use “ ”")
            bad = HALF_WIDTH_NEAR_CJK.findall(value)
            if bad:
                self.add(where, f"half-width punctuation next to Chinese text: {' '.join(bad)}")
        words = sorted({w.lower() for w in ENGLISH_WORDS.findall(rest)})
        if words:
            self.add(where, f"English words left: {', '.join(words)}")
        en_numbers, numbers = sorted(NUMBER.findall(english)), sorted(NUMBER.findall(value))
        if en_numbers != numbers:
            self.add(where, f"numbers differ from the English ({' '.join(en_numbers) or 'none'}"
                            f" vs {' '.join(numbers) or 'none'})")
        stop = "。" if self.cjk else "."
        if one_sentence:
            if (ENDINGS_CJK if self.cjk else ENDINGS_LATIN).search(value.strip()):
                self.add(where, "is more than one sentence")
            if not value.endswith(stop):
                self.add(where, f"does not end with a full stop ({stop})")
        if field == "title" and where.startswith("milestones.") and value.endswith(("。", ".")):
            self.add(where, "ends with a full stop; milestone titles are headlines")

    def similar_titles(self, overlay):
        en = {m["id"]: m["title"] for m in self.ladder.get("milestones", [])}
        tr = {i: m["title"] for i, m in overlay.get("milestones", {}).items()
              if i in en and isinstance(m, dict) and isinstance(m.get("title"), str)}
        norm = {i: re.sub(r"[\W_]+", "", t.casefold()) for i, t in tr.items()}
        ids = sorted(tr)
        for a, ia in enumerate(ids):
            sm = difflib.SequenceMatcher(None, b=norm[ia], autojunk=False)
            for ib in ids[a + 1:]:
                sm.set_seq1(norm[ib])
                if sm.real_quick_ratio() > check.SIMILAR and sm.quick_ratio() > check.SIMILAR \
                        and sm.ratio() > check.SIMILAR:
                    en_ratio = difflib.SequenceMatcher(None, check.normalise(en[ia]),
                                                       check.normalise(en[ib])).ratio()
                    if en_ratio <= check.SIMILAR:
                        self.add("milestone titles", f"{ia} and {ib} are near-identical "
                                                     f"({sm.ratio():.2f}): {tr[ia]} / {tr[ib]}")

    def inline(self, overlay, lang):
        """Merged into the ladder as inline translations, the overlay passes check.py's rules."""
        merged = copy.deepcopy(self.ladder)
        merged["translations"] = {lang: overlay.get("framework") or {}}
        for kind, key in KINDS.items():
            for obj in merged.get(key[0], []):
                texts = (overlay.get(kind) or {}).get(obj["id"])
                if isinstance(texts, dict):
                    obj["translations"] = {lang: texts}
        levels = {lv["id"] for lv in merged["levels"]}
        check.check_translations(self, "inline framework", merged, "framework", levels)
        for kind, key in KINDS.items():
            for obj in merged.get(key[0], []):
                check.check_translations(self, f"inline {KIND_OF[kind]} {obj['id']}", obj,
                                         KIND_OF[kind], levels)

    def keys(self, where, have, want):
        if not isinstance(have, dict):
            self.add(where, f"expected an object, found {type(have).__name__}")
            return False
        for k in sorted(set(want) - set(have)):
            self.add(f"{where}.{k}", "missing")
        for k in sorted(set(have) - set(want)):
            self.add(f"{where}.{k}", "not a text field of the ladder (extra)")
        return True

    def run(self, overlay, lang_from_name=None):
        if not self.keys("(top)", overlay, TOP):
            return self.problems
        lang = overlay.get("language")
        if not isinstance(lang, str) or not check.LANG.match(lang):
            self.add("language", f"not a language tag: {lang!r}")
        elif lang == self.ladder.get("language", "en"):
            self.add("language", "is the ladder's own language")
        elif lang_from_name and lang != lang_from_name:
            self.add("language", f'"{lang}" does not match the file name ({lang_from_name})')
        want = expected_fields(self.ladder)
        by_kind = {}
        for (kind, oid), fields in want.items():
            by_kind.setdefault(kind, {})[oid] = fields
        fw = overlay.get("framework")
        if self.keys("framework", fw, by_kind["framework"][None]):
            for f, en in by_kind["framework"][None].items():
                if f in fw:
                    self.text(f"framework.{f}", f, fw[f], en)
        for kind in KINDS:
            have = overlay.get(kind)
            wanted = by_kind.get(kind, {})
            if not self.keys(kind, have, wanted):
                continue
            for oid, fields in wanted.items():
                if oid not in have:
                    continue
                where = f"{kind}.{oid}"
                obj = have[oid]
                if not self.keys(where, obj, fields):
                    continue
                for f, en in fields.items():
                    if f not in obj:
                        continue
                    if f == "expectations":
                        if self.keys(f"{where}.expectations", obj[f], en):
                            for lv, t in en.items():
                                if lv in obj[f]:
                                    self.text(f"{where}.expectations.{lv}", f, obj[f][lv], t,
                                              one_sentence=True)
                    elif f == "descriptors":
                        if self.keys(f"{where}.descriptors", obj[f], en):
                            for lv, pair in en.items():
                                w = f"{where}.descriptors.{lv}"
                                if lv in obj[f] and self.keys(w, obj[f][lv], pair):
                                    for k, t in pair.items():
                                        if k in obj[f][lv]:
                                            self.text(f"{w}.{k}", k, obj[f][lv][k], t,
                                                      one_sentence=True)
                    else:
                        self.text(f"{where}.{f}", f, obj[f], en)
        self.similar_titles(overlay)
        if isinstance(lang, str) and check.LANG.match(lang):
            self.inline(overlay, lang)
        return self.problems


def count_fields(overlay):
    n = 0
    def walk(o):
        nonlocal n
        if isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, str):
            n += 1
    walk({k: v for k, v in overlay.items() if k != "language"})
    return n


def lang_of(path):
    m = re.match(r"translations\.(.+)\.json$", os.path.basename(path))
    return m.group(1) if m else None


def glossary_for(path, given):
    if given:
        return given
    lang = lang_of(path)
    return os.path.join(os.path.dirname(os.path.abspath(path)), f"glossary.{lang}.md") if lang else None


def self_test(ladder, overlay, terms, lang):
    """Breaks a copy of a passing overlay once per check; every break must be reported."""
    lm = next(m for m in ladder["milestones"] if any(c.isdigit() for c in m["description"]))
    comp = next(c for c in ladder["competencies"] if c.get("descriptors"))
    lv = next(iter(comp["descriptors"]))
    kept = next((t for t in terms if t in {lv_["shortTitle"] for lv_ in ladder["levels"]}), None)
    cases = [
        ("missing milestone", lambda o: o["milestones"].pop(lm["id"])),
        ("missing field", lambda o: o["milestones"][lm["id"]].pop("description")),
        ("extra id", lambda o: o["milestones"].__setitem__("no-such.pm.1", {"title": "x"})),
        ("extra field", lambda o: o["resources"][ladder["resources"][0]["id"]]
         .__setitem__("title", "x")),
        ("missing expectation", lambda o: o["competencies"][comp["id"]]["expectations"]
         .pop(next(iter(comp["expectations"])))),
        ("missing descriptor half", lambda o: o["competencies"][comp["id"]]["descriptors"][lv]
         .pop("strong")),
        ("empty", lambda o: o["framework"].__setitem__("name", " ")),
        ("English left as is", lambda o: o["milestones"][lm["id"]]
         .__setitem__("title", lm["title"])),
        ("English words inside", lambda o: o["milestones"][lm["id"]]
         .__setitem__("description", o["milestones"][lm["id"]]["description"]
                      + " with the team and their leads")),
        ("number dropped", lambda o: o["milestones"][lm["id"]]
         .__setitem__("description", re.sub(r"\d", "", o["milestones"][lm["id"]]["description"]))),
        ("two sentences", lambda o: o["competencies"][comp["id"]]["expectations"]
         .__setitem__("pm", "第一句。第二句。" if lang.startswith("zh") else "Uno. Dos.")),
        ("too long short title", lambda o: o["levels"][ladder["levels"][0]["id"]]
         .__setitem__("shortTitle", "长" * 41)),
        ("line break", lambda o: o["tracks"][ladder["tracks"][0]["id"]]
         .__setitem__("title", "a\nb")),
        ("number added", lambda o: o["milestones"][lm["id"]]
         .__setitem__("description", o["milestones"][lm["id"]]["description"] + " 7")),
        ("no final full stop", lambda o: o["competencies"][comp["id"]]["descriptors"][lv]
         .__setitem__("notYet", o["competencies"][comp["id"]]["descriptors"][lv]["notYet"][:-1])),
        ("title with a full stop", lambda o: o["milestones"][lm["id"]]
         .__setitem__("title", o["milestones"][lm["id"]]["title"] + ("。" if lang.startswith("zh")
                                                                      else "."))),
        ("near-identical titles", lambda o: o["milestones"][lm["id"]]
         .__setitem__("title", o["milestones"][ladder["milestones"][0]["id"]]["title"] + "了")),
        ("markdown", lambda o: o["framework"].__setitem__("name", "**" + o["framework"]["name"]
                                                          + "**")),
        ("wrong language", lambda o: o.__setitem__("language", "en")),
        ("missing kind", lambda o: o.pop("resources")),
    ]
    if lang.split("-")[0] in NON_LATIN:
        cases.append(("ASCII quotes", lambda o: o["framework"].__setitem__(
            "name", o["framework"]["name"] + '"x"')))
    failures = 0
    base = Checker(ladder, terms, lang).run(overlay)
    if base:
        print("self-test needs a passing overlay; it has problems:", *base, sep="\n  ")
        return 1
    if kept:
        o = copy.deepcopy(overlay)
        lvl = next(x for x in ladder["levels"] if x["shortTitle"] == kept)
        o["levels"][lvl["id"]]["shortTitle"] = kept
        if Checker(ladder, terms, lang).run(o):
            print(f"FAIL: kept term {kept!r} identical to English was reported")
            failures += 1
        else:
            print(f"ok:   a value identical to English that the glossary keeps ({kept}) passes")
    for name, breaker in cases:
        o = copy.deepcopy(overlay)
        breaker(o)
        found = Checker(ladder, terms, lang).run(o)
        if found:
            print(f"ok:   {name}: {found[0]}")
        else:
            print(f"FAIL: {name} was not reported")
            failures += 1
    return 1 if failures else 0


def unmerge(shipped):
    """A framework file with inline translations as (ladder without them, {language: overlay})."""
    ladder = copy.deepcopy(shipped)
    overlays = {}

    def take(obj, section, oid):
        for lang, texts in (obj.pop("translations", None) or {}).items():
            o = overlays.setdefault(lang, {"language": lang, **{k: {} for k in TOP[1:]}})
            if section == "framework":
                o["framework"] = texts
            else:
                o[section][oid] = texts

    take(ladder, "framework", None)
    for kind, (key, _) in KINDS.items():
        for obj in ladder.get(key, []):
            take(obj, kind, obj["id"])
    return ladder, overlays


def check_shipped(path):
    ladder, overlays = unmerge(load_json(path))
    name = os.path.relpath(path)
    if not overlays:
        print(f"{name}: no translations")
        return 1
    status = 0
    for lang, overlay in sorted(overlays.items()):
        terms = kept_terms(os.path.join(HERE, f"glossary.{lang}.md"))
        problems = Checker(ladder, terms, lang).run(overlay)
        for p in problems:
            print(f"{name} [{lang}]: {p}")
        status |= bool(problems)
        want = sum(count_fields(v) if isinstance(v, dict) else 1 for v in expected_fields(ladder).values())
        print(f"{name} [{lang}]: {'ok, ' if not problems else ''}{count_fields(overlay)} of {want} "
              f"text fields translated{'' if not problems else f', {len(problems)} problems'}")
    return status


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--ladder", default=LADDER)
    ap.add_argument("--glossary")
    ap.add_argument("--self-test", action="store_true")
    ap.add_argument("--shipped", help="a built framework file with inline translations")
    args = ap.parse_args()
    if args.shipped:
        return check_shipped(args.shipped)
    files = args.files or sorted(glob.glob(os.path.join(HERE, "translations.*.json")))
    if not files:
        print("no translations.*.json to check")
        return 1
    ladder = load_json(args.ladder)
    status = 0
    for path in files:
        name = os.path.relpath(path)
        try:
            overlay = load_json(path)
        except (OSError, ValueError) as e:
            print(f"{name}: cannot read: {e}")
            status = 1
            continue
        with open(path, encoding="utf-8") as f:
            if f.read() != json.dumps(overlay, indent=2, ensure_ascii=False) + "\n":
                print(f"{name}: not written as json.dumps(indent=2, ensure_ascii=False) + newline")
                status = 1
        lang = overlay.get("language") if isinstance(overlay, dict) else None
        lang = lang if isinstance(lang, str) else (lang_of(path) or "")
        terms = kept_terms(glossary_for(path, args.glossary))
        if args.self_test:
            print(f"{name}: self-test")
            status |= self_test(ladder, overlay, terms, lang)
            continue
        problems = Checker(ladder, terms, lang).run(overlay, lang_of(path))
        if problems:
            status = 1
            for p in problems:
                print(f"{name}: {p}")
            print(f"{name}: {len(problems)} problems")
        else:
            want = sum(count_fields(v) if isinstance(v, dict) else 1
                       for v in expected_fields(ladder).values())
            print(f"{name}: ok, {count_fields(overlay)} of {want} text fields translated "
                  f"({len(terms)} glossary terms kept in English)")
    return status


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks the second edition of the default ladder (framework format 2).

Usage: python3 content/ladder-v2/check.py [LADDER.json] [--id-map ID-MAP.md] [--old OLD.json]

Without arguments it checks pm-default.en.json and id-map.md beside this script against the
first edition, read from git (the newest committed assets/frameworks/pm-default.json that is
still format 1). Exits 0 when every check passes, 1 with one line per problem otherwise.
Standard library only.
"""

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OLD_PATH_IN_GIT = "assets/frameworks/pm-default.json"

SLUG = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
KINDS = {"book", "course", "article", "talk", "podcast"}
MAX_ID, MAX_TITLE, MAX_SHORT, MAX_LONG, MAX_URL = 80, 200, 40, 4000, 2000
SIMILAR = 0.85
INDUSTRY_WORDS = re.compile(r"\b(short-video|videos?|creators?|advertisers?|viewers?|feeds?)\b", re.I)
# Markdown inside strings: emphasis, code, headings, links, bullets.
MARKDOWN = re.compile(r"(\*\*|__|`|^#|\]\(|^\s*[-*] |\n)")
# A sentence ends and another starts ("... done. Then ..."), ignoring common abbreviations.
SECOND_SENTENCE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)[.!?;]\s+\S")

FIELDS = {
    "framework": ({"formatVersion", "id", "version", "name", "levels", "competencies"},
                  {"language", "description", "requiredPerCell", "tracks", "specializations",
                   "milestones", "resources", "translations"}),
    "track": ({"id", "title"}, {"description", "translations"}),
    "level": ({"id", "title", "shortTitle", "rank", "summary"}, {"track", "translations"}),
    "specialization": ({"id", "title", "description"}, {"translations"}),
    "competency": ({"id", "area", "title", "description", "expectations"},
                   {"specialization", "required", "descriptors", "translations"}),
    "milestone": ({"id", "competency", "level", "title", "description"},
                  {"replaces", "translations"}),
    "resource": ({"id", "title", "author", "kind", "url", "description", "competencies"},
                 {"translations"}),
}
TRANSLATABLE = {
    "framework": {"name", "description"},
    "track": {"title", "description"},
    "level": {"title", "shortTitle", "summary"},
    "specialization": {"title", "description"},
    "competency": {"area", "title", "description", "expectations", "descriptors"},
    "milestone": {"title", "description"},
    "resource": {"description"},
}


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, what):
        self.items.append(f"{where}: {what}")


def check_text(p, where, value, limit, required=True):
    if value is None:
        if required:
            p.add(where, "missing")
        return
    if not isinstance(value, str):
        p.add(where, f"expected text, found {type(value).__name__}")
        return
    if required and not value.strip():
        p.add(where, "is empty")
    if len(value) > limit:
        p.add(where, f"too long ({len(value)} characters; at most {limit})")
    if value != value.strip() or "  " in value:
        p.add(where, "has leading, trailing or doubled spaces")
    if MARKDOWN.search(value):
        p.add(where, "contains markdown or a line break; texts are plain")
    if any(ord(ch) < 32 for ch in value):
        p.add(where, "contains a control character")


def check_fields(p, where, obj, kind):
    if not isinstance(obj, dict):
        p.add(where, "expected an object")
        return False
    required, optional = FIELDS[kind]
    for name in sorted(required - obj.keys()):
        p.add(where, f"missing field '{name}'")
    for name in sorted(obj.keys() - required - optional):
        p.add(where, f"unknown field '{name}'")
    return True


def check_id(p, where, value):
    if not isinstance(value, str) or not SLUG.match(value) or len(value) > MAX_ID:
        p.add(where, f"id {value!r} is not a slug [a-z0-9][a-z0-9.-]* of at most {MAX_ID} characters")
        return False
    return True


def check_unique(p, kind, objs):
    counts = Counter(o.get("id") for o in objs if isinstance(o, dict))
    for value, n in counts.items():
        if n > 1:
            p.add(kind, f"id {value!r} appears {n} times")


def check_translations(p, where, obj, kind, level_ids):
    tr = obj.get("translations")
    if tr is None:
        return
    if not isinstance(tr, dict):
        p.add(where, "translations: expected an object from language tag to texts")
        return
    for lang, texts in tr.items():
        w = f"{where}.translations.{lang}"
        if not LANG.match(lang):
            p.add(w, "not a language tag")
        if not isinstance(texts, dict):
            p.add(w, "expected an object")
            continue
        for name in sorted(texts.keys() - TRANSLATABLE[kind]):
            p.add(w, f"'{name}' is not a translatable field of a {kind}")
        for name, value in texts.items():
            if name == "expectations":
                for lv, text in (value or {}).items():
                    if lv not in level_ids:
                        p.add(f"{w}.expectations", f"unknown level {lv!r}")
                    check_text(p, f"{w}.expectations.{lv}", text, MAX_LONG)
            elif name == "descriptors":
                for lv, d in (value or {}).items():
                    if lv not in level_ids:
                        p.add(f"{w}.descriptors", f"unknown level {lv!r}")
                    for key, text in (d or {}).items():
                        if key not in ("notYet", "strong"):
                            p.add(f"{w}.descriptors.{lv}", f"unknown field {key!r}")
                        check_text(p, f"{w}.descriptors.{lv}.{key}", text, MAX_LONG)
            elif name in TRANSLATABLE[kind]:
                limit = MAX_SHORT if name == "shortTitle" else (
                    MAX_TITLE if name in ("title", "name", "area") else MAX_LONG)
                check_text(p, f"{w}.{name}", value, limit)


def normalise(title):
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", title.lower()).split())


def load_old(path):
    if path:
        with open(path, encoding="utf-8") as f:
            return json.load(f), path
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=HERE, capture_output=True,
                         text=True, check=True).stdout.strip()
    commits = subprocess.run(["git", "log", "--format=%H", "--", OLD_PATH_IN_GIT], cwd=top,
                             capture_output=True, text=True, check=True).stdout.split()
    for commit in commits:
        shown = subprocess.run(["git", "show", f"{commit}:{OLD_PATH_IN_GIT}"], cwd=top,
                               capture_output=True, text=True)
        if shown.returncode != 0:
            continue
        data = json.loads(shown.stdout)
        if data.get("formatVersion", 1) == 1:
            return data, f"git {commit[:10]}:{OLD_PATH_IN_GIT}"
    raise SystemExit(f"check.py: no format-1 {OLD_PATH_IN_GIT} found in git history")


ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|([^|]+)\|")
REPLACED = re.compile(r"^replaced by `([^`]+)`")


def read_id_map(p, path):
    entries = {}
    if not os.path.exists(path):
        p.add("id-map", f"{path} does not exist")
        return entries
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = ROW.match(line.strip())
            if not m:
                continue
            old, what = m.group(1), m.group(2).strip()
            if old in entries:
                p.add("id-map", f"line {n}: {old} is listed twice")
            if what == "kept":
                entries[old] = ("kept", None)
            elif what == "reworded in place":
                entries[old] = ("reworded", None)
            elif REPLACED.match(what):
                entries[old] = ("replaced", REPLACED.match(what).group(1))
            elif what.startswith("removed"):
                if len(what) < len("removed: ") + 10:
                    p.add("id-map", f"line {n}: {old} is removed without a reason")
                entries[old] = ("removed", None)
            else:
                p.add("id-map", f"line {n}: cannot read what became of {old}: {what!r}")
    return entries


def check(ladder_path, id_map_path, old_path):
    p = Problems()
    with open(ladder_path, encoding="utf-8") as f:
        raw = f.read()
    try:
        d = json.loads(raw, object_pairs_hook=lambda pairs: _no_dupes(p, pairs))
    except json.JSONDecodeError as e:
        print(f"{ladder_path}: not valid JSON ({e})")
        return 1
    if raw != json.dumps(d, indent=2, ensure_ascii=False) + "\n":
        p.add("file", "is not formatted with 2-space indentation (json.dumps(indent=2, ensure_ascii=False))")
    if not check_fields(p, "$", d, "framework"):
        return report(p, None)

    if d.get("formatVersion") != 2:
        p.add("$.formatVersion", "must be 2")
    check_id(p, "$.id", d.get("id"))
    check_text(p, "$.version", d.get("version"), MAX_SHORT)
    check_text(p, "$.name", d.get("name"), MAX_TITLE)
    check_text(p, "$.description", d.get("description"), MAX_LONG)
    lang = d.get("language", "en")
    if not isinstance(lang, str) or not LANG.match(lang):
        p.add("$.language", "not a language tag")
    default_k = d.get("requiredPerCell")
    if default_k is not None and (not isinstance(default_k, int) or isinstance(default_k, bool) or default_k < 1):
        p.add("$.requiredPerCell", "must be a whole number from 1")

    tracks = d.get("tracks", [])
    levels = d.get("levels", [])
    specs = d.get("specializations", [])
    comps = d.get("competencies", [])
    miles = d.get("milestones", [])
    resources = d.get("resources", [])
    for name, objs in (("tracks", tracks), ("levels", levels), ("specializations", specs),
                       ("competencies", comps), ("milestones", miles), ("resources", resources)):
        if not isinstance(objs, list):
            p.add(f"$.{name}", "expected a list")
            return report(p, None)
        check_unique(p, name, objs)

    track_ids = set()
    for i, t in enumerate(tracks):
        w = f"$.tracks[{i}]"
        if check_fields(p, w, t, "track"):
            check_id(p, w + ".id", t.get("id"))
            check_text(p, w + ".title", t.get("title"), MAX_TITLE)
            check_text(p, w + ".description", t.get("description"), MAX_LONG, required=False)
            track_ids.add(t.get("id"))

    level_ids, rank_of, track_of = [], {}, {}
    for i, lv in enumerate(levels):
        w = f"$.levels[{i}]"
        if not check_fields(p, w, lv, "level"):
            continue
        check_id(p, w + ".id", lv.get("id"))
        check_text(p, w + ".title", lv.get("title"), MAX_TITLE)
        check_text(p, w + ".shortTitle", lv.get("shortTitle"), MAX_SHORT)
        check_text(p, w + ".summary", lv.get("summary"), MAX_LONG)
        rank = lv.get("rank")
        if not isinstance(rank, int) or isinstance(rank, bool) or not 1 <= rank <= 1000:
            p.add(w + ".rank", "must be a whole number from 1 to 1000")
        if "track" in lv and lv["track"] not in track_ids:
            p.add(w + ".track", f"names unknown track {lv['track']!r}")
        level_ids.append(lv.get("id"))
        rank_of[lv.get("id")] = rank
        track_of[lv.get("id")] = lv.get("track")
    level_set = set(level_ids)
    path_of = {}  # track id (or None when there are no tracks) -> its levels in rank order
    for t in (track_ids or {None}):
        path = [lv for lv in level_ids if track_of[lv] in (None, t)]
        ranks = Counter(rank_of[lv] for lv in path)
        for rank, n in ranks.items():
            if n > 1:
                p.add("levels", f"rank {rank} appears {n} times on track {t!r}")
        path_of[t] = sorted(path, key=lambda lv: rank_of[lv] if isinstance(rank_of[lv], int) else 0)
    for t in track_ids:
        if not any(track_of[lv] == t for lv in level_ids):
            p.add("tracks", f"track {t!r} has no level of its own")

    spec_ids = set()
    for i, s in enumerate(specs):
        w = f"$.specializations[{i}]"
        if check_fields(p, w, s, "specialization"):
            check_id(p, w + ".id", s.get("id"))
            check_text(p, w + ".title", s.get("title"), MAX_TITLE)
            check_text(p, w + ".description", s.get("description"), MAX_LONG)
            spec_ids.add(s.get("id"))

    comp_by_id, seen_areas, last_area = {}, set(), None
    for i, c in enumerate(comps):
        w = f"$.competencies[{i}]"
        if not check_fields(p, w, c, "competency"):
            continue
        cid = c.get("id")
        check_id(p, w + ".id", cid)
        w = f"competency {cid}"
        check_text(p, w + " area", c.get("area"), MAX_TITLE)
        check_text(p, w + " title", c.get("title"), MAX_TITLE)
        check_text(p, w + " description", c.get("description"), MAX_LONG)
        area = c.get("area")
        if area != last_area:
            if area in seen_areas:
                p.add(w, f"area {area!r} is split; keep an area's competencies together")
            seen_areas.add(area)
            last_area = area
        if "specialization" in c and c["specialization"] not in spec_ids:
            p.add(w, f"names unknown specialization {c['specialization']!r}")
        exp = c.get("expectations")
        if not isinstance(exp, dict):
            p.add(w, "expectations must be an object from level id to text")
            exp = {}
        for lv in level_ids:
            if lv not in exp:
                p.add(w, f"has no expectation for level {lv!r}")
        for lv, text in exp.items():
            if lv not in level_set:
                p.add(w, f"has an expectation for unknown level {lv!r}")
            check_text(p, f"{w} expectation {lv}", text, MAX_LONG)
            if isinstance(text, str) and (SECOND_SENTENCE.search(text) or not text.endswith(".")):
                p.add(f"{w} expectation {lv}", "must be one sentence ending with a full stop")
        for lv, k in (c.get("required") or {}).items():
            if lv not in level_set:
                p.add(w, f"required names unknown level {lv!r}")
            if not isinstance(k, int) or isinstance(k, bool) or k < 1:
                p.add(w, f"required.{lv} must be a whole number from 1")
        for lv, desc in (c.get("descriptors") or {}).items():
            if lv not in level_set:
                p.add(w, f"descriptors name unknown level {lv!r}")
            if not isinstance(desc, dict) or set(desc) != {"notYet", "strong"}:
                p.add(w, f"descriptors.{lv} must have exactly 'notYet' and 'strong'")
                continue
            for key in ("notYet", "strong"):
                check_text(p, f"{w} descriptors.{lv}.{key}", desc[key], MAX_LONG)
        check_translations(p, w, c, "competency", level_set)
        comp_by_id[cid] = c

    old, old_source = load_old(old_path)
    old_titles = {m["id"]: m["title"] for m in old.get("milestones", [])}
    cells = defaultdict(list)
    replaced_by = {}
    title_of = {}
    for i, m in enumerate(miles):
        w = f"$.milestones[{i}]"
        if not check_fields(p, w, m, "milestone"):
            continue
        mid = m.get("id")
        if not check_id(p, w + ".id", mid):
            continue
        w = f"milestone {mid}"
        cid, lv = m.get("competency"), m.get("level")
        if cid not in comp_by_id:
            p.add(w, f"names unknown competency {cid!r}")
        if lv not in level_set:
            p.add(w, f"names unknown level {lv!r}")
        if not mid.startswith(f"{cid}.{lv}."):
            p.add(w, f"id should start with '{cid}.{lv}.' (competency.level.n)")
        check_text(p, w + " title", m.get("title"), MAX_TITLE)
        check_text(p, w + " description", m.get("description"), MAX_LONG)
        if isinstance(m.get("title"), str) and m["title"].endswith("."):
            p.add(w + " title", "ends with a full stop; titles are headlines")
        replaces = m.get("replaces", [])
        if not isinstance(replaces, list) or not all(isinstance(r, str) for r in replaces) or "replaces" in m and not replaces:
            p.add(w, "replaces must be a non-empty list of milestone ids")
            replaces = []
        for old_id in replaces:
            if old_id not in old_titles:
                p.add(w, f"replaces {old_id!r}, which is not a milestone of the first edition")
            elif old_id in replaced_by:
                p.add(w, f"replaces {old_id!r}, already replaced by {replaced_by[old_id]}")
            replaced_by.setdefault(old_id, mid)
        cells[(cid, lv)].append(mid)
        title_of[mid] = m.get("title") or ""
        check_translations(p, w, m, "milestone", level_set)
    current = set(title_of)
    for old_id, new_id in replaced_by.items():
        if old_id in current:
            p.add(f"milestone {new_id}", f"replaces {old_id!r}, which is still a milestone itself")

    # A default for any company: core titles, expectations and descriptors carry no consumer-video
    # wording (examples in descriptions are fine).
    for mid, m in ((m.get("id"), m) for m in miles if isinstance(m, dict)):
        if m.get("competency") in comp_by_id and "specialization" not in comp_by_id[m["competency"]]:
            if isinstance(m.get("title"), str) and INDUSTRY_WORDS.search(m["title"]):
                p.add(f"milestone {mid} title", "uses industry-specific wording in a core competency; "
                                                "keep such examples in the description")
    for cid, c in comp_by_id.items():
        if "specialization" in c:
            continue
        texts = list((c.get("expectations") or {}).values()) + [
            t for dsc in (c.get("descriptors") or {}).values() if isinstance(dsc, dict) for t in dsc.values()]
        if any(isinstance(t, str) and INDUSTRY_WORDS.search(t) for t in texts):
            p.add(f"competency {cid}", "an expectation or descriptor uses industry-specific wording "
                                       "in a core competency")

    # Every cell from PM up, on every track, core and every specialization, can meet its k.
    if "pm" in rank_of:
        floor = rank_of["pm"]
    else:
        floor = sorted(r for r in rank_of.values() if isinstance(r, int))[1]
    for t, path in path_of.items():
        for lv in path:
            if not isinstance(rank_of[lv], int) or rank_of[lv] < floor:
                continue
            for cid, c in comp_by_id.items():
                k = (c.get("required") or {}).get(lv, default_k)
                n = len(cells.get((cid, lv), []))
                if k is None:
                    k = max(n, 1)
                if n < k:
                    p.add(f"cell {cid} x {lv}", f"has {n} milestone(s) but requires {k} (track {t})")

    # Near-identical titles anywhere in the file.
    norm = [(mid, normalise(t)) for mid, t in title_of.items()]
    for a in range(len(norm)):
        ma, ta = norm[a]
        sm = difflib.SequenceMatcher(None, b=ta, autojunk=False)
        for b in range(a + 1, len(norm)):
            mb, tb = norm[b]
            sm.set_seq1(tb)
            if sm.real_quick_ratio() > SIMILAR and sm.quick_ratio() > SIMILAR and sm.ratio() > SIMILAR:
                p.add("titles", f"{ma} and {mb} are near-identical ({sm.ratio():.2f}): "
                                f"{title_of[ma]!r} / {title_of[mb]!r}")

    res_count = Counter()
    urls = Counter()
    for i, r in enumerate(resources):
        w = f"$.resources[{i}]"
        if not check_fields(p, w, r, "resource"):
            continue
        check_id(p, w + ".id", r.get("id"))
        w = f"resource {r.get('id')}"
        check_text(p, w + " title", r.get("title"), MAX_TITLE)
        check_text(p, w + " author", r.get("author"), MAX_TITLE)
        check_text(p, w + " description", r.get("description"), MAX_LONG)
        if r.get("kind") not in KINDS:
            p.add(w, f"kind {r.get('kind')!r} is not one of {sorted(KINDS)}")
        url = r.get("url")
        if not isinstance(url, str) or not re.match(r"^https://[^\s/]+\.[^\s]+$", url) or len(url) > MAX_URL:
            p.add(w, f"url {url!r} is not an https address")
        urls[url] += 1
        comp_list = r.get("competencies")
        if not isinstance(comp_list, list) or not comp_list:
            p.add(w, "names no competencies")
            comp_list = []
        for cid in comp_list:
            if cid not in comp_by_id:
                p.add(w, f"names unknown competency {cid!r}")
            res_count[cid] += 1
        if len(set(comp_list)) != len(comp_list):
            p.add(w, "names a competency twice")
        check_translations(p, w, r, "resource", level_set)
    for url, n in urls.items():
        if n > 1:
            p.add("resources", f"url {url} is used by {n} resources")
    for cid in comp_by_id:
        if res_count[cid] < 2:
            p.add(f"competency {cid}", f"has {res_count[cid]} resource(s); at least 2 needed")

    for kind, objs in (("track", tracks), ("level", levels), ("specialization", specs)):
        for o in objs:
            if isinstance(o, dict):
                check_translations(p, f"{kind} {o.get('id')}", o, kind, level_set)
    check_translations(p, "$", d, "framework", level_set)

    # Progress kept: every old milestone id is kept, replaced, or removed with a reason.
    id_map = read_id_map(p, id_map_path)
    for old_id, old_title in old_titles.items():
        entry = id_map.get(old_id)
        if entry is None:
            if old_id not in current and old_id not in replaced_by:
                p.add(f"old id {old_id}", "is neither kept nor replaced, and id-map.md does not list it as removed")
            else:
                p.add(f"old id {old_id}", "is missing from id-map.md")
            continue
        status, target = entry
        if status in ("kept", "reworded"):
            if old_id not in current:
                p.add(f"old id {old_id}", f"id-map.md says {status}, but the ladder has no such milestone")
            elif status == "kept" and title_of[old_id] != old_title:
                p.add(f"old id {old_id}", "id-map.md says kept, but the title changed: say 'reworded in place'")
            elif status == "reworded" and title_of[old_id] == old_title:
                p.add(f"old id {old_id}", "id-map.md says reworded, but the title is unchanged: say 'kept'")
        elif status == "replaced":
            if replaced_by.get(old_id) != target:
                p.add(f"old id {old_id}", f"id-map.md says replaced by {target}, but the ladder has it "
                                          f"in the replaces of {replaced_by.get(old_id)}")
        elif status == "removed":
            if old_id in current or old_id in replaced_by:
                p.add(f"old id {old_id}", "id-map.md says removed, but the ladder still carries it")
    for old_id in id_map:
        if old_id not in old_titles:
            p.add("id-map", f"{old_id} is not a milestone of the first edition")

    return report(p, (d, path_of, comp_by_id, cells, rank_of, miles, resources, old_titles,
                      id_map, replaced_by, current, old_source))


def _no_dupes(p, pairs):
    keys = Counter(k for k, _ in pairs)
    for k, n in keys.items():
        if n > 1:
            p.add("json", f"key {k!r} repeated in one object")
    return dict(pairs)


def report(p, facts):
    if p.items:
        for line in p.items:
            print("FAIL " + line)
        print(f"{len(p.items)} problem(s) found.")
        return 1
    d, path_of, comp_by_id, cells, rank_of, miles, resources, old_titles, id_map, replaced_by, current, src = facts
    core = [c for c in comp_by_id.values() if "specialization" not in c]
    print(f"OK {d['id']} {d['version']} (format {d['formatVersion']}, language {d.get('language', 'en')})")
    print(f"levels: {len(d['levels'])}; tracks: " + "; ".join(
        f"{t}: {' > '.join(path)}" for t, path in path_of.items()))
    print(f"competencies: {len(comp_by_id)} ({len(core)} core; " + ", ".join(
        f"{s['id']} {sum(1 for c in comp_by_id.values() if c.get('specialization') == s['id'])}"
        for s in d.get("specializations", [])) + ")")
    by_level = Counter(m["level"] for m in miles)
    print(f"milestones: {len(miles)}; per level: " + ", ".join(
        f"{lv['id']} {by_level[lv['id']]}" for lv in d["levels"]))
    groups = [("core", None)] + [(s["id"], s["id"]) for s in d.get("specializations", [])]
    for name, spec in groups:
        ids = {cid for cid, c in comp_by_id.items() if c.get("specialization") == spec}
        counts = Counter(m["level"] for m in miles if m["competency"] in ids)
        print(f"  {name}: " + ", ".join(f"{lv['id']} {counts[lv['id']]}" for lv in d["levels"])
              + f" (total {sum(counts.values())})")
    for t, path in path_of.items():
        n = sum(len(cells.get((cid, lv), [])) for lv in path for cid in comp_by_id)
        print(f"  track {t}: {n} milestones on its levels")
    ks = Counter()
    for cid, c in comp_by_id.items():
        for lv in rank_of:
            n = len(cells.get((cid, lv), []))
            if n:
                k = min((c.get("required") or {}).get(lv, d.get("requiredPerCell", n)), n)
                ks[f"{k} of {n}"] += 1
    print("cells with milestones: " + ", ".join(f"{n} x '{k}'" for k, n in sorted(ks.items())))
    desc = sum(len(c.get("descriptors", {})) for c in comp_by_id.values())
    print(f"descriptors: {desc} (competency x level)")
    print(f"resources: {len(resources)}; per competency: min "
          f"{min(sum(1 for r in resources if cid in r['competencies']) for cid in comp_by_id)}")
    statuses = Counter(s for s, _ in id_map.values())
    print(f"first-edition milestones ({src}): {len(old_titles)}; kept {statuses['kept']}, "
          f"reworded in place {statuses['reworded']}, replaced {statuses['replaced']}, "
          f"removed {statuses['removed']}")
    print("all checks passed")
    return 0


def self_test(ladder_path, id_map_path, old_path):
    """Breaks a copy of the ladder in one way at a time and expects check() to catch each."""
    import contextlib
    import copy
    import io
    import tempfile

    with open(ladder_path, encoding="utf-8") as f:
        good = json.load(f)
    with open(id_map_path, encoding="utf-8") as f:
        good_map = f.read()
    kept = next(m for m in good["milestones"] if f"| `{m['id']}` | kept |" in good_map)

    def cell_of(d, cid, lv):
        return [m for m in d["milestones"] if m["competency"] == cid and m["level"] == lv]

    def drop_cell_to_one(d):
        extra = cell_of(d, "product-strategy", "senior-pm")[1:]
        d["milestones"] = [m for m in d["milestones"] if m not in extra]
        keep = {r for m in extra for r in m.get("replaces", [])}
        d["milestones"][0].setdefault("replaces", []).extend(sorted(keep))

    def leave_one_resource(d):
        naming = [r for r in d["resources"] if "global-reach" in r["competencies"]]
        for r in naming[1:]:
            r["competencies"].remove("global-reach")
            if not r["competencies"]:
                d["resources"].remove(r)

    cases = [
        ("formatVersion 1", lambda d: d.update(formatVersion=1), "must be 2"),
        ("unknown field", lambda d: d["levels"][0].update(tittle="x"), "unknown field 'tittle'"),
        ("duplicate id", lambda d: d["resources"].append(copy.deepcopy(d["resources"][0])), "appears 2 times"),
        ("id not a slug", lambda d: d["specializations"][0].update(id="Growth_1"), "is not a slug"),
        ("unresolved reference", lambda d: d["resources"][0]["competencies"].append("strategy"),
         "names unknown competency 'strategy'"),
        ("missing expectation", lambda d: d["competencies"][3]["expectations"].pop("principal-pm"),
         "has no expectation for level 'principal-pm'"),
        ("two sentences", lambda d: d["competencies"][0]["expectations"].update(pm="Writes a strategy. Then ships."),
         "must be one sentence"),
        ("cell below k", drop_cell_to_one, "has 1 milestone(s) but requires 2"),
        ("near-identical titles", lambda d: d["milestones"][1].update(title=d["milestones"][40]["title"] + "s"),
         "near-identical"),
        ("one resource", leave_one_resource, "competency global-reach: has 1 resource(s)"),
        ("old id dropped", lambda d: d["milestones"].remove(kept),
         f"id-map.md says kept, but the ladder has no such milestone"),
        ("industry wording in core", lambda d: d["milestones"][0].update(title="Wrote a strategy for creator tools"),
         "uses industry-specific wording"),
        ("replaces an unknown id", lambda d: d["milestones"][0].update(replaces=["no-such.pm.9"]),
         "which is not a milestone of the first edition"),
    ]
    tmp = tempfile.mkdtemp()
    failures = 0
    for name, breaker, expected in cases:
        d = copy.deepcopy(good)
        breaker(d)
        path = os.path.join(tmp, "ladder.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = check(path, id_map_path, old_path)
        ok = rc != 0 and expected in out.getvalue()
        failures += not ok
        print(f"{'ok  ' if ok else 'MISS'} {name}: {'caught' if ok else 'not caught'} ({expected})")
    # An id that is neither kept, replaced nor listed as removed.
    d = copy.deepcopy(good)
    d["milestones"].remove(kept)
    path = os.path.join(tmp, "ladder.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
    map_path = os.path.join(tmp, "id-map.md")
    with open(map_path, "w", encoding="utf-8") as f:
        f.write("\n".join(line for line in good_map.splitlines() if f"`{kept['id']}`" not in line))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = check(path, map_path, old_path)
    ok = rc != 0 and "is neither kept nor replaced" in out.getvalue()
    failures += not ok
    print(f"{'ok  ' if ok else 'MISS'} silently dropped old id: {'caught' if ok else 'not caught'}")
    print("self-test passed" if not failures else f"self-test: {failures} case(s) not caught")
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description="Check the default ladder, second edition.")
    ap.add_argument("ladder", nargs="?", default=os.path.join(HERE, "pm-default.en.json"))
    ap.add_argument("--id-map", default=os.path.join(HERE, "id-map.md"))
    ap.add_argument("--old", help="first-edition JSON (default: from git history)")
    ap.add_argument("--self-test", action="store_true",
                    help="break copies of the ladder one way at a time and show that each is caught")
    args = ap.parse_args()
    if args.self_test:
        sys.exit(self_test(args.ladder, args.id_map, args.old))
    sys.exit(check(args.ladder, args.id_map, args.old))


if __name__ == "__main__":
    main()

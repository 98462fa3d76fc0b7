#!/usr/bin/env python3
"""Writes the hostile-input corpus next to this script. Run it again after changing it; the
files are committed so the test does not need Python. Very large files (50 MB, a million CSV
columns, 10,001 rows) are made by HostileInputTest into a temporary folder instead."""
import base64, io, json, os, random, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(8)

def write(name, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)

def framework(**changes):
    f = {"formatVersion": 1, "id": "hostile-ladder", "version": "1", "name": "Hostile ladder",
         "levels": [{"id": "junior", "title": "Junior", "rank": 1}, {"id": "senior", "title": "Senior", "rank": 2}],
         "competencies": [{"id": "craft", "area": "Product", "title": "Craft",
                           "expectations": {"junior": "Learns", "senior": "Leads"}}],
         "milestones": [{"id": "craft.senior.ship", "competency": "craft", "level": "senior", "title": "Shipped it"}]}
    f.update(changes)
    return f

def fw_text(**changes):
    return json.dumps(framework(**changes), indent=2)

def plan(**changes):
    p = {"formatVersion": 1, "kind": "ascent-plan", "privateNotesIncluded": True,
         "plan": {"name": "Hostile import", "framework": "pm-default", "currentLevel": "pm",
                  "targetLevel": "senior-pm", "specialization": "growth", "targetDate": "2027-06-30",
                  "createdAt": "2026-11-28T10:00:00Z", "updatedAt": "2026-11-28T10:00:00Z"},
         "progress": [{"milestone": "product-strategy.senior-pm.1", "status": "DONE", "doneDate": "2026-09-01",
                       "evidence": "Vision doc adopted", "notes": "", "links": ["https://docs.example.com/v"]}],
         "ratings": [{"competency": "product-strategy", "level": "pm", "justification": "ok"}],
         "checkIns": [{"takenAt": "2026-11-28T10:00:00Z", "done": 1, "required": 54,
                       "ratings": {"product-strategy": "pm"}, "doneMilestones": ["product-strategy.senior-pm.1"],
                       "note": ""}]}
    for path, value in changes.items():
        target = p
        keys = path.split('.')
        for k in keys[:-1]:
            target = target[int(k)] if isinstance(target, list) else target[k]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return p

def plan_text(**changes):
    return json.dumps(plan(**changes), indent=2, ensure_ascii=True)

def zipped(name, text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 28, 12, 0, 0)), text)
    return buf.getvalue()

valid = fw_text()
# Framework JSON
write('fw-empty.json', b'')
write('fw-whitespace.json', b'  \n\t \r\n')
write('fw-truncated.json', valid[:len(valid) // 2])
write('fw-binary-junk.json', bytes([0]) + bytes(random.randrange(256) for _ in range(2048)))
write('fw-binary-high-bytes.json', bytes(random.randrange(0x80, 0x100) for _ in range(2048)))
write('fw-zip-renamed.json', zipped('framework.json', valid))
write('fw-utf16le-bom.json', b'\xff\xfe' + valid.encode('utf-16-le'))
write('fw-utf16be-bom.json', b'\xfe\xff' + valid.encode('utf-16-be'))
write('fw-latin1.json', fw_text(name='Caf\u00e9 ladder').replace('\\u00e9', '\u00e9').encode('latin-1'))
write('fw-utf8-bom.json', b'\xef\xbb\xbf' + fw_text(id='bom-ladder', name='BOM ladder').encode('utf-8'))
write('fw-deep-arrays.json', '[' * 10000 + ']' * 10000)
write('fw-deep-objects.json', '{"a":' * 2000 + '1' + '}' * 2000)
write('fw-deep-inside-description.json', valid.replace('"name": "Hostile ladder"',
                                                        '"name": "Hostile ladder", "description": ' + '[' * 20 + ']' * 20))
write('fw-wrong-type-levels.json', fw_text(levels="junior, senior"))
write('fw-wrong-type-rank.json', valid.replace('"rank": 2', '"rank": "two"'))
write('fw-duplicate-key.json', valid.replace('"name": "Hostile ladder"', '"name": "Hostile ladder", "name": "Other"'))
write('fw-duplicate-key-nested.json', valid.replace('"title": "Junior"', '"title": "Junior", "title": "Again"'))
write('fw-unknown-field.json', fw_text(author="Someone"))
write('fw-class-injection.json', valid.replace('{', '{"@class": "java.lang.ProcessBuilder", ', 1))
write('fw-huge-number.json', valid.replace('"rank": 2', '"rank": 1' + '0' * 400))
write('fw-huge-exponent.json', valid.replace('"rank": 2', '"rank": 1e999999'))
write('fw-rank-fraction.json', valid.replace('"rank": 2', '"rank": 2.5'))
write('fw-id-traversal.json', fw_text(id='../../etc/passwd'))
write('fw-id-absolute-path.json', fw_text(id='/tmp/ascent'))
write('fw-id-backslash.json', fw_text(id='..\\..\\windows\\system32'))
write('fw-id-sql.json', valid.replace('"id": "craft"', '"id": "craft\'; DROP TABLE plan;--"'))
write('fw-control-character.json', fw_text(name='Bell \u0007 ladder'))
write('fw-nul-escaped.json', fw_text(name='Nul \u0000 ladder'))
write('fw-nul-byte.json', valid.replace('Hostile ladder', 'Hostile\x00ladder'))
write('fw-lone-surrogate.json', valid.replace('"Hostile ladder"', '"Hostile \\ud800 ladder"'))
write('fw-long-description.json', fw_text(description='x' * 5000))
write('fw-very-long-string.json', fw_text(description='y' * 200_000))
write('fw-long-field-name.json', valid.replace('"version"', '"' + 'v' * 500 + '"'))
write('fw-too-many-levels.json', fw_text(
    levels=[{"id": f"l{i}", "title": f"L{i}", "rank": i} for i in range(1, 32)],
    competencies=[{"id": "craft", "area": "Product", "title": "Craft",
                   "expectations": {f"l{i}": "x" for i in range(1, 32)}}],
    milestones=[]))
write('fw-future-version.json', fw_text(formatVersion=99))
write('fw-array-root.json', '[1, 2, 3]')
write('fw-null-root.json', 'null')
write('fw-trailing-garbage.json', valid + '\n}{')
write('fw-html.json', '<!DOCTYPE html><html><body>Not found</body></html>')
write('fw-shipped-id.json', fw_text(id='pm-default'))
write('fw-dangling-reference.json', valid.replace('"competency": "craft"', '"competency": "nope"'))
write('fw-plan-file.json', plan_text())

# Framework JSON, format 2: tracks, requirements, replaced ids and translations
def framework2(**changes):
    f = framework(formatVersion=2, language="en", requiredPerCell=1,
                  tracks=[{"id": "ic", "title": "Individual contributor"}],
                  levels=[{"id": "junior", "title": "Junior", "rank": 1},
                          {"id": "senior", "title": "Senior", "shortTitle": "Sr", "rank": 2},
                          {"id": "principal", "title": "Principal", "rank": 3, "track": "ic"}],
                  competencies=[{"id": "craft", "area": "Product", "title": "Craft",
                                 "expectations": {"junior": "Learns", "senior": "Leads"},
                                 "required": {"senior": 1},
                                 "translations": {"es": {"title": "Oficio"}}}],
                  milestones=[{"id": "craft.senior.ship", "competency": "craft", "level": "senior",
                               "title": "Shipped it", "replaces": ["craft.senior.old"]}])
    f.update(changes)
    return f

def fw2_text(**changes):
    return json.dumps(framework2(**changes), indent=2, ensure_ascii=False)

valid2 = fw2_text()
write('fw2-unknown-track.json', valid2.replace('"track": "ic"', '"track": "management"'))
write('fw2-rank-shared-on-track.json', valid2.replace('"rank": 3', '"rank": 2'))
write('fw2-replaces-current.json', valid2.replace('"craft.senior.old"', '"craft.senior.ship"'))
write('fw2-required-zero.json', valid2.replace('"senior": 1', '"senior": 0'))
write('fw2-required-unknown-level.json', valid2.replace('"required": {\n        "senior"', '"required": {\n        "staff"'))
write('fw2-short-title-too-long.json', valid2.replace('"Sr"', '"' + 'S' * 41 + '"'))
write('fw2-translation-unknown-field.json', valid2.replace('"title": "Oficio"', '"tittle": "Oficio"'))
write('fw2-translation-bad-language.json', valid2.replace('"es": {', '"spanish!": {'))
write('fw2-translation-own-language.json', valid2.replace('"es": {', '"en": {'))
write('fw2-bad-language.json', valid2.replace('"language": "en"', '"language": "English (UK)"'))
write('fw1-uses-tracks.json', fw_text(tracks=[{"id": "ic", "title": "Individual contributor"}]))

# Framework CSV
matrix = 'area,competency,Junior,Senior\nProduct,Craft,Learns,Leads\nProduct,Strategy,Follows,Sets\n'
write('csv-empty.csv', b'')
write('csv-unbalanced-quotes.csv', matrix.replace('Leads', '"Leads\nnever closed'))
write('csv-wide-row.csv', 'area,competency,Junior,Senior\nProduct,Craft,Learns,Leads' + ',x' * 60 + '\n')
write('csv-formula-injection.csv', 'area,competency,Junior,Senior\n'
      '"=cmd|\' /C calc\'!A0",+SUM(1;2),@HYPERLINK("http://evil"),-2+3\n')
write('csv-control-character.csv', matrix.replace('Learns', 'Lea\x07rns'))
write('csv-nul-byte.csv', matrix.replace('Learns', 'Lea\x00rns'))
write('csv-latin1.csv', matrix.replace('Learns', 'Apr\u00e9nde').encode('latin-1'))
write('csv-utf16le-bom.csv', b'\xff\xfe' + matrix.encode('utf-16-le'))
write('csv-zip-renamed.csv', zipped('matrix.csv', matrix))
write('csv-id-sql.csv', 'area,competency,id,Junior,Senior\nProduct,Craft,"x\'; DROP TABLE plan;--",Learns,Leads\n')
write('csv-id-traversal.csv', 'area,competency,id,Junior,Senior\nProduct,Craft,../../etc/passwd,Learns,Leads\n')
write('csv-long-cell.csv', matrix.replace('Learns', 'z' * 5000))
write('csv-binary-junk.csv', bytes(random.randrange(0x80, 0x100) for _ in range(1024)))

# Plan JSON
good = plan_text()
write('plan-empty.json', b'')
write('plan-truncated.json', good[:len(good) // 3])
write('plan-binary-junk.json', bytes([0x89]) + b'PNG\r\n\x1a\n' + bytes(random.randrange(256) for _ in range(1024)))
write('plan-zip-renamed.json', zipped('plan.json', good))
write('plan-utf16le-bom.json', b'\xff\xfe' + good.encode('utf-16-le'))
write('plan-future-version.json', plan_text(formatVersion=7))
write('plan-missing-framework.json', plan_text(**{'plan.framework': 'acme-ladder-never-installed'}))
write('plan-framework-traversal.json', plan_text(**{'plan.framework': '../../../etc/passwd'}))
write('plan-milestone-sql.json', plan_text(**{'progress.0.milestone': "x'); DROP TABLE plan;--"}))
write('plan-level-sql.json', plan_text(**{'plan.targetLevel': 'senior-pm; DELETE FROM plan'}))
write('plan-unknown-field.json', plan_text(extra="surprise"))
write('plan-class-injection.json', good.replace('{', '{"@class": "java.net.URLClassLoader", ', 1))
write('plan-duplicate-key.json', good.replace('"kind": "ascent-plan"', '"kind": "ascent-plan", "kind": "ascent-plan"'))
write('plan-wrong-type-progress.json', plan_text(progress={"milestone": "x"}))
write('plan-wrong-status.json', plan_text(**{'progress.0.status': 'FINISHED'}))
write('plan-nul-in-evidence.json', plan_text(**{'progress.0.evidence': 'before\u0000after'}))
write('plan-lone-surrogate.json', good.replace('Vision doc adopted', 'Vision \\udc00 adopted'))
write('plan-escape-sequence.json', plan_text(**{'progress.0.notes': 'red \u001b[31m text'}))
write('plan-year-zero.json', plan_text(**{'progress.0.doneDate': '0000-01-01'}))
write('plan-far-future.json', plan_text(**{'plan.createdAt': '+1000000000-12-31T23:59:59Z'}))
write('plan-impossible-date.json', plan_text(**{'plan.targetDate': '2026-02-30'}))
write('plan-huge-number.json', good.replace('"done": 1,', '"done": 99999999999999999999999999,'))
write('plan-int-overflow.json', good.replace('"done": 1,', '"done": 99999999999,'))
write('plan-fraction-count.json', good.replace('"done": 1,', '"done": 1.5,'))
write('plan-negative-readiness.json', good.replace('"done": 1,', '"done": -1,'))
write('plan-deep.json', good.replace('"notes": ""', '"notes": ' + '[' * 30 + ']' * 30))
write('plan-framework-file.json', fw_text())
write('plan-too-many-links.json', plan_text(**{'progress.0.links': [f"https://e.org/{i}" for i in range(51)]}))
write('plan-long-evidence.json', plan_text(**{'progress.0.evidence': 'e' * 20001}))
write('plan-name-control.json', plan_text(**{'plan.name': 'Bell\u0007name'}))
write('plan-link-javascript.json', plan_text(**{'progress.0.links': ['javascript:alert(1)']}))
write('plan-link-file.json', plan_text(**{'progress.0.links': ['file:///etc/passwd']}))
write('plan-unknown-milestone.json', plan_text(**{'progress.0.milestone': 'product-strategy.senior-pm.99'}))
write('plan-unknown-expectation-item.json', plan_text(**{'progress.0.milestone': 'product-strategy@cto'}))
write('plan-item-id-two-ats.json', plan_text(**{'progress.0.milestone': 'a@b@c'}))

# Review requests (*.ascent-review), read by the reviewer's Ascent (docs/review-format.md).
def review_request(**changes):
    r = {"formatVersion": 1, "kind": "ascent-review-request",
         "requestId": "0f8fad5b-d9cb-469f-a165-70867728950e", "createdAt": "2026-11-28T10:00:00Z", "blind": False,
         "plan": {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "Road to Senior PM", "requester": "Alex Kim",
                  "framework": "pm-default", "frameworkName": "PM ladder", "currentLevel": "pm",
                  "targetLevel": "senior-pm", "specialization": "growth", "specializationTitle": "Growth"},
         "levels": [{"id": "pm", "title": "Product Manager", "rank": 1},
                    {"id": "senior-pm", "title": "Senior PM", "rank": 2}],
         "competencies": [{"id": "product-strategy", "area": "Strategy", "title": "Product strategy",
                           "expectations": {"pm": "Knows the strategy", "senior-pm": "Shapes the strategy"},
                           "selfRating": {"level": "pm", "justification": "Getting there"}}],
         "evidence": [{"kind": "milestone", "id": "product-strategy.senior-pm.1", "competency": "product-strategy",
                       "level": "senior-pm", "title": "Wrote the vision", "status": "done", "date": "2026-09-01",
                       "text": "Vision doc adopted", "links": ["https://docs.example.com/v"]}]}
    for path, value in changes.items():
        target = r
        keys = path.split('.')
        for k in keys[:-1]:
            target = target[int(k)] if isinstance(target, list) else target[k]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        elif value is None:
            del target[last]
        else:
            target[last] = value
    return json.dumps(r, indent=2, ensure_ascii=True)

request_ok = review_request()
write('review-empty.ascent-review', b'')
write('review-truncated.ascent-review', request_ok[:len(request_ok) // 2])
write('review-zip-renamed.ascent-review', zipped('request.ascent-review', request_ok))
write('review-utf16le-bom.ascent-review', b'\xff\xfe' + request_ok.encode('utf-16-le'))
write('review-deep.ascent-review', request_ok.replace('"links": [', '"links": ' + '[' * 30 + ']' * 29 + ', ['))
write('review-wrong-type-levels.ascent-review', review_request(levels="pm, senior-pm"))
write('review-wrong-type-rank.ascent-review', request_ok.replace('"rank": 2', '"rank": "two"'))
write('review-duplicate-key.ascent-review', request_ok.replace('"blind": false', '"blind": false, "blind": true'))
write('review-unknown-field.ascent-review', review_request(selfRatings=[]))
write('review-future-version.ascent-review', review_request(formatVersion=2))
write('review-plan-file.ascent-review', plan_text())
write('review-id-traversal.ascent-review', review_request(**{'competencies.0.id': '../../etc/passwd'}))
write('review-not-uuid.ascent-review', review_request(requestId='1'))
write('review-blind-with-rating.ascent-review', review_request(blind=True))
write('review-unknown-level.ascent-review', review_request(**{'competencies.0.selfRating': {"level": "director", "justification": ""}}))
write('review-long-title.ascent-review', review_request(**{'evidence.0.title': 't' * 600}))
write('review-link-javascript.ascent-review', review_request(**{'evidence.0.links': ['javascript:alert(1)']}))
write('review-control-character.ascent-review', review_request(**{'plan.requester': 'Alex \u001b[31m Kim'}))
write('review-missing-plan.ascent-review', review_request(plan=None))

# Review responses (*.ascent-review-response): the envelope is read, and refused, before any payload.
payload = json.dumps({"formatVersion": 1, "kind": "ascent-review-answer",
                      "requestId": "0f8fad5b-d9cb-469f-a165-70867728950e",
                      "planId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "reviewer": "Dana Lee",
                      "answeredAt": "2026-12-02T15:30:00Z",
                      "ratings": [{"competency": "product-strategy", "level": "senior-pm"}]}, indent=2)
ed25519_key = base64.b64encode(bytes.fromhex('302a300506032b6570032100') + bytes(range(32))).decode()
def response(**changes):
    r = {"formatVersion": 1, "kind": "ascent-review-response", "algorithm": "Ed25519", "publicKey": ed25519_key,
         "payload": base64.b64encode(payload.encode()).decode(),
         "signature": base64.b64encode(bytes(random.randrange(256) for _ in range(64))).decode()}
    r.update(changes)
    return json.dumps(r, indent=2)

response_ok = response()
write('response-empty.ascent-review-response', b'')
write('response-truncated.ascent-review-response', response_ok[:len(response_ok) // 2])
write('response-bad-signature.ascent-review-response', response_ok)
write('response-wrong-type-payload.ascent-review-response', response(payload=5))
write('response-not-base64.ascent-review-response', response(payload='this is not base64!'))
write('response-rsa.ascent-review-response', response(algorithm='RSA'))
write('response-unknown-field.ascent-review-response', response(comment='hi'))
write('response-duplicate-key.ascent-review-response', response_ok.replace('"algorithm": "Ed25519"', '"algorithm": "Ed25519", "algorithm": "none"'))
write('response-request-file.ascent-review-response', request_ok)
write('response-deep.ascent-review-response', '{"formatVersion": 1, "kind": "ascent-review-response", "payload": ' + '[' * 40 + ']' * 40 + '}')
write('response-not-a-key.ascent-review-response', response(publicKey=base64.b64encode(b'not a key').decode()))
write('response-future-version.ascent-review-response', response(formatVersion=3))

# Reviewer key files (*.ascent-reviewer-key), read with a passphrase.
def key_file(**changes):
    k = {"formatVersion": 1, "kind": "ascent-reviewer-key", "name": "Dana Lee", "publicKey": ed25519_key,
         "kdf": {"algorithm": "PBKDF2WithHmacSHA256", "iterations": 600000,
                 "salt": base64.b64encode(bytes(16)).decode()},
         "cipher": {"algorithm": "AES/GCM/NoPadding", "iv": base64.b64encode(bytes(12)).decode()},
         "encryptedPrivateKey": base64.b64encode(bytes(64)).decode()}
    k.update(changes)
    return json.dumps(k, indent=2)

write('key-truncated.ascent-reviewer-key', key_file()[:100])
write('key-iterations-huge.ascent-reviewer-key', key_file(kdf={"algorithm": "PBKDF2WithHmacSHA256",
      "iterations": 2000000000, "salt": base64.b64encode(bytes(16)).decode()}))
write('key-weak-cipher.ascent-reviewer-key', key_file(cipher={"algorithm": "AES/ECB/PKCS5Padding", "iv": ""}))
write('key-wrong-type.ascent-reviewer-key', key_file(kdf="PBKDF2"))

"""Writes the search lexicon (lexicon.json, see ../SOURCES.md "Search lexicon") as uSync content: one `layTerm` item per
entry under the `searchLexicon` folder. Run from the repository root: python3 uSync/lexicon/make_usync.py
The uSync files are the seed; once imported, editors keep the lexicon in the back office."""
import json, os, re, unicodedata, uuid

NS = uuid.UUID("6f1d3c1e-3a0b-4f5e-9d61-2b7f4c9a8e10")
ROOT_KEY, ROOT_NAME = "b47d3370-cfc6-59d3-92c1-7eccce283cd7", "Sistem lokalne blaginje Novo mesto"
OUT = "uSync/v17/Content"
LIFE = {}  # urlSegment -> key, read from the seed


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", t.lower()).encode("ascii", "ignore").decode()).strip("-")


for f in os.listdir(OUT):
    s = open(os.path.join(OUT, f), encoding="utf-8").read()
    if "<ContentType>lifeChallenge</ContentType>" in s:
        key = re.search(r'Content Key="([^"]+)"', s).group(1)
        name = re.search(r'<Name Culture="sl-SI">([^<]+)</Name>', s).group(1)
        LIFE[slug(name)] = key

def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

folder_key = str(uuid.uuid5(NS, "searchLexicon"))
open(os.path.join(OUT, "leksikon-iskanja.config"), "w", encoding="utf-8").write(f'''<?xml version="1.0" encoding="utf-8"?>
<Content Key="{folder_key}" Alias="Leksikon iskanja" Level="2">
  <Info>
    <Parent Key="{ROOT_KEY}">{ROOT_NAME}</Parent>
    <Path>/LokalnaBlaginjaNovoMesto/LeksikonIskanja</Path>
    <Trashed>false</Trashed>
    <ContentType>searchLexicon</ContentType>
    <CreateDate>2026-12-04T09:00:00</CreateDate>
    <NodeName Default="Leksikon iskanja">
      <Name Culture="sl-SI">Leksikon iskanja</Name>
      <Name Culture="en-US">Search lexicon</Name>
    </NodeName>
    <SortOrder>7</SortOrder>
    <Published Default="true">
      <Published Culture="sl-SI">true</Published>
      <Published Culture="en-US">true</Published>
    </Published>
    <Schedule />
    <Template />
  </Info>
  <Properties />
</Content>
''')

# lexicon.json is the first round; each later round of research is its own file (crisis.json, teen.json ...), so rounds
# written side by side do not collide. Ids are unique across all of them.
entries = json.load(open("uSync/lexicon/lexicon.json", encoding="utf-8"))
for extra in sorted(f for f in os.listdir("uSync/lexicon") if f.endswith(".json") and f != "lexicon.json"):
    entries += json.load(open(os.path.join("uSync/lexicon", extra), encoding="utf-8"))
ids = [e["id"] for e in entries]
assert len(ids) == len(set(ids)), "duplicate lexicon ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1}))
seen = set()


def name(e, culture):
    """Editors find an entry by its first phrase; the id tells two entries with the same first phrase apart."""
    first = (e["phrases"].get(culture) or [e["id"]])[0]
    label = first if (culture, first) not in seen else f"{first} ({e['id']})"
    seen.add((culture, first))
    return label


for i, e in enumerate(entries):
    key = str(uuid.uuid5(NS, "layTerm:" + e["id"]))
    sl, en = name(e, "sl-SI"), name(e, "en-US")
    ph, te = e["phrases"], e.get("terms", {})
    lcs = ",".join("umb://document/" + LIFE[s].replace("-", "") for s in e.get("lifeChallenges", []))
    props = []
    for alias, per in (("phrases", ph), ("terms", te)):
        vals = "".join(f'\n      <Value Culture="{c}">{cdata(chr(10).join(per[c]))}</Value>' for c in ("en-US", "sl-SI") if per.get(c))
        props.append(f"    <{alias}>{vals}\n    </{alias}>")
    props.append(f"    <otherPhrases>\n      <Value>{cdata(chr(10).join(ph.get('bcs', [])))}</Value>\n    </otherPhrases>")
    props.append(f"    <lifeChallenges>\n      <Value>{cdata(lcs)}</Value>\n    </lifeChallenges>")
    props.append(f"    <twoWay>\n      <Value>{cdata('1' if e.get('bidirectional') else '0')}</Value>\n    </twoWay>")
    props.append(f"    <sources>\n      <Value>{cdata(chr(10).join(e.get('sources', [])))}</Value>\n    </sources>")
    props.sort(key=lambda p: p.strip().split(">")[0])
    open(os.path.join(OUT, "leksikon-" + e["id"] + ".config"), "w", encoding="utf-8").write(f'''<?xml version="1.0" encoding="utf-8"?>
<Content Key="{key}" Alias="{esc(e['id'])}" Level="3">
  <Info>
    <Parent Key="{folder_key}">Leksikon iskanja</Parent>
    <Path>/LokalnaBlaginjaNovoMesto/LeksikonIskanja/{e['id']}</Path>
    <Trashed>false</Trashed>
    <ContentType>layTerm</ContentType>
    <CreateDate>2026-12-04T09:00:00</CreateDate>
    <NodeName Default="{esc(sl)}">
      <Name Culture="sl-SI">{esc(sl)}</Name>
      <Name Culture="en-US">{esc(en)}</Name>
    </NodeName>
    <SortOrder>{i}</SortOrder>
    <Published Default="true">
      <Published Culture="sl-SI">true</Published>
      <Published Culture="en-US">true</Published>
    </Published>
    <Schedule />
    <Template />
  </Info>
  <Properties>
{chr(10).join(props)}
  </Properties>
</Content>
''')
# An entry taken out of the JSON leaves no item behind: its old file would still be imported as part of the seed.
written = {"leksikon-" + e["id"] + ".config" for e in entries} | {"leksikon-iskanja.config"}
for stale in sorted(f for f in os.listdir(OUT) if f.startswith("leksikon-") and f.endswith(".config") and f not in written):
    os.remove(os.path.join(OUT, stale))
    print("removed", stale)
print(len(entries), "entries")


def write_counts(entries, path="uSync/SOURCES.md"):
    """SOURCES.md's "Counts (generated)" section is rewritten from the JSON on every run, so hand-kept figures cannot
    drift from the lexicon as later rounds add entries."""
    doc = open(path, encoding="utf-8").read()
    head, tail = "### Counts (generated)\n", "### Sources and what each supported\n"
    start, end = doc.index(head) + len(head), doc.index(tail)
    phrases = {c: sum(len(e["phrases"].get(c, [])) for e in entries) for c in ("sl-SI", "en-US", "bcs")}
    sources = len({s for e in entries for s in e.get("sources", [])})
    per_life = {}
    for e in entries:
        for s in e.get("lifeChallenges", []):
            per_life[s] = per_life.get(s, 0) + 1
    rows = "".join(f"| {s} | {n} |\n" for s, n in sorted(per_life.items()))
    body = (f"\nWritten by `lexicon/make_usync.py` from every file in `lexicon/`; do not edit by hand.\n\n"
            f"{len(entries)} entries ({sum(1 for e in entries if e.get('bidirectional'))} bidirectional synonym groups); "
            f"lay phrases: {phrases['sl-SI']} Slovenian, {phrases['en-US']} English, {phrases['bcs']} Croatian/Serbian/"
            f"Bosnian and other languages; {sources} distinct sources.\n\n"
            f"| life situation (urlSegment) | entries |\n|---|---|\n{rows}\n"
            "An entry can point to several life situations, so the column adds up to more than the entry count.\n\n")
    open(path, "w", encoding="utf-8").write(doc[:start] + body + doc[end:])


write_counts(entries)

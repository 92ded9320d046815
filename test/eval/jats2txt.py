#!/usr/bin/env python3
"""Clean plain-text rendering of a JATS article (standard library only).

usage: jats2txt.py IN.xml OUT.txt

Order: article title; abstract(s) (incl. trans-abstract); body (section titles on their own
lines, one line per paragraph, blank line between blocks; figure/table captions as their own
paragraphs, table bodies and display formulas skipped); back-matter sections (ack, sec,
notes); back fn-group footnotes under "Notes"; the reference list under "References" /
"Referências", one entry per line.  Reference entries: <mixed-citation>/<citation> text as
is (whitespace normalised, ", " inserted between adjacent <name>s that the XML separates by
whitespace only, <etal/> as "et al."), label prefixed as "N. " when the entry text does
not already start with it; an entry with only <element-citation> is rendered Vancouver-like
("1. Surname AB, Surname CD. Title. Source. Year;Vol(Iss):fpage–lpage.") when the list is
numbered, else author-date ("Surname AB, Surname CD (Year) Title. Source Vol:fpage–lpage").
"""
import html.entities
import re
import sys
import xml.etree.ElementTree as ET

XLANG = "{http://www.w3.org/XML/1998/namespace}lang"


def local(tag):
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag.split(":")[-1]


def parse(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"&([A-Za-z][A-Za-z0-9]*);",
                 lambda m: m.group(0) if m.group(1) in ("amp", "lt", "gt", "quot", "apos")
                 else "&#%d;" % html.entities.name2codepoint.get(m.group(1), 63), raw)
    raw = re.sub(r"<!DOCTYPE[^>]*>", "", raw, count=1)
    raw = re.sub(r"<\?xml-stylesheet[^>]*\?>", "", raw)
    return ET.fromstring(raw)


def tidy(s):
    s = re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
    s = re.sub(r" +([,;:.)\]])", r"\1", s)
    s = re.sub(r"([(\[]) +", r"\1", s)
    s = re.sub(r"(\d) ?([–-]) ?(\d)", r"\1\2\3", s)
    return s


# inline content ---------------------------------------------------------------
INLINE_SKIP = {"tex-math", "fn", "table-wrap", "fig", "disp-formula", "graphic", "media",
               "inline-graphic", "supplementary-material", "table-wrap-foot", "object-id"}
# block-level children that interrupt a paragraph
PARA_BREAK = {"list", "disp-quote", "fig", "fig-group", "table-wrap", "table-wrap-group",
              "disp-formula", "boxed-text", "def-list", "statement", "p", "sec", "verse-group",
              "supplementary-material"}


def inline(el, out):
    tag = local(el.tag)
    if tag in INLINE_SKIP:
        return
    if tag == "alternatives":
        kids = [c for c in el if local(c.tag) not in ("tex-math", "graphic", "inline-graphic")]
        if kids:
            inline_children_only(kids[0], out)
        return
    if tag == "break":
        out.append(" ")
        return
    supx = tag == "xref" and len(el) == 1 and local(el[0].tag) == "sup" and not (el.text or "").strip()
    if tag == "sup" or supx:
        # a superscript stands right after the word (as printed): whitespace before it is
        # dropped, and so is XML indentation inside it
        while out and not out[-1].strip():
            out.pop()
        if out:
            out[-1] = out[-1].rstrip()
        sub = []
        inline_children_only(el, sub)
        out.append(re.sub(r"\s*\n\s*", "", "".join(sub)))
        return
    inline_children_only(el, out)


def inline_children_only(el, out):
    if el.text:
        out.append(el.text)
    for ch in el:
        inline(ch, out)
        if ch.tail:
            out.append(ch.tail)


def text_of(el):
    out = []
    inline_children_only(el, out)
    return tidy("".join(out))


# blocks ------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.blocks = []

    def add(self, s):
        s = tidy(s)
        if s:
            self.blocks.append(s)


def caption_block(el, doc):
    lab = el.find("./label")
    cap = el.find("./caption")
    parts = []
    if lab is not None:
        parts.append(text_of(lab))
    if cap is not None:
        for ch in cap:
            if local(ch.tag) in ("title", "p"):
                parts.append(text_of(ch))
    s = " ".join(p for p in parts if p)
    if cap is not None and s:
        doc.add(s)


def para(el, doc):
    """A <p> (or similar) that may contain nested blocks: split around them."""
    cur = []
    if el.text:
        cur.append(el.text)
    for ch in el:
        t = local(ch.tag)
        if t in PARA_BREAK:
            doc.add("".join(cur))
            cur = []
            block(ch, doc)
        else:
            inline(ch, cur)
        if ch.tail:
            cur.append(ch.tail)
    doc.add("".join(cur))


def heading(el, doc):
    lab = el.find("./label")
    tit = el.find("./title")
    parts = [text_of(x) for x in (lab, tit) if x is not None]
    s = " ".join(p for p in parts if p)
    if s:
        doc.add(s)


def block(el, doc):
    t = local(el.tag)
    if t in ("table-wrap", "fig", "table-wrap-group", "fig-group"):
        if t in ("table-wrap-group", "fig-group"):
            for ch in el:
                if local(ch.tag) in ("table-wrap", "fig"):
                    caption_block(ch, doc)
        else:
            caption_block(el, doc)
        return
    if t in ("disp-formula", "supplementary-material", "graphic", "media", "alternatives",
             "table", "ref-list", "fn-group", "sub-article", "bio", "app-group", "floats-group"):
        return
    if t in ("p", "title", "attrib", "term", "def", "speaker"):
        if t == "title":
            doc.add(text_of(el))
        else:
            para(el, doc)
        return
    if t in ("sec", "boxed-text", "ack", "notes", "abstract", "trans-abstract", "statement",
             "app", "glossary"):
        heading(el, doc)
        for ch in el:
            if local(ch.tag) in ("label", "title", "sec-meta"):
                continue
            block(ch, doc)
        return
    if t == "list":
        heading(el, doc)
        for li in el:
            if local(li.tag) != "list-item":
                continue
            lab = li.find("./label")
            pre = (text_of(lab) + " ") if lab is not None else ""
            first = True
            for ch in li:
                if local(ch.tag) == "label":
                    continue
                if first and local(ch.tag) == "p":
                    sub = Doc()
                    para(ch, sub)
                    if sub.blocks:
                        sub.blocks[0] = pre + sub.blocks[0]
                    for b in sub.blocks:
                        doc.add(b)
                    first = False
                else:
                    block(ch, doc)
        return
    if t in ("disp-quote", "def-list", "def-item", "verse-group", "speech", "list-item"):
        for ch in el:
            block(ch, doc)
        return
    # anything else: treat as a paragraph
    para(el, doc)


# references ----------------------------------------------------------------------
def initials(g):
    return re.sub(r"[.\s]", "", g or "")


def person_names(pg):
    names = []
    for n in pg:
        t = local(n.tag)
        if t in ("name", "string-name"):
            sn = n.find("./{*}surname") if n.find("./{*}surname") is not None else n.find("./surname")
            gn = n.find("./{*}given-names") if n.find("./{*}given-names") is not None else n.find("./given-names")
            s = text_of(sn) if sn is not None else text_of(n)
            g = initials(text_of(gn)) if gn is not None else ""
            names.append((s + " " + g).strip())
        elif t == "collab":
            names.append(text_of(n))
        elif t == "etal":
            names.append("et al.")
    return names


def join_names(names):
    out = ""
    for i, n in enumerate(names):
        if i == 0:
            out = n
        elif n == "et al.":
            out += ", et al."
        else:
            out += ", " + n
    return out


def first(el, name):
    for x in el.iter():
        if local(x.tag) == name:
            return text_of(x)
    return ""


def element_citation(ec, numbered, suffix=""):
    authors, editors = [], []
    for pg in ec:
        if local(pg.tag) == "person-group":
            (editors if pg.get("person-group-type") == "editor" else authors).extend(person_names(pg))
        elif local(pg.tag) in ("name", "collab"):
            authors.extend(person_names([pg]))
    ptype = ec.get("publication-type") or ""
    title = first(ec, "article-title") or first(ec, "chapter-title")
    source, year = first(ec, "source"), first(ec, "year") + suffix
    vol, iss = first(ec, "volume"), first(ec, "issue")
    fp, lp = first(ec, "fpage"), first(ec, "lpage")
    loc, pub = first(ec, "publisher-loc"), first(ec, "publisher-name")
    pages = fp + ("–" + lp if lp else "")
    au = join_names(authors)
    ed = join_names(editors)
    def dot(s):
        return s if not s or s[-1] in ".?!" else s + "."
    if numbered:
        s = dot(au) + " " if au else ""
        if title:
            s += dot(title) + " "
        if ptype == "book" or (not vol and (pub or loc)):
            if ed:
                s += "In: " + ed + ", editors. "
            s += dot(source) + " "
            if loc or pub:
                s += ": ".join(x for x in (loc, pub) if x) + "; "
            s += year + "."
            if pages:
                s += " p. " + pages + "."
        else:
            s += dot(source) + " " + year
            if vol:
                s += ";" + vol + ("(" + iss + ")" if iss else "")
            if pages:
                s += ":" + pages
            s += "."
        return tidy(s)
    s = au + (" (" + year + ") " if year else " ")
    if ptype == "book" or (not vol and (pub or loc)):
        if title:
            s += dot(title) + " In: " + (ed + " (eds) " if ed else "")
        s += dot(source)
        if pub or loc:
            s += " " + ", ".join(x for x in (pub, loc) if x)
        if pages:
            s += ", pp " + pages
    else:
        if title:
            s += dot(title) + " "
        s += source
        if vol:
            s += " " + vol
        if pages:
            s += ":" + pages
    return tidy(s)


def mixed_text(mc):
    out = []
    if mc.text:
        out.append(mc.text)
    def walk(el, out):
        t = local(el.tag)
        if t == "person-group":
            if el.text:
                out.append(el.text)
            prev_name = False
            for ch in el:
                ct = local(ch.tag)
                if ct in ("name", "string-name", "collab") and prev_name:
                    out.append(", ")
                if ct == "etal" and not (ch.text or "").strip():
                    out.append(", et al.")
                else:
                    walk(ch, out)
                prev_name = ct in ("name", "string-name", "collab") and not (ch.tail or "").strip()
                if ch.tail:
                    out.append(ch.tail)
                    if (ch.tail or "").strip():
                        prev_name = False
            return
        if t == "name":
            parts = []
            for ch in el:
                if local(ch.tag) in ("surname", "given-names", "prefix", "suffix"):
                    parts.append(text_of(ch))
            if parts and not (el.text or "").strip() and all(not (c.tail or "").strip() for c in el):
                out.append(" ".join(p for p in parts if p))
                return
        if t == "etal" and not (el.text or "").strip():
            out.append(" et al.")
            return
        inline(el, out) if t != "person-group" else None
    for ch in mc:
        walk(ch, out)
        if ch.tail:
            out.append(ch.tail)
    return tidy("".join(out))


def element_like(mc):
    """A <citation>/<mixed-citation> without any punctuation text between its children
    (MDPI's <citation>): an element-citation in disguise."""
    tails = [mc.text or ""] + [c.tail or "" for c in mc]
    return not any(re.search(r"[^\s]", t) for t in tails)


def references(root, lang):
    rl = next((e for e in root.iter() if local(e.tag) == "ref-list"), None)
    if rl is None:
        return []
    refs = [r for r in rl.iter() if local(r.tag) == "ref"]
    numbered = any(r.find("./label") is not None for r in refs)
    # author-date lists: same authors and year twice -> "2006a", "2006b" (as printed)
    suffix = {}
    if not numbered:
        groups = {}
        for r in refs:
            ec = next((c for c in r if local(c.tag) == "element-citation"), None)
            if ec is None or any(local(c.tag) in ("mixed-citation", "citation") for c in r):
                continue
            pg = [n for g in ec if local(g.tag) == "person-group" and g.get("person-group-type") != "editor"
                  for n in person_names(g)]
            groups.setdefault((tuple(pg), first(ec, "year")), []).append(r)
        for k, rs in groups.items():
            if len(rs) > 1 and k[1] and not re.search(r"[a-z]$", k[1]):
                for i, r in enumerate(rs):
                    suffix[id(r)] = "abcdefghij"[i]
    out = []
    for r in refs:
        lab = r.find("./label")
        label = text_of(lab) if lab is not None else ""
        mc = next((c for c in r if local(c.tag) in ("mixed-citation", "citation", "nlm-citation")), None)
        ec = next((c for c in r if local(c.tag) == "element-citation"), None)
        if mc is not None and not element_like(mc):
            s = mixed_text(mc)
        elif mc is not None:
            s = element_citation(mc, numbered)
        elif ec is not None:
            s = element_citation(ec, numbered, suffix.get(id(r), ""))
        else:
            s = text_of(r)
        if label:
            lab_core = label.strip(".[]() ")
            if not re.match(r"^\[?" + re.escape(lab_core) + r"\b", s):
                s = lab_core + ". " + s
        out.append(s)
    return out


def main(src, dst):
    root = parse(src)
    lang = root.get(XLANG) or "en"
    doc = Doc()
    front = next((c for c in root if local(c.tag) == "front"), None)
    body = next((c for c in root if local(c.tag) == "body"), None)
    back = next((c for c in root if local(c.tag) == "back"), None)
    am = front.find(".//{*}article-meta") if front is not None else None
    if am is None and front is not None:
        am = next((e for e in front.iter() if local(e.tag) == "article-meta"), None)
    tg = next((e for e in am.iter() if local(e.tag) == "title-group"), None) if am is not None else None
    if tg is not None:
        at = next((e for e in tg if local(e.tag) == "article-title"), None)
        if at is not None:
            doc.add(text_of(at))
    if am is not None:
        for ab in [e for e in am if local(e.tag) in ("abstract", "trans-abstract")]:
            if ab.get("abstract-type") in ("toc", "teaser", "graphical"):
                continue
            if ab.find("./title") is None and ab.find("./label") is None:
                al = ab.get(XLANG) or lang
                doc.add("Resumo" if al == "pt" and local(ab.tag) == "abstract" else "Abstract")
            block(ab, doc)
    if body is not None:
        for ch in body:
            block(ch, doc)
    notes = []
    if back is not None:
        for ch in back:
            t = local(ch.tag)
            if t == "ack" and ch.find("./title") is None:
                doc.add("Acknowledgements")
            if t in ("ack", "sec", "notes"):
                block(ch, doc)
            if t == "fn-group" and ch.get("content-type") != "pub-status":
                for fn in ch:
                    if local(fn.tag) != "fn":
                        continue
                    lab = fn.find("./label")
                    pre = (text_of(lab) + " ") if lab is not None else ""
                    txt = " ".join(text_of(p) for p in fn if local(p.tag) == "p")
                    notes.append(tidy(pre + txt))
    lines = list(doc.blocks)
    if notes:
        lines.append("Notes")
        lines.extend(notes)
    refs = references(root, lang)
    text = "\n\n".join(lines)
    if refs:
        text += "\n\n" + ("Referências" if lang == "pt" else "References") + "\n\n" + "\n".join(refs)
    open(dst, "w", encoding="utf-8").write(text + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

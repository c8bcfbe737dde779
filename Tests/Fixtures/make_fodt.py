"""Writes flat ODT (.fodt) files from corpus texts parsed by `resdiff parse --format json`,
for LibreOffice to convert into the Word and PDF fixtures. Run by make-fixtures.sh."""
import datetime
import json
import sys
from xml.sax.saxutils import escape

SUPERSCRIPTS = {"⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9}

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <text:list-style style:name="Operative">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
 </text:list-style>
 <style:page-layout style:name="PageLayout">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
   fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style/><style:footer-style/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PageLayout">%(furniture)s</style:master-page>
</office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def long_date(iso):
    return datetime.date.fromisoformat(iso).strftime("%-d %B %Y")


def header(doc):
    lines = [doc["body"], doc["session"]]
    if doc["agendaItem"]:
        lines.append("Agenda item " + doc["agendaItem"])
    lines += [doc["resolutionNumber"] + ". " + doc["title"], doc["openingFormula"]]
    return lines


def trailer(doc):
    lines = [doc["meeting"], long_date(doc["adoptionDate"])]
    if doc["vote"]:
        lines.append("[" + doc["vote"] + ".]")
    return lines


def with_notes(text, footnotes):
    """Superscript markers become real footnotes."""
    out = ""
    for ch in text:
        if ch in SUPERSCRIPTS:
            n = SUPERSCRIPTS[ch]
            out += ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                    '<text:note-body><text:p>%s</text:p></text:note-body></text:note>') % (n, n, escape(footnotes[n]))
        else:
            out += escape(ch)
    return out


# Page furniture as the UN prints it: the symbol as a running head, the page number and
# the job number in the footer.
FURNITURE = ("<style:header><text:p>%(symbol)s</text:p></style:header>"
             "<style:footer><text:p><text:page-number text:select-page=\"current\">1</text:page-number></text:p>"
             "<text:p>GE.16-12199(E)</text:p></style:footer>")


def fodt(doc, notes=True, numbered_list=True, changes=None, changed_regions="", furniture=False):
    """The document as flat ODT. `changes` maps a paragraph label to its marked-up XML."""
    changes = changes or {}
    footnotes = {f["number"]: f["text"] for f in doc["footnotes"]}
    head = HEAD % {"furniture": FURNITURE % {"symbol": escape(doc["symbol"])} if furniture else ""}
    body = [head.replace("<office:body><office:text>\n", "<office:body><office:text>\n" + changed_regions)]
    para = lambda xml: body.append("<text:p>%s</text:p>\n" % xml)
    for line in header(doc):
        para(escape(line))
    operative = [p for p in doc["paragraphs"] if p["kind"] == "operative"]
    for p in doc["paragraphs"]:
        if p["kind"] == "preambular":
            para(changes.get(p["label"]) or (with_notes(p["text"], footnotes) if notes else escape(p["text"])))
    if numbered_list:
        body.append('<text:list text:style-name="Operative">\n')
        for p in operative:
            xml = changes.get(p["label"]) or (with_notes(p["text"], footnotes) if notes else escape(p["text"]))
            body.append("<text:list-item><text:p>%s</text:p></text:list-item>\n" % xml)
        body.append("</text:list>\n")
    else:
        for p in operative:
            para(escape(p["number"] + ". ") + (with_notes(p["text"], footnotes) if notes else escape(p["text"])))
    for line in trailer(doc):
        para(escape(line))
    if not notes:
        for f in doc["footnotes"]:
            para(escape("".join(k for k, v in SUPERSCRIPTS.items() if str(v) == str(f["number"])) + " " + f["text"]))
    body.append(TAIL)
    return "".join(body)


def region(cid, kind, deleted=""):
    info = ("<office:change-info><dc:creator>Drafter</dc:creator>"
            "<dc:date>2026-01-15T10:00:00</dc:date></office:change-info>")
    inner = info + ("<text:p>%s</text:p>" % escape(deleted) if kind == "deletion" else "")
    return ('<text:changed-region xml:id="%s" text:id="%s"><text:%s>%s</text:%s></text:changed-region>\n'
            % (cid, cid, kind, inner, kind))


def tracked(doc):
    """65/218 with tracked changes: words inserted in OP5, words deleted in PP4, OP9 moved
    after OP10 (deleted where it stood, inserted after OP10). Returns the .fodt and the
    text of the accepted version."""
    paragraphs = {p["label"]: p for p in doc["paragraphs"]}
    op5 = paragraphs["OP5"]["text"]
    anchor = "human rights"
    at = op5.index(anchor) + len(anchor)
    inserted = " and fundamental freedoms"
    pp4 = paragraphs["PP4"]["text"]
    gone = "full "
    cut = pp4.index(gone)
    op9 = paragraphs["OP9"]["text"]
    op10 = paragraphs["OP10"]["text"]
    start = lambda c: '<text:change-start text:change-id="%s"/>' % c
    end = lambda c: '<text:change-end text:change-id="%s"/>' % c
    changes = {
        "OP5": escape(op5[:at]) + start("ins1") + escape(inserted) + end("ins1") + escape(op5[at:]),
        "PP4": escape(pp4[:cut]) + '<text:change text:change-id="del1"/>' + escape(pp4[cut + len(gone):]),
        "OP9": '<text:change text:change-id="del2"/>',
        "OP10": escape(op10) + "</text:p></text:list-item>\n<text:list-item><text:p>"
                + start("ins2") + escape(op9) + end("ins2"),
    }
    regions = ('<text:tracked-changes text:track-changes="true">\n' + region("ins1", "insertion")
               + region("del1", "deletion", gone) + region("del2", "deletion", op9) + region("ins2", "insertion")
               + "</text:tracked-changes>\n")
    # The accepted text, written as a plain resolution text.
    accepted_ops = []
    for p in doc["paragraphs"]:
        if p["kind"] != "operative" or p["label"] == "OP9":
            continue
        text = op5[:at] + inserted + op5[at:] if p["label"] == "OP5" else p["text"]
        accepted_ops.append(text)
        if p["label"] == "OP10":
            accepted_ops.append(op9)
    lines = header(doc)
    for p in doc["paragraphs"]:
        if p["kind"] == "preambular":
            lines.append(pp4[:cut] + pp4[cut + len(gone):] if p["label"] == "PP4" else p["text"])
    lines += ["%d. %s" % (n + 1, t) for n, t in enumerate(accepted_ops)]
    lines += trailer(doc)
    sup = {v: k for k, v in SUPERSCRIPTS.items()}
    lines += [sup[f["number"]] + " " + f["text"] for f in doc["footnotes"]]
    return fodt(doc, changes=changes, changed_regions=regions), "\n\n".join(lines) + "\n"


def main():
    source, target = sys.argv[1], sys.argv[2]
    load = lambda name: json.load(open("%s/%s.json" % (source, name), encoding="utf-8"))
    write = lambda name, text: open("%s/%s" % (target, name), "w", encoding="utf-8").write(text)
    write("numbered-A-HRC-RES-32-6.fodt", fodt(load("A-HRC-RES-32-6")))
    write("footnotes-A-HRC-RES-28-2.fodt", fodt(load("A-HRC-RES-28-2"), numbered_list=False))
    write("plain-A-HRC-RES-32-6.fodt", fodt(load("A-HRC-RES-32-6"), notes=False, numbered_list=False, furniture=True))
    write("footnoted-A-HRC-RES-32-6.fodt", fodt(load("A-HRC-RES-32-6"), furniture=True))
    document, accepted = tracked(load("A-RES-65-218"))
    write("tracked-A-RES-65-218.fodt", document)
    write("tracked-A-RES-65-218.accepted.txt", accepted)


main()

"""Run schematron rule files with saxonche and report their failed asserts.

Compiled rule files (`*.xslt`, XSLT 2/3 writing SVRL) run as they are. Schematron files
(`*.sch`: Osuva's own rules, and the official CEN and OpenPeppol files if placed beside
them) are first turned into XSLT 3.0 by `compile_schematron`, which reads the ISO
schematron they use: `ns`, `let` (in a pattern: a constant), `xsl:function`, `pattern`,
`rule` (the first rule of a pattern whose context matches a node wins) and `assert` with
`value-of` in its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from saxonche import PySaxonProcessor, PyXsltExecutable

SCH = "http://purl.oclc.org/dsdl/schematron"
XSL = "http://www.w3.org/1999/XSL/Transform"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
SVRL = f"{{{SVRL_NS}}}"
# Flags the official rule files give; a failed assert without one counts as an error.
BLOCKING = {"fatal", "error", None}


@dataclass(frozen=True)
class Finding:
    rules: str
    rule_id: str
    flag: str | None
    text: str
    location: str

    @property
    def blocking(self) -> bool:
        return self.flag in BLOCKING


def _xsl(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{XSL}}}{tag}", **attrs)


def _failed_assert(parent: etree._Element, assertion: etree._Element) -> None:
    test = _xsl(parent, "if", test=f"not({assertion.get('test')})")
    failed = etree.SubElement(test, f"{SVRL}failed-assert")
    failed.set("id", assertion.get("id", ""))
    if assertion.get("flag"):
        failed.set("flag", assertion.get("flag"))
    failed.set("location", "{path(.)}")
    failed.set("test", assertion.get("test").replace("{", "{{").replace("}", "}}"))
    text = etree.SubElement(failed, f"{SVRL}text")
    _xsl(text, "text").text = f"[{assertion.get('id', '')}]-{assertion.text or ''}"
    for part in assertion:
        if part.tag == f"{{{SCH}}}value-of":
            _xsl(text, "value-of", select=part.get("select"))
        if part.tail:
            _xsl(text, "text").text = part.tail


def compile_schematron(path: Path) -> str:
    """XSLT 3.0 source that writes the SVRL report of the schematron file at ``path``."""
    schema = etree.parse(str(path)).getroot()
    namespaces = {n.get("prefix"): n.get("uri") for n in schema.iterfind(f"{{{SCH}}}ns")}
    sheet = etree.Element(f"{{{XSL}}}stylesheet", nsmap={**namespaces, "xsl": XSL, "svrl": SVRL_NS})
    sheet.set("version", "3.0")
    sheet.set("exclude-result-prefixes", " ".join(namespaces))
    start = _xsl(sheet, "template", match="/")
    report = etree.SubElement(start, f"{SVRL}schematron-output", title=schema.get("id", ""))
    patterns = 0
    for child in list(schema):
        if child.tag == f"{{{SCH}}}let":
            _xsl(sheet, "variable", name=child.get("name"), select=child.get("value"))
        elif child.tag == f"{{{XSL}}}function":
            sheet.append(child)
        elif child.tag == f"{{{SCH}}}pattern":
            patterns += 1
            mode = f"pattern{patterns}"
            etree.SubElement(report, f"{SVRL}active-pattern", id=child.get("id", mode))
            _xsl(report, "apply-templates", select="*", mode=mode)
            for let in child.iterfind(f"{{{SCH}}}let"):  # constants: global variables
                _xsl(sheet, "variable", name=let.get("name"), select=let.get("value"))
            rules = child.findall(f"{{{SCH}}}rule")
            for rank, rule in enumerate(rules):
                template = _xsl(
                    sheet,
                    "template",
                    match=rule.get("context"),
                    mode=mode,
                    priority=str(len(rules) - rank),
                )
                for part in rule:
                    if part.tag == f"{{{SCH}}}let":
                        _xsl(template, "variable", name=part.get("name"), select=part.get("value"))
                    elif part.tag == f"{{{SCH}}}assert":
                        _failed_assert(template, part)
                _xsl(template, "apply-templates", select="@*|*", mode=mode)
            walk = _xsl(sheet, "template", match="*|@*", mode=mode, priority="-1")
            _xsl(walk, "apply-templates", select="@*|*", mode=mode)
    return etree.tostring(sheet, encoding="unicode")


class RuleSets:
    """Every rule file in a folder, compiled once; `check` runs them all on one document."""

    def __init__(self, folder: Path) -> None:
        self._processor = PySaxonProcessor(license=False)
        compiler = self._processor.new_xslt30_processor()
        self.sheets: dict[str, PyXsltExecutable] = {
            path.name: compiler.compile_stylesheet(stylesheet_file=str(path))
            for path in sorted(folder.glob("*.xslt"))
        }
        for path in sorted(folder.glob("*.sch")):
            self.sheets[path.name] = compiler.compile_stylesheet(
                stylesheet_text=compile_schematron(path)
            )

    def check(self, document: bytes) -> list[Finding]:
        node = self._processor.parse_xml(xml_text=document.decode("utf-8"))
        findings = []
        for name, sheet in self.sheets.items():
            report = etree.fromstring(sheet.transform_to_string(xdm_node=node).encode("utf-8"))
            for failed in report.iter(f"{SVRL}failed-assert"):
                findings.append(
                    Finding(
                        rules=name,
                        rule_id=failed.get("id", ""),
                        flag=failed.get("flag"),
                        text=" ".join("".join(failed.itertext()).split()),
                        location=failed.get("location", ""),
                    )
                )
        return findings

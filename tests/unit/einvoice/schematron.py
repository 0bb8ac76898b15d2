"""Run compiled schematron rule files (XSLT 2/3 writing SVRL) with saxonche."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from saxonche import PySaxonProcessor, PyXsltExecutable

SVRL = "{http://purl.oclc.org/dsdl/svrl}"
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


class RuleSets:
    """Every *.xslt in a folder, compiled once; `check` runs them all on one document."""

    def __init__(self, folder: Path) -> None:
        self._processor = PySaxonProcessor(license=False)
        compiler = self._processor.new_xslt30_processor()
        self.sheets: dict[str, PyXsltExecutable] = {
            path.name: compiler.compile_stylesheet(stylesheet_file=str(path))
            for path in sorted(folder.glob("*.xslt"))
        }

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
                        text=" ".join((failed.findtext(f"{SVRL}text") or "").split()),
                        location=failed.get("location", ""),
                    )
                )
        return findings

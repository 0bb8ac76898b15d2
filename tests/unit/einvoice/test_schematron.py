"""Osuva's schematron compiler keeps the ISO semantics the rule files rely on."""

from __future__ import annotations

from .schematron import RuleSets

RULES = """<schema xmlns="http://purl.oclc.org/dsdl/schematron"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <ns prefix="t" uri="urn:test"/>
  <ns prefix="xs" uri="http://www.w3.org/2001/XMLSchema"/>
  <xsl:function name="t:twice" as="xs:integer">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="2 * $n"/>
  </xsl:function>
  <let name="limit" value="4"/>
  <pattern id="first-match">
    <let name="small" value="3"/>
    <rule context="t:item[@special]">
      <assert id="SPECIAL" test="@n = 1">A special item is number 1.</assert>
    </rule>
    <rule context="t:item">
      <let name="n" value="xs:integer(@n)"/>
      <assert id="SMALL" flag="warning" test="t:twice($n) le $limit or $n = $small"
        >Item <value-of select="@n"/> is too big.</assert>
    </rule>
  </pattern>
  <pattern id="every">
    <rule context="t:item/@n">
      <assert id="DIGIT" test="matches(., '^[0-9]$')">One digit.</assert>
    </rule>
  </pattern>
</schema>"""


def test_first_matching_rule_of_a_pattern_wins_and_patterns_run_independently(tmp_path):
    (tmp_path / "rules.sch").write_text(RULES, encoding="utf-8")
    rules = RuleSets(tmp_path)
    document = b"""<list xmlns="urn:test">
        <item n="1"/><item n="3"/><item n="5"/><item n="9" special="yes"/><item n="12"/>
    </list>"""
    findings = [(f.rule_id, f.flag, f.text) for f in rules.check(document)]
    assert findings == [
        ("SMALL", "warning", "[SMALL]-Item 5 is too big."),
        ("SPECIAL", None, "[SPECIAL]-A special item is number 1."),
        ("SMALL", "warning", "[SMALL]-Item 12 is too big."),
        ("DIGIT", None, "[DIGIT]-One digit."),
    ]

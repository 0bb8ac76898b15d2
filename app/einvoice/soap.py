"""The ebXML SOAP envelope Finnish operators expect in front of each Finvoice message.

A file for an operator is the envelope followed by the Finvoice document; a batch repeats the
pair for each invoice. Such a file is a sequence of XML documents, not one document: that is
how banks and operators take Finvoice material (Finvoice implementation guidelines, the
"SOAP frame" appendix), and why each part is written and checked on its own.
"""

from __future__ import annotations

from lxml import etree

from .finvoice import FINVOICE_ENCODING, finvoice_bytes
from .routing import Transmission
from .source import EInvoice

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
EB = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd"
XLINK = "http://www.w3.org/1999/xlink"
# The agreement id every Finvoice operator uses for the bank-to-bank routing service.
CPA_ID = "yoursandmycpa"
FINVOICE_SCHEMA_LOCATION = "http://www.finvoice.info/finvoice.xsd"


def _party(header: etree._Element, side: str, party_id: str, role: str) -> None:
    element = etree.SubElement(header, f"{{{EB}}}{side}")
    etree.SubElement(element, f"{{{EB}}}PartyId").text = party_id
    etree.SubElement(element, f"{{{EB}}}Role").text = role


def envelope_element(route: Transmission) -> etree._Element:
    """The SOAP envelope whose MessageHeader matches the Finvoice's MessageTransmissionDetails."""
    nsmap = {"SOAP-ENV": SOAP_ENV, "eb": EB, "xlink": XLINK}
    envelope = etree.Element(f"{{{SOAP_ENV}}}Envelope", nsmap=nsmap)
    header = etree.SubElement(envelope, f"{{{SOAP_ENV}}}Header")
    message = etree.SubElement(header, f"{{{EB}}}MessageHeader")
    message.set(f"{{{SOAP_ENV}}}mustUnderstand", "1")
    message.set(f"{{{EB}}}version", "2.0")
    _party(message, "From", route.from_address, "Sender")
    _party(message, "From", route.from_operator, "Intermediator")
    _party(message, "To", route.to_address, "Receiver")
    _party(message, "To", route.to_operator, "Intermediator")
    etree.SubElement(message, f"{{{EB}}}CPAId").text = CPA_ID
    etree.SubElement(message, f"{{{EB}}}ConversationId")
    etree.SubElement(message, f"{{{EB}}}Service").text = "Routing"
    etree.SubElement(message, f"{{{EB}}}Action").text = "ProcessInvoice"
    data = etree.SubElement(message, f"{{{EB}}}MessageData")
    etree.SubElement(data, f"{{{EB}}}MessageId").text = route.message_id
    etree.SubElement(data, f"{{{EB}}}Timestamp").text = route.timestamp.strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    etree.SubElement(data, f"{{{EB}}}RefToMessageId")
    body = etree.SubElement(envelope, f"{{{SOAP_ENV}}}Body")
    manifest = etree.SubElement(body, f"{{{EB}}}Manifest")
    manifest.set(f"{{{EB}}}id", "Manifest")
    manifest.set(f"{{{EB}}}version", "2.0")
    reference = etree.SubElement(manifest, f"{{{EB}}}Reference")
    reference.set(f"{{{EB}}}id", "Finvoice")
    reference.set(f"{{{XLINK}}}href", route.message_id)
    schema = etree.SubElement(reference, f"{{{EB}}}schema")
    schema.set(f"{{{EB}}}location", FINVOICE_SCHEMA_LOCATION)
    schema.set(f"{{{EB}}}version", "3.0")
    return envelope


def enveloped_finvoice(invoice: EInvoice, route: Transmission) -> bytes:
    """The envelope and the Finvoice document, one after the other, as an operator takes them."""
    envelope = etree.tostring(
        envelope_element(route),
        xml_declaration=True,
        encoding=FINVOICE_ENCODING,
        pretty_print=True,
    )
    return envelope + finvoice_bytes(invoice, route)


def split_messages(data: bytes) -> list[bytes]:
    """The XML documents of an operator file, each with its own declaration (for checking)."""
    marker = b"<?xml "
    starts: list[int] = []
    found = data.find(marker)
    while found != -1:
        starts.append(found)
        found = data.find(marker, found + 1)
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return [data[a:b] for a, b in zip(starts, [*starts[1:], len(data)], strict=True)]

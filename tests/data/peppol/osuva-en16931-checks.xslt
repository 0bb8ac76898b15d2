<?xml version="1.0" encoding="UTF-8"?>
<!--
  Osuva's own checks of the EN 16931 and Peppol BIS Billing 3.0 business rules that
  Osuva's UBL invoices and credit notes touch, written for this project. The output is
  SVRL, like a compiled schematron, so the test runs it exactly as it runs the official
  CEN and OpenPeppol rule files placed beside it (see README.md). Rule ids name the
  official rule each check follows; OSUVA-* are Osuva's own requirements.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    xmlns:o="urn:osuva:checks"
    exclude-result-prefixes="xs cac cbc o">

  <xsl:output method="xml" indent="yes"/>

  <xsl:function name="o:dec" as="xs:decimal">
    <xsl:param name="nodes"/>
    <xsl:sequence select="sum(for $n in $nodes return xs:decimal(normalize-space($n)))"/>
  </xsl:function>

  <xsl:template name="check">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="ok" as="xs:boolean"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="flag" as="xs:string" select="'fatal'"/>
    <xsl:if test="not($ok)">
      <svrl:failed-assert id="{$id}" flag="{$flag}" location="{path(.)}">
        <svrl:text><xsl:value-of select="concat('[', $id, ']-', $text)"/></svrl:text>
      </svrl:failed-assert>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/">
    <svrl:schematron-output title="Osuva EN 16931 / Peppol BIS 3.0 checks">
      <xsl:apply-templates select="*"/>
    </svrl:schematron-output>
  </xsl:template>

  <xsl:template match="/*">
    <xsl:variable name="credit" select="local-name() = 'CreditNote'"/>
    <xsl:variable name="lines" select="cac:InvoiceLine | cac:CreditNoteLine"/>
    <xsl:variable name="totals" select="cac:LegalMonetaryTotal"/>
    <xsl:variable name="seller" select="cac:AccountingSupplierParty/cac:Party"/>
    <xsl:variable name="buyer" select="cac:AccountingCustomerParty/cac:Party"/>
    <xsl:variable name="tax" select="cac:TaxTotal[cac:TaxSubtotal]"/>

    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-R004'"/>
      <xsl:with-param name="ok" select="starts-with(normalize-space(cbc:CustomizationID),
          'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0')"/>
      <xsl:with-param name="text" select="'Specification identifier MUST start with the Peppol BIS Billing 3.0 value.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-R001'"/>
      <xsl:with-param name="ok" select="matches(normalize-space(cbc:ProfileID),
          '^urn:fdc:peppol.eu:2017:poacc:billing:[0-9]{2}:1.0$')"/>
      <xsl:with-param name="text" select="'Business process MUST be provided in the Peppol format.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-02'"/>
      <xsl:with-param name="ok" select="normalize-space(cbc:ID) != ''"/>
      <xsl:with-param name="text" select="'An Invoice shall have an Invoice number (BT-1).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-F001'"/>
      <xsl:with-param name="ok" select="every $d in (.//cbc:IssueDate, .//cbc:DueDate,
          .//cbc:StartDate, .//cbc:EndDate, .//cbc:PaymentDueDate)
          satisfies matches(normalize-space($d), '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')"/>
      <xsl:with-param name="text" select="'A date MUST be formatted YYYY-MM-DD.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-04'"/>
      <xsl:with-param name="ok" select="if ($credit) then cbc:CreditNoteTypeCode = '381'
          else cbc:InvoiceTypeCode = '380'"/>
      <xsl:with-param name="text" select="'An Invoice shall have an Invoice type code (BT-3): 380 or 381 here.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-05'"/>
      <xsl:with-param name="ok" select="cbc:DocumentCurrencyCode = 'EUR'"/>
      <xsl:with-param name="text" select="'An Invoice shall have an Invoice currency code (BT-5), EUR here.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-R003'"/>
      <xsl:with-param name="ok" select="normalize-space(cbc:BuyerReference) != ''
          or normalize-space(cac:OrderReference/cbc:ID) != ''"/>
      <xsl:with-param name="text" select="'A buyer reference or purchase order reference MUST be provided.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-R008'"/>
      <xsl:with-param name="ok" select="not(//*[not(*) and normalize-space(.) = ''])"/>
      <xsl:with-param name="text" select="'Document MUST not contain empty elements.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-R020'"/>
      <xsl:with-param name="ok" select="normalize-space($seller/cbc:EndpointID) != ''
          and matches($seller/cbc:EndpointID/@schemeID, '^[0-9]{4}$')"/>
      <xsl:with-param name="text" select="'Seller electronic address MUST be provided, with an ICD scheme.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-R010'"/>
      <xsl:with-param name="ok" select="normalize-space($buyer/cbc:EndpointID) != ''
          and matches($buyer/cbc:EndpointID/@schemeID, '^[0-9]{4}$')"/>
      <xsl:with-param name="text" select="'Buyer electronic address MUST be provided, with an ICD scheme.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'OSUVA-OVT'"/>
      <xsl:with-param name="ok" select="every $e in ($seller, $buyer)/cbc:EndpointID[@schemeID = '0216']
          satisfies matches($e, '^0037[0-9]{8}[0-9A-Za-z]{0,5}$')"/>
      <xsl:with-param name="text" select="'An OVT code (scheme 0216) is 0037 and the eight digits of a Y-tunnus.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-06'"/>
      <xsl:with-param name="ok" select="normalize-space($seller/cac:PartyLegalEntity/cbc:RegistrationName) != ''"/>
      <xsl:with-param name="text" select="'An Invoice shall contain the Seller name (BT-27).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-07'"/>
      <xsl:with-param name="ok" select="normalize-space($buyer/cac:PartyLegalEntity/cbc:RegistrationName) != ''"/>
      <xsl:with-param name="text" select="'An Invoice shall contain the Buyer name (BT-44).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-09'"/>
      <xsl:with-param name="ok" select="matches($seller/cac:PostalAddress/cac:Country/cbc:IdentificationCode, '^[A-Z]{2}$')"/>
      <xsl:with-param name="text" select="'The Seller postal address shall contain a Seller country code (BT-40).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-11'"/>
      <xsl:with-param name="ok" select="matches($buyer/cac:PostalAddress/cac:Country/cbc:IdentificationCode, '^[A-Z]{2}$')"/>
      <xsl:with-param name="text" select="'The Buyer postal address shall contain a Buyer country code (BT-55).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-CO-09'"/>
      <xsl:with-param name="ok" select="every $v in .//cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/cbc:CompanyID
          satisfies matches($v, '^[A-Z]{2}[0-9A-Z]{2,}$')"/>
      <xsl:with-param name="text" select="'VAT identifiers shall have an ISO 3166-1 country prefix.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-16'"/>
      <xsl:with-param name="ok" select="exists($lines)"/>
      <xsl:with-param name="text" select="'An Invoice shall have at least one Invoice line (BG-25).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'PEPPOL-EN16931-R053'"/>
      <xsl:with-param name="ok" select="count($tax) = 1"/>
      <xsl:with-param name="text" select="'Only one tax total with tax subtotals MUST be provided.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-CO-10'"/>
      <xsl:with-param name="ok" select="o:dec($totals/cbc:LineExtensionAmount) = o:dec($lines/cbc:LineExtensionAmount)"/>
      <xsl:with-param name="text" select="'Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-CO-13'"/>
      <xsl:with-param name="ok" select="o:dec($totals/cbc:TaxExclusiveAmount) = o:dec($totals/cbc:LineExtensionAmount)
          - o:dec($totals/cbc:AllowanceTotalAmount) + o:dec($totals/cbc:ChargeTotalAmount)"/>
      <xsl:with-param name="text" select="'Invoice total amount without VAT (BT-109) = Σ line net amounts - allowances + charges.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-CO-14'"/>
      <xsl:with-param name="ok" select="o:dec($tax/cbc:TaxAmount) = o:dec($tax/cac:TaxSubtotal/cbc:TaxAmount)"/>
      <xsl:with-param name="text" select="'Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-CO-15'"/>
      <xsl:with-param name="ok" select="o:dec($totals/cbc:TaxInclusiveAmount)
          = o:dec($totals/cbc:TaxExclusiveAmount) + o:dec($tax/cbc:TaxAmount)"/>
      <xsl:with-param name="text" select="'Invoice total amount with VAT (BT-112) = BT-109 + BT-110.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-CO-16'"/>
      <xsl:with-param name="ok" select="o:dec($totals/cbc:PayableAmount) = o:dec($totals/cbc:TaxInclusiveAmount)
          - o:dec($totals/cbc:PrepaidAmount) + o:dec($totals/cbc:PayableRoundingAmount)"/>
      <xsl:with-param name="text" select="'Amount due for payment (BT-115) = BT-112 - paid amount + rounding.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-CO-25'"/>
      <xsl:with-param name="ok" select="o:dec($totals/cbc:PayableAmount) le 0 or exists(cbc:DueDate)
          or exists(cac:PaymentMeans/cbc:PaymentDueDate) or exists(cac:PaymentTerms/cbc:Note)"/>
      <xsl:with-param name="text" select="'A positive amount due needs a payment due date or payment terms.'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'BR-61'"/>
      <xsl:with-param name="ok" select="every $m in cac:PaymentMeans[cbc:PaymentMeansCode = ('30', '58')]
          satisfies normalize-space($m/cac:PayeeFinancialAccount/cbc:ID) != ''"/>
      <xsl:with-param name="text" select="'A credit transfer shall name the payment account identifier (BT-84).'"/>
    </xsl:call-template>
    <xsl:call-template name="check">
      <xsl:with-param name="id" select="'OSUVA-CREDIT-NOTE'"/>
      <xsl:with-param name="ok" select="not($credit) or normalize-space(cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID) != ''"/>
      <xsl:with-param name="text" select="'A credit note names the invoice it credits (BT-25).'"/>
    </xsl:call-template>

    <xsl:for-each select="$tax/cac:TaxSubtotal">
      <xsl:variable name="category" select="cac:TaxCategory/cbc:ID"/>
      <xsl:variable name="rate" select="o:dec(cac:TaxCategory/cbc:Percent)"/>
      <xsl:variable name="own" select="$lines[cac:Item/cac:ClassifiedTaxCategory[cbc:ID = $category
          and o:dec(cbc:Percent) = $rate]]"/>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="concat('BR-', $category, '-08')"/>
        <xsl:with-param name="ok" select="o:dec(cbc:TaxableAmount) = o:dec($own/cbc:LineExtensionAmount)"/>
        <xsl:with-param name="text" select="'The VAT category taxable amount (BT-116) = Σ line net amounts of that category and rate.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="concat('BR-', $category, '-09')"/>
        <xsl:with-param name="ok" select="abs(o:dec(cbc:TaxAmount) - o:dec(cbc:TaxableAmount) * $rate div 100) le 1"/>
        <xsl:with-param name="text" select="'The VAT category tax amount (BT-117) = taxable amount × rate.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="concat('BR-', $category, '-05')"/>
        <xsl:with-param name="ok" select="if ($category = 'S') then $rate gt 0
            else if ($category = 'O') then empty(cac:TaxCategory/cbc:Percent) else $rate = 0"/>
        <xsl:with-param name="text" select="'Standard rate above zero; zero-rated, exempt and reverse charge at 0 %.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="concat('BR-', $category, '-10')"/>
        <xsl:with-param name="ok" select="not($category = ('E', 'AE', 'O')) or normalize-space(cac:TaxCategory/cbc:TaxExemptionReason) != ''
            or normalize-space(cac:TaxCategory/cbc:TaxExemptionReasonCode) != ''"/>
        <xsl:with-param name="text" select="'An exempt or reverse-charge VAT breakdown shall give its exemption reason.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-O-02'"/>
        <xsl:with-param name="ok" select="$category != 'O' or empty(($seller, $buyer)/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT'])"/>
        <xsl:with-param name="text" select="'Outside VAT the invoice shall contain neither the Seller nor the Buyer VAT identifier.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-AE-02'"/>
        <xsl:with-param name="ok" select="$category != 'AE' or (exists($seller/cac:PartyTaxScheme/cbc:CompanyID)
            and (exists($buyer/cac:PartyTaxScheme/cbc:CompanyID) or exists($buyer/cac:PartyLegalEntity/cbc:CompanyID)))"/>
        <xsl:with-param name="text" select="'Reverse charge needs the Seller VAT identifier and the Buyer VAT identifier or legal registration identifier.'"/>
      </xsl:call-template>
    </xsl:for-each>

    <xsl:for-each select="$lines">
      <xsl:variable name="quantity" select="o:dec(cbc:InvoicedQuantity | cbc:CreditedQuantity)"/>
      <xsl:variable name="price" select="o:dec(cac:Price/cbc:PriceAmount)"/>
      <xsl:variable name="base" select="if (cac:Price/cbc:BaseQuantity) then o:dec(cac:Price/cbc:BaseQuantity) else 1"/>
      <xsl:variable name="allowances" select="o:dec(cac:AllowanceCharge[cbc:ChargeIndicator = 'false']/cbc:Amount)"/>
      <xsl:variable name="charges" select="o:dec(cac:AllowanceCharge[cbc:ChargeIndicator = 'true']/cbc:Amount)"/>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-21'"/>
        <xsl:with-param name="ok" select="normalize-space(cbc:ID) != ''"/>
        <xsl:with-param name="text" select="'Each Invoice line shall have an Invoice line identifier (BT-126).'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-23'"/>
        <xsl:with-param name="ok" select="matches((cbc:InvoicedQuantity | cbc:CreditedQuantity)/@unitCode, '^[A-Z0-9]{2,3}$')"/>
        <xsl:with-param name="text" select="'An Invoice line shall have an invoiced quantity unit of measure code (BT-130).'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-25'"/>
        <xsl:with-param name="ok" select="normalize-space(cac:Item/cbc:Name) != ''"/>
        <xsl:with-param name="text" select="'Each Invoice line shall contain the Item name (BT-153).'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-27'"/>
        <xsl:with-param name="ok" select="$price ge 0"/>
        <xsl:with-param name="text" select="'The Item net price (BT-146) shall NOT be negative.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'PEPPOL-EN16931-R120'"/>
        <xsl:with-param name="ok" select="abs(o:dec(cbc:LineExtensionAmount)
            - (round($quantity * $price div $base, 2) - $allowances + $charges)) le 0.02"/>
        <xsl:with-param name="text" select="'Invoice line net amount MUST equal quantity × (net price / base quantity) - allowances + charges.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'PEPPOL-EN16931-R040'"/>
        <xsl:with-param name="ok" select="every $a in cac:AllowanceCharge[cbc:MultiplierFactorNumeric and cbc:BaseAmount]
            satisfies abs(o:dec($a/cbc:Amount) - o:dec($a/cbc:BaseAmount) * o:dec($a/cbc:MultiplierFactorNumeric) div 100) le 0.02"/>
        <xsl:with-param name="text" select="'Allowance amount MUST equal base amount × percentage / 100.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-41'"/>
        <xsl:with-param name="ok" select="every $a in cac:AllowanceCharge[cbc:ChargeIndicator = 'false']
            satisfies (normalize-space($a/cbc:AllowanceChargeReason) != '' or normalize-space($a/cbc:AllowanceChargeReasonCode) != '')"/>
        <xsl:with-param name="text" select="'Each line allowance shall have a reason or a reason code.'"/>
      </xsl:call-template>
      <xsl:call-template name="check">
        <xsl:with-param name="id" select="'BR-CO-04'"/>
        <xsl:with-param name="ok" select="cac:Item/cac:ClassifiedTaxCategory/cbc:ID = ('S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M')"/>
        <xsl:with-param name="text" select="'Each Invoice line shall be categorized with an Invoiced item VAT category code (BT-151).'"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>

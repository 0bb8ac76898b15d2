<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate a payment</source>
        <translation>Fördela en betalning</translation>
    </message>
    <message>
        <source>%1 from %2 on %3. The parts must add up to the whole payment.</source>
        <translation>%1 från %2 den %3. Delarna ska tillsammans vara hela betalningen.</translation>
    </message>
    <message>
        <source>Invoice &amp;1</source>
        <translation>Faktura &amp;1</translation>
    </message>
    <message>
        <source>Invoice &amp;2</source>
        <translation>Faktura &amp;2</translation>
    </message>
    <message>
        <source>Invoice &amp;3</source>
        <translation>Faktura &amp;3</translation>
    </message>
    <message>
        <source>A&amp;mount 1 (€)</source>
        <translation>Bel&amp;opp 1 (€)</translation>
    </message>
    <message>
        <source>Amou&amp;nt 2 (€)</source>
        <translation>B&amp;elopp 2 (€)</translation>
    </message>
    <message>
        <source>Amoun&amp;t 3 (€)</source>
        <translation>Be&amp;lopp 3 (€)</translation>
    </message>
    <message>
        <source>%1 %2, open %3</source>
        <translation>%1 %2, öppet %3</translation>
    </message>
    <message>
        <source>%1, open %2</source>
        <translation>%1, öppet %2</translation>
    </message>
    <message>
        <source>&amp;Share fee of</source>
        <translation>&amp;Medlemmens andelsavgift</translation>
    </message>
    <message>
        <source>Share &amp;fee amount (€)</source>
        <translation>Andelsavgiftens &amp;belopp (€)</translation>
    </message>
    <message>
        <source>The parts add up to a different sum than the payment (%1).</source>
        <translation>Delarnas summa är inte betalningens belopp (%1).</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Assignment</source>
        <translation>Arbetsuppdrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Ofakturerat</translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Demo created</source>
        <translation>Demodata skapades</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>User's role</source>
        <translation>Användarens roll</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Earnings limit</source>
        <translation>Inkomstgräns</translation>
    </message>
    <message>
        <source>Work-ability notes</source>
        <translation>Anteckningar om arbetsförmåga</translation>
    </message>
    <message>
        <source>Support network contact</source>
        <translation>Kontaktperson i stödnätverket</translation>
    </message>
    <message>
        <source>Share subscription</source>
        <translation>Andelsteckning</translation>
    </message>
    <message>
        <source>Share fee installment</source>
        <translation>Rat av andelsavgift</translation>
    </message>
    <message>
        <source>Share fee payment</source>
        <translation>Betalning av andelsavgift</translation>
    </message>
    <message>
        <source>Share fee refund</source>
        <translation>Återbetalning av andelsavgift</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translation>Arbetsuppdrag</translation>
    </message>
    <message>
        <source>Work entry</source>
        <translation>Arbetsregistrering</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Coachningstillfälle</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Uppföljning av plan</translation>
    </message>
    <message>
        <source>Questionnaire statement</source>
        <translation>Påstående i enkäten</translation>
    </message>
    <message>
        <source>Participation measurement</source>
        <translation>Delaktighetsmätning</translation>
    </message>
    <message>
        <source>Participation answer</source>
        <translation>Delaktighetssvar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Fakturarad</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Andelslag</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Fakturaserie</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Reference rate</source>
        <translation>Referensränta</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Prislista</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Rad i prislistan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Medlem tillagd</translation>
    </message>
    <message>
        <source>Member edited</source>
        <translation>Medlem redigerad</translation>
    </message>
    <message>
        <source>Application deleted</source>
        <translation>Ansökan raderad</translation>
    </message>
    <message>
        <source>Accepted as member</source>
        <translation>Godkänd som medlem</translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation>Ansökan avslagen</translation>
    </message>
    <message>
        <source>Notice of resignation</source>
        <translation>Utträdesanmälan</translation>
    </message>
    <message>
        <source>Membership ended</source>
        <translation>Medlemskapet upphörde</translation>
    </message>
    <message>
        <source>Share fee paid back</source>
        <translation>Andelsavgiften återbetald</translation>
    </message>
    <message>
        <source>Shares subscribed</source>
        <translation>Andelar tecknade</translation>
    </message>
    <message>
        <source>Wage deduction consent</source>
        <translation>Samtycke till löneavdrag</translation>
    </message>
    <message>
        <source>Wage deductions recorded</source>
        <translation>Löneavdrag registrerade</translation>
    </message>
    <message>
        <source>Member import</source>
        <translation>Import av medlemmar</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Inställningarna ändrade</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Användare tillagd</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Användare ändrad</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Lösenordet bytt</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eget lösenord bytt</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>town</source>
        <translation>postanstalt</translation>
    </message>
    <message>
        <source>home municipality</source>
        <translation>hemkommun</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>medlemsnummer</translation>
    </message>
    <message>
        <source>member</source>
        <translation>medlem</translation>
    </message>
    <message>
        <source>applied on</source>
        <translation>ansökningsdag</translation>
    </message>
    <message>
        <source>accepted on</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>board decision</source>
        <translation>styrelsens beslut</translation>
    </message>
    <message>
        <source>notice given on</source>
        <translation>utträdesanmälan</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>utträtt</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>orsak till utträde</translation>
    </message>
    <message>
        <source>note on leaving</source>
        <translation>anteckning om utträde</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>hänvisad av</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>förmån</translation>
    </message>
    <message>
        <source>monthly earnings limit</source>
        <translation>inkomstgräns per månad</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>andelar</translation>
    </message>
    <message>
        <source>price per share</source>
        <translation>pris per andel</translation>
    </message>
    <message>
        <source>subscribed on</source>
        <translation>tecknat</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>belopp</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>betalt</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>förfallodag</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>betalningssätt</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <source>wage month</source>
        <translation>lönemånad</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>fullständigt namn</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>share price</source>
        <translation>andelens pris</translation>
    </message>
    <message>
        <source>name for search</source>
        <translation>namn för sökning</translation>
    </message>
    <message>
        <source>first name for search</source>
        <translation>förnamn för sökning</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Ändrade fält</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Vad som helst</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Vilken som helst</translation>
    </message>
    <message>
        <source>any</source>
        <translation>vilket som helst</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Vem:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Va&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Clear filter&amp;s</source>
        <translation>&amp;Rensa filtren</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Händelseloggens poster</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Uppgifter om den valda posten</translation>
    </message>
    <message>
        <source>Write the dates like 22.11.2026, or leave them empty.</source>
        <translation>Skriv datumen som 22.11.2026 eller lämna dem tomma.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 %4</source>
        <translation>%1 — %2 — %3 %4</translation>
    </message>
    <message>
        <source>Personal data (shown to the administrator only):</source>
        <translation>Personuppgifter (visas endast för administratören):</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Raderade av dataskyddsskäl.</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>Settles invoice %1</source>
        <translation>Betalar fakturan %1</translation>
    </message>
    <message>
        <source>Share fee of %1</source>
        <translation>Andelsavgift: %1</translation>
    </message>
    <message>
        <source>Suggestion to confirm: invoice %1</source>
        <translation>Förslag att bekräfta: faktura %1</translation>
    </message>
    <message>
        <source>Unmatched: allocate by hand</source>
        <translation>Ej avstämd: fördela för hand</translation>
    </message>
    <message>
        <source>Reversal: undoes the payment %1</source>
        <translation>Återföring: upphäver betalningen %1</translation>
    </message>
    <message>
        <source>Refused: not in euros</source>
        <translation>Avvisad: inte i euro</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Redan importerad</translation>
    </message>
    <message>
        <source>Outgoing: listed only</source>
        <translation>Utgående: endast listad</translation>
    </message>
    <message>
        <source>partial payment, %1 stays open</source>
        <translation>delbetalning, %1 förblir öppet</translation>
    </message>
    <message>
        <source>overpayment of %1</source>
        <translation>överbetalning %1</translation>
    </message>
    <message>
        <source>paid before the invoice date</source>
        <translation>betald före fakturadatumet</translation>
    </message>
    <message>
        <source>unknown reference</source>
        <translation>okänt referensnummer</translation>
    </message>
    <message>
        <source>a former member: decide by hand</source>
        <translation>tidigare medlem: avgör för hand</translation>
    </message>
    <message>
        <source>the reversed payment is not in Osuva</source>
        <translation>den återförda betalningen finns inte i Osuva</translation>
    </message>
    <message>
        <source>the entry has no booking date</source>
        <translation>händelsen saknar bokföringsdag</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is too large for a bank statement.</source>
        <translation>Filen är för stor för ett kontoutdrag.</translation>
    </message>
    <message>
        <source>The file is not complete XML: it may have been cut short while downloading, or it is not a bank statement at all. Download the statement again.</source>
        <translation>Filen är inte en hel XML-fil: den kan ha avbrutits vid nedladdningen, eller så är den inget kontoutdrag. Ladda ned kontoutdraget på nytt.</translation>
    </message>
    <message>
        <source>The file is not a bank statement in the ISO 20022 format (camt.053 or camt.054). Ask your bank for the XML account statement.</source>
        <translation>Filen är inget kontoutdrag i ISO 20022-format (camt.053 eller camt.054). Be banken om kontoutdraget i XML-format.</translation>
    </message>
    <message>
        <source>The file has a value Osuva cannot read (%1). Nothing was booked.</source>
        <translation>Filen har ett värde som Osuva inte kan läsa (%1). Ingenting bokfördes.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import a bank statement</source>
        <translation>Importera kontoutdrag</translation>
    </message>
    <message>
        <source>Choose the account statement your bank gives as an XML file (camt.053 or camt.054). Payments with a known reference settle their invoice or share fee; others wait in the list of unmatched payments. Nothing is booked before you accept the preview, and a statement imported before adds nothing.</source>
        <translation>Välj kontoutdraget som banken ger som XML-fil (camt.053 eller camt.054). Betalningar med ett känt referensnummer betalar sin faktura eller andelsavgift; övriga väntar i listan över ej avstämda betalningar. Ingenting bokförs innan du godkänner förhandsvisningen, och ett kontoutdrag som redan importerats lägger inte till något.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Entries of the statement</source>
        <translation>Kontoutdragets händelser</translation>
    </message>
    <message>
        <source>&amp;Book payments</source>
        <translation>&amp;Bokför betalningarna</translation>
    </message>
    <message>
        <source>Choose the bank statement</source>
        <translation>Välj kontoutdraget</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.XML *.xt *.txt *.NDCAMT53L);;All files (*)</source>
        <translation>Kontoutdrag (*.xml *.XML *.xt *.txt *.NDCAMT53L);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n payment(s)</source>
        <translation>
            <numerusform>&amp;Bokför %n betalning</numerusform>
            <numerusform>&amp;Bokför %n betalningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the statement.</source>
        <translation>
            <numerusform>Kontoutdraget har %n händelse.</numerusform>
            <numerusform>Kontoutdraget har %n händelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settle an invoice or a share fee.</source>
        <translation>
            <numerusform>%n betalar en faktura eller andelsavgift.</numerusform>
            <numerusform>%n betalar en faktura eller andelsavgift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait for you in the unmatched payments.</source>
        <translation>
            <numerusform>%n väntar bland de ej avstämda betalningarna.</numerusform>
            <numerusform>%n väntar bland de ej avstämda betalningarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in another currency are not booked.</source>
        <translation>
            <numerusform>%n i annan valuta bokförs inte.</numerusform>
            <numerusform>%n i annan valuta bokförs inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were imported before.</source>
        <translation>
            <numerusform>%n har importerats tidigare.</numerusform>
            <numerusform>%n har importerats tidigare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total booked: %1.</source>
        <translation>Bokförs sammanlagt %1.</translation>
    </message>
    <message>
        <source>Note: the statement is for another account than the cooperative's.</source>
        <translation>Obs: kontoutdraget gäller ett annat konto än andelslagets.</translation>
    </message>
    <message numerus="yes">
        <source>Booking %n payment(s)…</source>
        <translation>
            <numerusform>Bokför %n betalning…</numerusform>
            <numerusform>Bokför %n betalningar…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password of %1</source>
        <translation>Byt lösenord för %1</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Det nya lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Nuvarande lösenord</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>N&amp;ytt lösenord</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>Nytt lösenord &amp;igen</translation>
    </message>
</context>
<context>
    <name>CoachingTab</name>
    <message>
        <source>Coaching sessions</source>
        <translation>Coachningstillfällen</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Open an Osuva database</source>
        <translation>Öppna en Osuva-databas</translation>
    </message>
    <message>
        <source>New cooperative: choose where to save it</source>
        <translation>Nytt andelslag: välj var det sparas</translation>
    </message>
    <message>
        <source>New cooperative</source>
        <translation>Nytt andelslag</translation>
    </message>
    <message>
        <source>That file already holds a cooperative. Choose another file name.</source>
        <translation>Filen innehåller redan ett andelslag. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Säkerhetskopian sparades: %1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Databasen säkerhetskopieras…</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>%1 is empty, so it is not an Osuva database. Nothing was changed. To start a new cooperative, choose File → New cooperative.</source>
        <translation>%1 är tom och är därför ingen Osuva-databas. Ingenting ändrades. Välj Arkiv → Nytt andelslag för att starta ett nytt andelslag.</translation>
    </message>
    <message>
        <source>%1 is read-only: Osuva must be able to save to the file and to its folder. Copy the file to a folder you can save in, or ask for write access. The file was not changed.</source>
        <translation>%1 är skrivskyddad: Osuva måste kunna spara i filen och i dess mapp. Kopiera filen till en mapp där du kan spara, eller be om skrivbehörighet. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that the drive is connected and that you may open the folder.</source>
        <translation>%1 kan inte läsas. Kontrollera att enheten är ansluten och att du har rätt att öppna mappen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a database file or server address that Osuva can open.</source>
        <translation>%1 är inte en databasfil eller serveradress som Osuva kan öppna.</translation>
    </message>
    <message>
        <source>%1 is not an Osuva database. The file was not changed.</source>
        <translation>%1 är inte en Osuva-databas. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened. The file was not changed. Restore it from a backup or ask for help.</source>
        <translation>%1 är skadad och öppnades inte. Filen ändrades inte. Återställ den från en säkerhetskopia eller be om hjälp.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Osuva (database version %2; this Osuva knows versions up to %3). Update Osuva to open it. The file was not changed.</source>
        <translation>%1 har sparats med en nyare version av Osuva (databasversion %2; denna Osuva känner till versioner upp till %3). Uppdatera Osuva för att öppna den. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>A database cannot be created at %1. Choose a folder you can save files in.</source>
        <translation>En databas kan inte skapas i %1. Välj en mapp där du kan spara filer.</translation>
    </message>
    <message>
        <source>Could not connect to the database %1.</source>
        <translation>Det gick inte att ansluta till databasen %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The backup was cancelled. No backup file was written.</source>
        <translation>Säkerhetskopieringen avbröts. Ingen säkerhetskopia skrevs.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1, and no backup file was left there. Check that the folder exists and that you can save files in it.</source>
        <translation>Säkerhetskopian kunde inte skrivas till %1, och ingen säkerhetskopia lämnades kvar där. Kontrollera att mappen finns och att du kan spara filer i den.</translation>
    </message>
    <message>
        <source>Osuva backs up database files only. Back up a server database with the server's own tools.</source>
        <translation>Osuva säkerhetskopierar bara databasfiler. Säkerhetskopiera en serverdatabas med serverns egna verktyg.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Membership and share certificate</source>
        <translation>Medlems- och andelsintyg</translation>
    </message>
    <message>
        <source>Share fee statement</source>
        <translation>Specifikation av andelsavgift</translation>
    </message>
    <message>
        <source>Register of members and shares (public part)</source>
        <translation>Medlems- och andelsförteckning (offentlig del)</translation>
    </message>
    <message>
        <source>Register of members and shares (for the board)</source>
        <translation>Medlems- och andelsförteckning (för styrelsen)</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Medlem:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokumentets &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>The check digit does not match: check the business ID (e.g. 1572860-0).</source>
        <translation>Kontrollsiffran stämmer inte: kontrollera FO-numret (t.ex. 1572860-0).</translation>
    </message>
    <message>
        <source>A business ID has seven digits, a hyphen and a check digit (1572860-0).</source>
        <translation>Ett FO-nummer har sju siffror, ett bindestreck och en kontrollsiffra (1572860-0).</translation>
    </message>
    <message>
        <source>The IBAN's check digits do not match: check for a typing mistake.</source>
        <translation>IBAN-numrets kontrollsiffror stämmer inte: kontrollera om det finns skrivfel.</translation>
    </message>
    <message>
        <source>The IBAN has the wrong length (a Finnish IBAN has 18 characters).</source>
        <translation>IBAN-numret har fel längd (ett finländskt IBAN har 18 tecken).</translation>
    </message>
    <message>
        <source>This is not an IBAN. A Finnish IBAN starts with FI and 16 digits.</source>
        <translation>Detta är inte ett IBAN. Ett finländskt IBAN börjar med FI följt av 16 siffror.</translation>
    </message>
    <message>
        <source>Check the email address (for example name@example.fi).</source>
        <translation>Kontrollera e-postadressen (till exempel namn@exempel.fi).</translation>
    </message>
    <message>
        <source>A Finnish postal code has five digits, for example 06100.</source>
        <translation>Ett finländskt postnummer har fem siffror, till exempel 06100.</translation>
    </message>
    <message>
        <source>The payment term is 0 to 365 days.</source>
        <translation>Betalningstiden är 0–365 dagar.</translation>
    </message>
    <message>
        <source>Another member already has this identity code.</source>
        <translation>En annan medlem har redan denna personbeteckning.</translation>
    </message>
    <message>
        <source>The check character does not match: check the identity code.</source>
        <translation>Kontrolltecknet stämmer inte: kontrollera personbeteckningen.</translation>
    </message>
    <message>
        <source>The identity code does not start with a valid birth date (DDMMYY).</source>
        <translation>Personbeteckningen börjar inte med ett giltigt födelsedatum (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>An identity code looks like 131052-308T (DDMMYY, a century sign, three digits and a check character).</source>
        <translation>En personbeteckning ser ut som 131052-308T (DDMMÅÅ, ett skiljetecken, tre siffror och ett kontrolltecken).</translation>
    </message>
    <message>
        <source>An identity code has 11 characters, for example 131052-308T.</source>
        <translation>En personbeteckning har 11 tecken, till exempel 131052-308T.</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the identity code.</source>
        <translation>Födelsedatumet avviker från det i personbeteckningen.</translation>
    </message>
    <message>
        <source>Write the phone number with digits, for example 040 123 4567.</source>
        <translation>Skriv telefonnumret med siffror, till exempel 040 123 4567.</translation>
    </message>
    <message>
        <source>The application date cannot be after the acceptance date.</source>
        <translation>Ansökningsdatumet kan inte vara efter godkännandet.</translation>
    </message>
    <message>
        <source>The member cannot be accepted before applying.</source>
        <translation>Medlemmen kan inte godkännas före ansökan.</translation>
    </message>
    <message>
        <source>The date is before the member joined.</source>
        <translation>Datumet är före medlemmens inträde.</translation>
    </message>
    <message>
        <source>The rules do not allow a member this many shares.</source>
        <translation>Stadgarna tillåter inte så många andelar för en medlem.</translation>
    </message>
    <message>
        <source>Deduction from wages needs the member's written consent. Record it first with Wage deduction consent.</source>
        <translation>Avdrag från lön kräver medlemmens skriftliga samtycke. Registrera det först under Samtycke till löneavdrag.</translation>
    </message>
    <message>
        <source>The amount is larger than the open share fee.</source>
        <translation>Beloppet är större än den obetalda andelsavgiften.</translation>
    </message>
    <message>
        <source>Write the day and month the financial year ends, for example 31.12.</source>
        <translation>Skriv dagen och månaden då räkenskapsperioden slutar, till exempel 31.12.</translation>
    </message>
    <message>
        <source>There is no such day. Write it like 31.12. or 30.6.</source>
        <translation>Den dagen finns inte. Skriv till exempel 31.12. eller 30.6.</translation>
    </message>
    <message>
        <source>This database already has a cooperative.</source>
        <translation>Den här databasen har redan ett andelslag.</translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation>Det här användarnamnet används redan.</translation>
    </message>
    <message>
        <source>Write a user name without spaces.</source>
        <translation>Skriv ett användarnamn utan mellanslag.</translation>
    </message>
    <message>
        <source>Write the person's full name.</source>
        <translation>Skriv personens fullständiga namn.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Välj minst en roll.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Använd minst 8 tecken.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>Only an administrator can enter or change an identity code.</source>
        <translation>Endast en administratör kan föra in eller ändra en personbeteckning.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>The check digit does not match.</source>
        <translation>Kontrolltecknet stämmer inte.</translation>
    </message>
    <message>
        <source>The length is wrong.</source>
        <translation>Längden är fel.</translation>
    </message>
    <message>
        <source>The format is wrong.</source>
        <translation>Formatet är fel.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>Datumet är ogiltigt.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Write a number, for example 50,00.</source>
        <translation>Skriv ett tal, till exempel 50,00.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 14.</source>
        <translation>Skriv ett heltal, till exempel 14.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>This is already in the register.</source>
        <translation>Detta finns redan i registret.</translation>
    </message>
    <message>
        <source>Write a number greater than zero.</source>
        <translation>Skriv ett tal större än noll.</translation>
    </message>
    <message>
        <source>The value is not one Osuva knows.</source>
        <translation>Osuva känner inte till detta värde.</translation>
    </message>
    <message>
        <source>Former members cannot be imported; add them by hand.</source>
        <translation>Tidigare medlemmar kan inte importeras; lägg till dem för hand.</translation>
    </message>
    <message>
        <source>This member number is already in use.</source>
        <translation>Medlemsnumret används redan.</translation>
    </message>
    <message>
        <source>A payment needs a number of shares.</source>
        <translation>En betalning kräver ett antal andelar.</translation>
    </message>
    <message>
        <source>More was paid than the shares cost.</source>
        <translation>Mer har betalats än andelarna kostar.</translation>
    </message>
    <message>
        <source>The row has more cells than there are columns.</source>
        <translation>Raden har fler celler än det finns kolumner.</translation>
    </message>
    <message>
        <source>The date is before the application date.</source>
        <translation>Datumet är före ansökningsdatumet.</translation>
    </message>
    <message>
        <source>The values contradict each other.</source>
        <translation>Värdena motsäger varandra.</translation>
    </message>
    <message>
        <source>The rules do not allow this many.</source>
        <translation>Stadgarna tillåter inte så många.</translation>
    </message>
    <message>
        <source>The number is outside the allowed range.</source>
        <translation>Talet ligger utanför det tillåtna intervallet.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Ownership and unemployment security</source>
        <translation>Ägande och utkomstskydd för arbetslösa</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under the Unemployment Security Act (1290/2002, chapter 1, section 6) a member who, in a leading position, owns at least 15 % of a cooperative's shares or votes, or at least 30 % together with family members, counts as an entrepreneur. An entrepreneur's right to unemployment benefit is assessed differently.&lt;/p&gt;&lt;p&gt;With at least seven members with equal shares and votes nobody reaches 15 %. That is why Osuva warns when the cooperative has fewer than 7 working members or when one member's share of the shares or votes reaches 15 %.&lt;/p&gt;&lt;p&gt;Osuva only warns. Ask the unemployment fund or the TE services how the rule applies to a particular member.&lt;/p&gt;&lt;p&gt;Sources: Unemployment Security Act 1290/2002, 1:6 (finlex.fi); Pellervo, guide for founders of cooperatives (pellervo.fi).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enligt lagen om utkomstskydd för arbetslösa (1290/2002) 1 kap. 6 § räknas en medlem som i ledande ställning äger minst 15 % av andelslagets andelar eller röster, eller tillsammans med familjemedlemmar minst 30 %, som företagare. En företagares rätt till arbetslöshetsförmån bedöms på annat sätt.&lt;/p&gt;&lt;p&gt;Med minst sju medlemmar med lika stora andelar och röster når ingen 15 %. Därför varnar Osuva när andelslaget har färre än 7 arbetande medlemmar eller när en medlems andel av andelarna eller rösterna når 15 %.&lt;/p&gt;&lt;p&gt;Osuva bara varnar. Fråga arbetslöshetskassan eller TE-tjänsterna hur regeln gäller en enskild medlem.&lt;/p&gt;&lt;p&gt;Källor: lagen om utkomstskydd för arbetslösa 1290/2002, 1:6 (finlex.fi); Pellervo, guide för grundare av andelslag (pellervo.fi).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from a spreadsheet</source>
        <translation>Importera medlemmar från ett kalkylark</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook with one member per row and the column names on the first row (for example Etunimi, Sukunimi, Lähiosoite, Postinumero, Liittymispäivä, Osuudet). Nothing is saved before you accept the preview.</source>
        <translation>Välj en CSV-fil eller en Excel-arbetsbok med en medlem per rad och kolumnnamnen på första raden (till exempel Förnamn, Efternamn, Gatuadress, Postnummer, Inträde, Andelar). Inget sparas innan du godkänner förhandsvisningen.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>Import the rows without problems and &amp;skip the others</source>
        <translation>Importera raderna utan problem och &amp;hoppa över de andra</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose the member list</source>
        <translation>Välj medlemsförteckningen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Kalkylark (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Filen läses…</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n row(s).</source>
        <translation>
            <numerusform>Filen har %n rad.</numerusform>
            <numerusform>Filen har %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported.</source>
        <translation>
            <numerusform>%n kan importeras.</numerusform>
            <numerusform>%n kan importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems.</source>
        <translation>
            <numerusform>%n rad har problem.</numerusform>
            <numerusform>%n rader har problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are already in the register or twice in the file.</source>
        <translation>
            <numerusform>Av dem finns %n redan i registret eller två gånger i filen.</numerusform>
            <numerusform>Av dem finns %n redan i registret eller två gånger i filen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n member(s)</source>
        <translation>
            <numerusform>&amp;Importera %n medlem</numerusform>
            <numerusform>&amp;Importera %n medlemmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n member(s)…</source>
        <translation>
            <numerusform>Importerar %n medlem…</numerusform>
            <numerusform>Importerar %n medlemmar…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>town</source>
        <translation>postanstalt</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>hemkommun</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>kind of member</source>
        <translation>medlemstyp</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>application date</source>
        <translation>ansökningsdatum</translation>
    </message>
    <message>
        <source>joining date</source>
        <translation>inträdesdatum</translation>
    </message>
    <message>
        <source>leaving date</source>
        <translation>utträdesdatum</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>medlemsnummer</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>andelar</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betalt</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolumner</translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <source>same person as on row %1</source>
        <translation>samma person som på rad %1</translation>
    </message>
    <message>
        <source>member no. %1, %2</source>
        <translation>medlem nr %1, %2</translation>
    </message>
    <message>
        <source>%1 in the register: %2</source>
        <translation>%1 i registret: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Medlemsnr</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>I ordning</translation>
    </message>
</context>
<context>
    <name>InstallmentModel</name>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Obetalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InvoicingTab</name>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Working member</source>
        <translation>Arbetande medlem</translation>
    </message>
    <message>
        <source>Supporting member</source>
        <translation>Stödmedlem</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Employment services (TE)</source>
        <translation>Sysselsättningstjänster (TE)</translation>
    </message>
    <message>
        <source>Municipal social services</source>
        <translation>Kommunens socialtjänst</translation>
    </message>
    <message>
        <source>Mental health services</source>
        <translation>Mentalvårdstjänster</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>Handikappservice</translation>
    </message>
    <message>
        <source>Parish</source>
        <translation>Församling</translation>
    </message>
    <message>
        <source>Friend or acquaintance</source>
        <translation>Vän eller bekant</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>Ingen förmån</translation>
    </message>
    <message>
        <source>Adjusted unemployment benefit</source>
        <translation>Jämkad arbetslöshetsförmån</translation>
    </message>
    <message>
        <source>Disability pension (earnings-related)</source>
        <translation>Invalidpension (arbetspension)</translation>
    </message>
    <message>
        <source>Disability pension (Kela)</source>
        <translation>Sjukpension (FPA)</translation>
    </message>
    <message>
        <source>Rehabilitation subsidy</source>
        <translation>Rehabiliteringsstöd</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Annan förmån</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Utträde</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Uteslutning</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Dödsfall</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Additional share</source>
        <translation>Tilläggsandel</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Kontoöverföring</translation>
    </message>
    <message>
        <source>Deduction from wages</source>
        <translation>Avdrag från lön</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Tidigare medlem</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Inte godkänd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Gruppträff</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Individuell coachning</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infotillfälle</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delvis betald</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Subscribed</source>
        <translation>Tecknat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetalt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Osuva — %1</source>
        <translation>Osuva — %1</translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation>Huvudavsnitt</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmar</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>A&amp;rbetsuppdrag</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Coachning</translation>
    </message>
    <message>
        <source>&amp;Invoicing</source>
        <translation>Fa&amp;kturering</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Inloggad: %1</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Inloggad användare</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Databas som används</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New cooperative…</source>
        <translation>&amp;Nytt andelslag…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>Använda&amp;re…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Händelselogg…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Byt mitt &amp;lösenord…</translation>
    </message>
    <message>
        <source>Sign out %1 / s&amp;witch user</source>
        <translation>Logga &amp;ut %1 / byt användare</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>St&amp;örre text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal textstorlek</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Ownership and unemployment security</source>
        <translation>&amp;Ägande och utkomstskydd</translation>
    </message>
    <message>
        <source>&amp;About Osuva</source>
        <translation>&amp;Om Osuva</translation>
    </message>
    <message>
        <source>⚠ Ownership warnings: %1 (see the Members tab)</source>
        <translation>⚠ Ägarvarningar: %1 (se fliken Medlemmar)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Osuva %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Member register, work, coaching and invoicing for supported work cooperatives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Osuva %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Medlemsregister, arbetsuppdrag, coachning och fakturering för stödda arbetsandelslag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Osuva</source>
        <translation>Om Osuva</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Redigera medlem</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lägg till medlem</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>Personal identity &amp;code</source>
        <translation>&amp;Personbeteckning</translation>
    </message>
    <message>
        <source>Only an administrator can see or change the identity code.</source>
        <translation>Endast en administratör kan se eller ändra personbeteckningen.</translation>
    </message>
    <message>
        <source>Optional. Birth date and gender are taken from it when given.</source>
        <translation>Frivillig. Födelsedatum och kön tas från den om den anges.</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Fö&amp;delsedatum</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Post&amp;anstalt</translation>
    </message>
    <message>
        <source>Municipalit&amp;y of residence</source>
        <translation>&amp;Hemkommun</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-p&amp;ost</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>&amp;Kind of member</source>
        <translation>&amp;Medlemstyp</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>Ansökan &amp;inlämnad</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Remitterad av</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Förmåner</translation>
    </message>
    <message>
        <source>Be&amp;nefit</source>
        <translation>F&amp;örmån</translation>
    </message>
    <message>
        <source>Monthly earnings lim&amp;it (€)</source>
        <translation>Inkomstgr&amp;äns per månad (€)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>&amp;Data processing</source>
        <translation>Behandling av uppgifter</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>Fotografier</translation>
    </message>
    <message>
        <source>Contact for ne&amp;ws</source>
        <translation>Kontakt och nyhetsbrev</translation>
    </message>
    <message>
        <source>Consents given</source>
        <translation>Givna samtycken</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ante&amp;ckningar</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Ändrat under tiden: %1</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Inträde</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Andelar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Open share fee</source>
        <translation>Obetald andelsavgift</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Återbetalning förfaller</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Nuvarande medlemmar</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Tidigare medlemmar</translation>
    </message>
    <message>
        <source>Supporting members</source>
        <translation>Stödmedlemmar</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Lägg &amp;till medlem…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Re&amp;digera…</translation>
    </message>
    <message>
        <source>Mem&amp;bership</source>
        <translation>Medlemska&amp;p</translation>
    </message>
    <message>
        <source>&amp;Accept as member…</source>
        <translation>&amp;Godkänn som medlem…</translation>
    </message>
    <message>
        <source>Record &amp;notice of resignation…</source>
        <translation>Registrera &amp;utträdesanmälan…</translation>
    </message>
    <message>
        <source>&amp;End membership…</source>
        <translation>&amp;Avsluta medlemskapet…</translation>
    </message>
    <message>
        <source>Share fee &amp;paid back…</source>
        <translation>Andelsavgiften åter&amp;betald…</translation>
    </message>
    <message>
        <source>&amp;Reject application…</source>
        <translation>Av&amp;slå ansökan…</translation>
    </message>
    <message>
        <source>&amp;Delete application…</source>
        <translation>&amp;Radera ansökan…</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>Sha&amp;res…</source>
        <translation>A&amp;ndelar…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Dok&amp;ument</translation>
    </message>
    <message>
        <source>Membership and share &amp;certificate…</source>
        <translation>Medlems- och andels&amp;intyg…</translation>
    </message>
    <message>
        <source>Share fee &amp;statement…</source>
        <translation>&amp;Specifikation av andelsavgift…</translation>
    </message>
    <message>
        <source>Member &amp;register for the board…</source>
        <translation>Medlemsförteckning för st&amp;yrelsen…</translation>
    </message>
    <message>
        <source>&amp;Public member register…</source>
        <translation>&amp;Offentlig medlemsförteckning…</translation>
    </message>
    <message>
        <source>S&amp;preadsheet</source>
        <translation>Kalk&amp;ylark</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Importera medlemmar…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Exportera förteckningen…</translation>
    </message>
    <message>
        <source>Wa&amp;ge deductions…</source>
        <translation>&amp;Löneavdrag…</translation>
    </message>
    <message>
        <source>Member register</source>
        <translation>Medlemsförteckning</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were imported.</source>
        <translation>
            <numerusform>%n medlem importerades.</numerusform>
            <numerusform>%n medlemmar importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were written to %1.</source>
        <translation>
            <numerusform>%n medlem skrevs till %1.</numerusform>
            <numerusform>%n medlemmar skrevs till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>Exportera medlemsförteckningen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <source>Accept as member</source>
        <translation>Godkänn som medlem</translation>
    </message>
    <message>
        <source>The board accepts %1 as a member. The next member number is given.</source>
        <translation>Styrelsen godkänner %1 som medlem. Hen får nästa medlemsnummer.</translation>
    </message>
    <message>
        <source>&amp;Accepted on</source>
        <translation>&amp;Godkänd den</translation>
    </message>
    <message>
        <source>Board &amp;decision</source>
        <translation>Styrelsens &amp;beslut</translation>
    </message>
    <message>
        <source>e.g. board meeting 3/2026, § 5</source>
        <translation>t.ex. styrelsemöte 3/2026, § 5</translation>
    </message>
    <message>
        <source>Notice of resignation</source>
        <translation>Utträdesanmälan</translation>
    </message>
    <message>
        <source>Record the written notice of %1. End the membership when the notice takes effect.</source>
        <translation>Registrera den skriftliga utträdesanmälan av %1. Avsluta medlemskapet när utträdet träder i kraft.</translation>
    </message>
    <message>
        <source>&amp;Notice received on</source>
        <translation>Anmälan &amp;mottagen</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>Avsluta medlemskapet</translation>
    </message>
    <message>
        <source>The membership of %1 ends. The paid share fee is refunded one year after the end of the financial year; the register keeps the person until then.</source>
        <translation>Medlemskapet för %1 upphör. Den inbetalda andelsavgiften återbetalas ett år efter räkenskapsperiodens slut; personen står kvar i förteckningen tills dess.</translation>
    </message>
    <message>
        <source>Membership &amp;ends on</source>
        <translation>Medlemskapet &amp;upphör</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>E&amp;xplanation (required for expulsion)</source>
        <translation>&amp;Förklaring (obligatorisk vid uteslutning)</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Avslå ansökan</translation>
    </message>
    <message>
        <source>The board did not accept %1 as a member.</source>
        <translation>Styrelsen godkände inte %1 som medlem.</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Beslutat den</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>Share fee paid back</source>
        <translation>Andelsavgiften återbetald</translation>
    </message>
    <message>
        <source>Record that the share fee was paid back to %1. After this the person leaves the member register.</source>
        <translation>Registrera att andelsavgiften har återbetalats till %1. Därefter lämnar personen medlemsförteckningen.</translation>
    </message>
    <message>
        <source>&amp;Paid back on</source>
        <translation>Åter&amp;betald den</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Radera ansökan</translation>
    </message>
    <message>
        <source>Delete the application of %1? Use this only for an application entered by mistake. This cannot be undone.</source>
        <translation>Radera ansökan av %1? Använd detta bara för en ansökan som registrerats av misstag. Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>NewCooperativeDialog</name>
    <message>
        <source>New cooperative</source>
        <translation>Nytt andelslag</translation>
    </message>
    <message>
        <source>&amp;Name of the cooperative</source>
        <translation>Andelslagets &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Business ID (Y-tunnus)</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Post&amp;anstalt</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>BI&amp;C (optional)</source>
        <translation>BI&amp;C (frivilligt)</translation>
    </message>
    <message>
        <source>Sha&amp;re price (€)</source>
        <translation>Andelens p&amp;ris (€)</translation>
    </message>
    <message>
        <source>You, the first administrator</source>
        <translation>Du, den första administratören</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Ditt fullständiga na&amp;mn</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Anv&amp;ändarnamn</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Lösenordet ig&amp;en</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Your user account does not have the right to do this. Nothing was saved. Ask the administrator if you need it.</source>
        <translation>Ditt användarkonto har inte rätt att göra detta. Ingenting sparades. Be administratören om du behöver det.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it. Nothing was saved; your entries are still in the form. Check the changes and save again.</source>
        <translation>Någon annan ändrade detta medan du redigerade det. Ingenting sparades; dina uppgifter finns kvar i formuläret. Kontrollera ändringarna och spara igen.</translation>
    </message>
    <message>
        <source>The database is busy with another user's change. Nothing was saved; try again.</source>
        <translation>Databasen behandlar en annan användares ändring. Ingenting sparades; försök igen.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Nothing was saved; try again.</source>
        <translation>Någon annan ändrade samma uppgifter samtidigt. Ingenting sparades; försök igen.</translation>
    </message>
    <message>
        <source>Something unexpected happened and the action was not completed. Whatever it was about to save was not saved. If this happens again, send the details to your support person.</source>
        <translation>Något oväntat hände och åtgärden slutfördes inte. Ingenting sparades. Om detta händer igen, skicka detaljerna till din stödperson.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Inte slutfört</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagar försenad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Next reminder from</source>
        <translation>Nästa tidigast</translation>
    </message>
</context>
<context>
    <name>OwnershipWarnings</name>
    <message>
        <source>%1 holds %2 % of the shares and %3 % of the votes. From 15 % a member in a leading position counts as an entrepreneur for unemployment security.</source>
        <translation>%1 har %2 % av andelarna och %3 % av rösterna. Från 15 % räknas en medlem i ledande ställning som företagare i utkomstskyddet för arbetslösa.</translation>
    </message>
    <message numerus="yes">
        <source>The cooperative has %n working member(s), fewer than 7. Members may then count as entrepreneurs for unemployment security.</source>
        <translation>
            <numerusform>Andelslaget har %n arbetande medlem, färre än 7. Medlemmarna kan då räknas som företagare i utkomstskyddet för arbetslösa.</numerusform>
            <numerusform>Andelslaget har %n arbetande medlemmar, färre än 7. Medlemmarna kan då räknas som företagare i utkomstskyddet för arbetslösa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…och %n till.</numerusform>
            <numerusform>…och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: Unemployment Security Act 1:6, as explained in Pellervo's guide for founders of cooperatives.</source>
        <translation>Källa: lagen om utkomstskydd för arbetslösa 1:6 enligt Pellervos guide för grundare av andelslag.</translation>
    </message>
    <message>
        <source>Why does this matter?</source>
        <translation>Varför spelar detta roll?</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF-filen skapas…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>PDF-filen sparades.</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Reference rate</source>
        <translation>Referensränta</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Reference rates</source>
        <translation>Referensräntor</translation>
    </message>
    <message>
        <source>Suomen Pankki publishes the reference rate for each half-year (from 1 January and 1 July). Late interest is the reference rate plus 7 percentage points, or 8 between businesses.</source>
        <translation>Finlands Bank publicerar referensräntan för varje halvår (från 1 januari och 1 juli). Dröjsmålsräntan är referensräntan plus 7 procentenheter, mellan företag 8.</translation>
    </message>
    <message>
        <source>&amp;Add a rate…</source>
        <translation>&amp;Lägg till ränta…</translation>
    </message>
    <message>
        <source>Add a reference rate</source>
        <translation>Lägg till referensränta</translation>
    </message>
    <message>
        <source>&amp;Half-year from</source>
        <translation>&amp;Halvår från</translation>
    </message>
    <message>
        <source>&amp;Reference rate (%)</source>
        <translation>&amp;Referensränta (%)</translation>
    </message>
    <message>
        <source>A half-year starts on 1 January or 1 July.</source>
        <translation>Ett halvår börjar 1 januari eller 1 juli.</translation>
    </message>
    <message>
        <source>This half-year already has a rate.</source>
        <translation>Detta halvår har redan en ränta.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rader: %1</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>Record a payment for invoice %1</source>
        <translation>Registrera en betalning för fakturan %1</translation>
    </message>
    <message>
        <source>%1 · issued %2 · due %3 · total %4 · open %5</source>
        <translation>%1 · fakturerad %2 · förfallodag %3 · totalt %4 · öppet %5</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Belopp (€)</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>Betal&amp;ningsdag</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Kontoöverföring</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Betalnings&amp;sätt</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>Betala&amp;re</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>The payment date is before the invoice date. Check the date.</source>
        <translation>Betalningsdagen är före fakturadatumet. Kontrollera datumet.</translation>
    </message>
    <message>
        <source>The invoice is now overpaid by %1: refund it or use it later.</source>
        <translation>Fakturan är nu överbetald med %1: återbetala beloppet eller använd det senare.</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Betalningen registrerad</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>A reminder to a consumer may be sent no earlier than 14 days after the due date or the previous reminder: from %1.</source>
        <translation>En påminnelse till en konsument får skickas tidigast 14 dagar efter förfallodagen eller den föregående påminnelsen: från %1.</translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 is missing. Add it under Reference rates (Suomen Pankki publishes it).</source>
        <translation>Referensräntan för halvåret som börjar %1 saknas. Lägg till den under Referensräntor (Finlands Bank publicerar den).</translation>
    </message>
    <message>
        <source>The invoice is paid.</source>
        <translation>Fakturan är betald.</translation>
    </message>
    <message>
        <source>A reminder for this invoice was already recorded on this date. Preview prints it again.</source>
        <translation>En påminnelse för fakturan har redan registrerats detta datum. Förhandsgranskningen skriver ut den på nytt.</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Betalningspåminnelser</translation>
    </message>
    <message>
        <source>Invoices past their due date with money still open. A reminder claims the open amount, the fee the law allows (consumers at most 5 €, from 14 days after the due date; businesses the 40 € compensation once) and late interest to its date, with the calculation shown.</source>
        <translation>Fakturor vars förfallodag har passerat och som fortfarande har ett öppet belopp. En påminnelse kräver det öppna beloppet, den avgift lagen tillåter (konsumenter högst 5 €, tidigast 14 dagar efter förfallodagen; företag en gång standardersättningen 40 €) och dröjsmålsränta till påminnelsens datum, med beräkningen.</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Påminnelsens datum</translation>
    </message>
    <message>
        <source>Reminder &amp;date</source>
        <translation>Påminnelse&amp;datum</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Förfallna fakturor</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>&amp;Send reminder…</source>
        <translation>S&amp;kicka påminnelse…</translation>
    </message>
    <message>
        <source>Reference &amp;rates…</source>
        <translation>&amp;Referensräntor…</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s).</source>
        <translation>
            <numerusform>%n förfallen faktura.</numerusform>
            <numerusform>%n förfallna fakturor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be reminded on this date.</source>
        <translation>
            <numerusform>%n kan påminnas detta datum.</numerusform>
            <numerusform>%n kan påminnas detta datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>reminder-%1.pdf</source>
        <translation>betalningspaminnelse-%1.pdf</translation>
    </message>
    <message>
        <source>Record a reminder for invoice %1 dated %2? It claims %3 in all: open %4, fee %5, late interest %6.</source>
        <translation>Registrera en påminnelse för fakturan %1 daterad %2? Den kräver sammanlagt %3: öppet %4, avgift %5, dröjsmålsränta %6.</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Skicka påminnelse</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ingen påminnelse</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Receivables aging (on the end date)</source>
        <translation>Kundfordringarnas åldersfördelning (på slutdatumet)</translation>
    </message>
    <message>
        <source>Sales per customer</source>
        <translation>Försäljning per kund</translation>
    </message>
    <message>
        <source>Sales per service</source>
        <translation>Försäljning per tjänst</translation>
    </message>
    <message>
        <source>VAT per rate for the VAT return</source>
        <translation>Moms per skattesats för momsdeklarationen</translation>
    </message>
    <message>
        <source>Invoice journal</source>
        <translation>Fakturajournal</translation>
    </message>
    <message>
        <source>Money reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Save as &amp;CSV or Excel…</source>
        <translation>Spara som &amp;CSV eller Excel…</translation>
    </message>
    <message>
        <source>Write the dates as d.m.yyyy.</source>
        <translation>Skriv datumen som d.m.åååå.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>Rapporten sparades.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nytt lösenord för %1</translation>
    </message>
    <message>
        <source>Tell the new password to the user in person, not by email.</source>
        <translation>Berätta det nya lösenordet för användaren personligen, inte per e-post.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nytt &amp;lösenord</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Lösenord &amp;igen</translation>
    </message>
</context>
<context>
    <name>RoleBoxes</name>
    <message>
        <source>&amp;Administrator</source>
        <translation>A&amp;dministratör</translation>
    </message>
    <message>
        <source>&amp;Treasurer</source>
        <translation>&amp;Kassör</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator</source>
        <translation>&amp;Coach</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Kassör</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>Only an applicant can be accepted or rejected.</source>
        <translation>Endast en sökande kan godkännas eller avslås.</translation>
    </message>
    <message>
        <source>This is possible only for a current member.</source>
        <translation>Detta är möjligt bara för en nuvarande medlem.</translation>
    </message>
    <message>
        <source>A former member cannot subscribe shares.</source>
        <translation>En tidigare medlem kan inte teckna andelar.</translation>
    </message>
    <message>
        <source>Someone else changed the same information at the same time. Nothing was saved: refresh the view (F5) and try again.</source>
        <translation>Någon annan ändrade samma uppgifter samtidigt. Inget sparades: uppdatera vyn (F5) och försök igen.</translation>
    </message>
    <message>
        <source>The membership has ended and the share fee refund is already set. Record the money with the refund instead.</source>
        <translation>Medlemskapet har upphört och återbetalningen av andelsavgiften är redan fastställd. Registrera pengarna i samband med återbetalningen.</translation>
    </message>
    <message>
        <source>The member has no share subscription yet. Subscribe shares first.</source>
        <translation>Medlemmen har ännu inte tecknat andelar. Teckna andelar först.</translation>
    </message>
    <message>
        <source>This member has shares, work or coaching history and cannot be deleted. End the membership instead.</source>
        <translation>Medlemmen har andelar, arbete eller coachning i historiken och kan inte raderas. Avsluta medlemskapet i stället.</translation>
    </message>
    <message>
        <source>The refund has already been paid.</source>
        <translation>Återbetalningen har redan gjorts.</translation>
    </message>
    <message>
        <source>This member's personal data has been erased.</source>
        <translation>Medlemmens personuppgifter har raderats.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the view (F5).</source>
        <translation>Uppgiften finns inte längre. Uppdatera vyn (F5).</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte detta.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The first row must name the columns, for example Etunimi;Sukunimi.</source>
        <translation>Första raden ska innehålla kolumnnamnen, till exempel Förnamn;Efternamn.</translation>
    </message>
    <message>
        <source>The file is not a CSV file or Excel workbook that Osuva can read.</source>
        <translation>Filen är inte en CSV-fil eller Excel-arbetsbok som Osuva kan läsa.</translation>
    </message>
    <message>
        <source>The file has too many rows for a member list (at most 20 000).</source>
        <translation>Filen har för många rader för en medlemsförteckning (högst 20 000).</translation>
    </message>
    <message>
        <source>The file is too large for a member list.</source>
        <translation>Filen är för stor för en medlemsförteckning.</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file. In Excel, save the list as CSV or as a workbook.</source>
        <translation>Välj en .csv- eller .xlsx-fil. Spara förteckningen i Excel som CSV eller som arbetsbok.</translation>
    </message>
    <message>
        <source>The file needs at least the columns for first name and last name (Etunimi, Sukunimi).</source>
        <translation>Filen behöver åtminstone kolumner för förnamn och efternamn (Förnamn, Efternamn).</translation>
    </message>
    <message>
        <source>Two columns of the file mean the same thing. Remove one of them.</source>
        <translation>Två kolumner i filen betyder samma sak. Ta bort den ena.</translation>
    </message>
    <message>
        <source>Some rows have problems. Correct them, or choose to skip them.</source>
        <translation>Vissa rader har problem. Rätta dem eller välj att hoppa över dem.</translation>
    </message>
    <message>
        <source>The register changed after the preview. Choose the file again.</source>
        <translation>Registret ändrades efter förhandsvisningen. Välj filen på nytt.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved.</source>
        <translation>Importen misslyckades och inget sparades.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own user account. Ask another administrator to do it.</source>
        <translation>Du kan inte inaktivera ditt eget användarkonto. Be en annan administratör göra det.</translation>
    </message>
    <message>
        <source>At least one active user must stay an administrator. Make someone else an administrator first.</source>
        <translation>Minst en aktiv användare måste förbli administratör. Gör först någon annan till administratör.</translation>
    </message>
    <message>
        <source>The file has identity codes. Only an administrator can import them; remove the column or ask the administrator.</source>
        <translation>Filen innehåller personbeteckningar. Endast en administratör kan importera dem; ta bort kolumnen eller be administratören.</translation>
    </message>
    <message>
        <source>The database is busy with another user's change. Nothing was saved; try again.</source>
        <translation>Databasen är upptagen med en annan användares ändring. Ingenting sparades; försök igen.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it. Nothing was saved; check the changes and save again.</source>
        <translation>Någon annan ändrade detta medan du redigerade det. Ingenting sparades; kontrollera ändringarna och spara igen.</translation>
    </message>
    <message>
        <source>The action could not be completed. Nothing was saved.</source>
        <translation>Åtgärden kunde inte slutföras. Inget sparades.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Inloggad som %1.</translation>
    </message>
    <message>
        <source>Settings of the cooperative</source>
        <translation>Andelslagets inställningar</translation>
    </message>
    <message>
        <source>&amp;Name of the cooperative</source>
        <translation>Andelslagets &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Business ID (Y-tunnus)</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Post&amp;anstalt</translation>
    </message>
    <message>
        <source>Home m&amp;unicipality</source>
        <translation>&amp;Hemkommun</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <source>E-invoice &amp;address</source>
        <translation>E-fakt&amp;uraadress</translation>
    </message>
    <message>
        <source>E-invoice &amp;operator</source>
        <translation>E-fakturaoperat&amp;ör</translation>
    </message>
    <message>
        <source>Pa&amp;yment term (days)</source>
        <translation>&amp;Betalningstid (dagar)</translation>
    </message>
    <message>
        <source>Share p&amp;rice (€)</source>
        <translation>Andelens p&amp;ris (€)</translation>
    </message>
    <message>
        <source>Re&amp;minder fee (€)</source>
        <translation>På&amp;minnelseavgift (€)</translation>
    </message>
    <message>
        <source>&amp;Financial year ends (day.month.)</source>
        <translation>Räkenskapsperio&amp;den slutar (dag.månad.)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum shares per member (empty: no limit)</source>
        <translation>Högst ande&amp;lar per medlem (tomt: ingen gräns)</translation>
    </message>
    <message>
        <source>Si&amp;gns certificates</source>
        <translation>Undertec&amp;knar intyg</translation>
    </message>
    <message>
        <source>Signer's tit&amp;le</source>
        <translation>Undertecknarens &amp;ställning</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Shares of %1</source>
        <translation>Andelar: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Installment plan</source>
        <translation>Betalningsplan</translation>
    </message>
    <message>
        <source>Share events</source>
        <translation>Andelshändelser</translation>
    </message>
    <message>
        <source>&amp;Subscribe shares…</source>
        <translation>&amp;Teckna andelar…</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Registrera betalning…</translation>
    </message>
    <message>
        <source>&amp;Wage deduction consent…</source>
        <translation>&amp;Samtycke till löneavdrag…</translation>
    </message>
    <message>
        <source>Shares: %1 · subscribed %2 · paid %3 · &lt;b&gt;open %4&lt;/b&gt; · payment reference %5</source>
        <translation>Andelar: %1 · tecknat %2 · betalt %3 · &lt;b&gt;obetalt %4&lt;/b&gt; · referensnummer %5</translation>
    </message>
    <message>
        <source>Refund of %1 due on %2.</source>
        <translation>Återbetalning %1 förfaller %2.</translation>
    </message>
    <message>
        <source>Subscribe shares</source>
        <translation>Teckna andelar</translation>
    </message>
    <message>
        <source>&amp;Number of shares</source>
        <translation>&amp;Antal andelar</translation>
    </message>
    <message>
        <source>Subscribed &amp;on</source>
        <translation>&amp;Tecknat den</translation>
    </message>
    <message>
        <source>&amp;Installment per month (€, optional)</source>
        <translation>&amp;Rat per månad (€, frivilligt)</translation>
    </message>
    <message>
        <source>&amp;First installment due</source>
        <translation>&amp;Första förfallodag</translation>
    </message>
    <message>
        <source>Record a share fee payment</source>
        <translation>Registrera betalning av andelsavgift</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Belopp (€)</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>Be&amp;talt den</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Betalnings&amp;sätt</translation>
    </message>
    <message>
        <source>&amp;Reference or receipt</source>
        <translation>&amp;Referens eller kvitto</translation>
    </message>
    <message>
        <source>&amp;Wage month (deductions)</source>
        <translation>&amp;Lönemånad (avdrag)</translation>
    </message>
    <message>
        <source>Larger than the open share fee</source>
        <translation>Större än den obetalda andelsavgiften</translation>
    </message>
    <message>
        <source>The payment %1 is larger than the open share fee %2. Was more paid on purpose? Answer No to correct the amount.</source>
        <translation>Betalningen %1 är större än den obetalda andelsavgiften %2. Betalades mer avsiktligt? Svara Nej för att rätta beloppet.</translation>
    </message>
    <message>
        <source>Wage deduction consent</source>
        <translation>Samtycke till löneavdrag</translation>
    </message>
    <message>
        <source>Record that the member has signed a written consent to pay share fees by deduction from wages. Keep the signed paper.</source>
        <translation>Registrera att medlemmen har undertecknat ett skriftligt samtycke till att andelsavgiften dras av från lönen. Spara det undertecknade papperet.</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Undertecknat den</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Logga in — %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Meddelande vid inloggning</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <source>This is the demo cooperative. Sign in as &lt;b&gt;admin&lt;/b&gt;, &lt;b&gt;treasurer&lt;/b&gt; or &lt;b&gt;facilitator&lt;/b&gt;; the password is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Detta är demoandelslaget. Logga in som &lt;b&gt;admin&lt;/b&gt;, &lt;b&gt;treasurer&lt;/b&gt; eller &lt;b&gt;facilitator&lt;/b&gt;; lösenordet är &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Try again.</source>
        <translation>Användarnamnet eller lösenordet är fel. Försök igen.</translation>
    </message>
    <message numerus="yes">
        <source>The user name or password is wrong. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Användarnamnet eller lösenordet är fel. Du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Användarnamnet eller lösenordet är fel. Du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something unexpected happened and the action was not completed. Whatever it was about to save was not saved. If this happens again, send the details to your support person.</source>
        <translation>Något oväntat hände och åtgärden slutfördes inte. Det som skulle sparas sparades inte. Om detta händer igen, skicka detaljerna till din stödperson.</translation>
    </message>
    <message>
        <source>Osuva</source>
        <translation>Osuva</translation>
    </message>
</context>
<context>
    <name>Unmatched</name>
    <message>
        <source>Unmatched</source>
        <translation>Ej avstämd</translation>
    </message>
    <message>
        <source>Suggestion: invoice %1</source>
        <translation>Förslag: faktura %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>Reference or message</source>
        <translation>Referens eller meddelande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Unmatched payments</source>
        <translation>Ej avstämda betalningar</translation>
    </message>
    <message>
        <source>Money that arrived without a reference Osuva knows. Confirm Osuva's suggestion, allocate the payment to one or more invoices or a share fee, or ignore it (for example a refund to the cooperative).</source>
        <translation>Pengar som kom utan ett referensnummer Osuva känner till. Bekräfta Osuvas förslag, fördela betalningen på en eller flera fakturor eller en andelsavgift, eller ignorera den (till exempel en återbetalning till andelslaget).</translation>
    </message>
    <message>
        <source>payer or reference</source>
        <translation>betalare eller referens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>C&amp;onfirm suggestion</source>
        <translation>&amp;Bekräfta förslaget</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Fördela…</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorera</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in all.</source>
        <translation>
            <numerusform>%n betalning, sammanlagt %1.</numerusform>
            <numerusform>%n betalningar, sammanlagt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This payment was handled meanwhile, perhaps by another user. The list now shows what still waits.</source>
        <translation>Betalningen har redan behandlats, kanske av en annan användare. Listan visar nu vad som ännu väntar.</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Redigera användaren %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Fullständigt namn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Lösenord &amp;igen</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>Nej (inaktiverad)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Users are never deleted, because the audit log names them: deactivate a user who no longer signs in.</source>
        <translation>Användare raderas aldrig, eftersom händelseloggen namnger dem: inaktivera en användare som inte längre loggar in.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Nytt lösenord…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Aktivera</translation>
    </message>
</context>
<context>
    <name>WageDeductionModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Deduct this month</source>
        <translation>Dras av denna månad</translation>
    </message>
    <message>
        <source>Already deducted</source>
        <translation>Redan avdraget</translation>
    </message>
</context>
<context>
    <name>WageDeductionsDialog</name>
    <message>
        <source>Share fees deducted from wages</source>
        <translation>Andelsavgifter som dras av från lönen</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>Wage deductions of the month</source>
        <translation>Månadens löneavdrag</translation>
    </message>
    <message>
        <source>&amp;Copy for payroll</source>
        <translation>&amp;Kopiera för löneräkningen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Record as deducted…</source>
        <translation>&amp;Registrera som avdragna…</translation>
    </message>
    <message>
        <source>Members who have given written consent to pay share fees by deduction from wages, and what is due by the end of the month.</source>
        <translation>Medlemmar som skriftligen har samtyckt till att andelsavgiften dras av från lönen, och vad som förfaller före månadens slut.</translation>
    </message>
    <message>
        <source>To deduct in total: %1</source>
        <translation>Att dra av totalt: %1</translation>
    </message>
    <message>
        <source>Record deductions</source>
        <translation>Registrera avdrag</translation>
    </message>
    <message>
        <source>Record the amounts of this list as paid by deduction from wages today?</source>
        <translation>Registrera listans belopp som betalda genom löneavdrag i dag?</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Osuva</source>
        <translation>Välkommen till Osuva</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Osuva&lt;/h2&gt;&lt;p&gt;Osuva keeps your cooperative's member register, work, coaching and invoices. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Välkommen till Osuva&lt;/h2&gt;&lt;p&gt;I Osuva sköter du andelslagets medlemsförteckning, arbetsuppdrag, coachning och fakturor. Hur vill du börja?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a new cooperative</source>
        <translation>&amp;Skapa ett nytt andelslag</translation>
    </message>
    <message>
        <source>Start with your own cooperative's name, business ID and bank account.</source>
        <translation>Börja med ditt andelslags namn, FO-nummer och bankkonto.</translation>
    </message>
    <message>
        <source>Open the &amp;demo cooperative</source>
        <translation>Öppna &amp;demoandelslaget</translation>
    </message>
    <message>
        <source>Try Osuva with made-up members, work and invoices.</source>
        <translation>Prova Osuva med påhittade medlemmar, arbeten och fakturor.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>Ö&amp;ppna en befintlig databas…</translation>
    </message>
    <message>
        <source>Choose an Osuva database file, for example a copy from another computer.</source>
        <translation>Välj en Osuva-databasfil, till exempel en kopia från en annan dator.</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work assignments</source>
        <translation>Arbetsuppdrag</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AgreedPriceDialog</name>
    <message>
        <source>Agreed price</source>
        <translation>Avtalat pris</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gäller &amp;från</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Gäller t&amp;ill</translation>
    </message>
    <message>
        <source>Leave empty for until further notice.</source>
        <translation>Lämna tomt om priset gäller tills vidare.</translation>
    </message>
    <message>
        <source>Net &amp;price (€)</source>
        <translation>&amp;Nettopris (€)</translation>
    </message>
    <message>
        <source>No list price today.</source>
        <translation>Prislistan har inget pris i dag.</translation>
    </message>
    <message>
        <source>List price today: %1 / %2</source>
        <translation>Listpris i dag: %1 / %2</translation>
    </message>
</context>
<context>
    <name>AgreedTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Avtalat pris</translation>
    </message>
</context>
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
    <name>AssignmentDialog</name>
    <message>
        <source>New work assignment</source>
        <translation>Nytt arbetsuppdrag</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translation>Arbetsuppdrag</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Estimated &amp;hours:</source>
        <translation>&amp;Uppskattade timmar:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmar:</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Arbetspass</translation>
    </message>
    <message>
        <source>Starts o&amp;n:</source>
        <translation>Bör&amp;jar:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>Shift starts at:</source>
        <translation>Passet börjar kl.:</translation>
    </message>
    <message>
        <source>Shift ends at:</source>
        <translation>Passet slutar kl.:</translation>
    </message>
    <message>
        <source>&amp;Recurring every week or every few weeks</source>
        <translation>Återkommer varje vecka eller med några veckors &amp;intervall</translation>
    </message>
    <message>
        <source>Every this many &amp;weeks:</source>
        <translation>Interva&amp;ll i veckor:</translation>
    </message>
    <message>
        <source>On weekdays:</source>
        <translation>Veckodagar:</translation>
    </message>
    <message>
        <source>One-off &amp;dates:</source>
        <translation>Enskil&amp;da datum:</translation>
    </message>
    <message>
        <source>S&amp;kip Finnish public holidays</source>
        <translation>Hoppa över finländska &amp;helgdagar</translation>
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
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance: %1, %2</source>
        <translation>Närvaro: %1, %2</translation>
    </message>
    <message>
        <source>P</source>
        <comment>key for present</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>A</source>
        <comment>key for absent</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>E</source>
        <comment>key for excused</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Press %1 for present, %2 for absent or %3 for excused: the mark is saved for the row and the next row is chosen. Arrow keys move, Delete clears a mark.</source>
        <translation>Tryck %1 för närvarande, %2 för frånvarande eller %3 för ursäktad: markeringen sparas för raden och nästa rad väljs. Piltangenterna flyttar, Delete tar bort en markering.</translation>
    </message>
    <message>
        <source>&amp;People in the meeting:</source>
        <translation>&amp;Deltagare på mötet:</translation>
    </message>
    <message>
        <source>&amp;Note for the chosen person:</source>
        <translation>&amp;Anteckning för den valda personen:</translation>
    </message>
    <message>
        <source>Meeting no&amp;tes:</source>
        <translation>&amp;Mötesanteckningar:</translation>
    </message>
    <message>
        <source>Marked %1 of %2; present %3.</source>
        <translation>Markerade %1 av %2, närvarande %3.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Not in the group on the meeting&apos;s day: %1</source>
        <translation>Hör inte till gruppen på mötesdagen: %1</translation>
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
        <source>User&apos;s role</source>
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
        <source>List price</source>
        <translation>Listpris</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Avtalat pris</translation>
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
        <source>Customer saved</source>
        <translation>Kund sparad</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Kund borttagen</translation>
    </message>
    <message>
        <source>Customer import</source>
        <translation>Import av kunder</translation>
    </message>
    <message>
        <source>Service saved</source>
        <translation>Tjänst sparad</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Pris ändrat</translation>
    </message>
    <message>
        <source>Price change removed</source>
        <translation>Prisändring borttagen</translation>
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
        <source>unit price</source>
        <translation>à-pris</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>kundnummer</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>e-invoice address</source>
        <translation>e-fakturaadress</translation>
    </message>
    <message>
        <source>operator ID</source>
        <translation>förmedlarkod</translation>
    </message>
    <message>
        <source>payment term</source>
        <translation>betalningsvillkor</translation>
    </message>
    <message>
        <source>household tax credit</source>
        <translation>hushållsavdrag</translation>
    </message>
    <message>
        <source>counts for household tax credit</source>
        <translation>ger rätt till hushållsavdrag</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>gäller från</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>gäller till</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>name in Finnish</source>
        <translation>namn på finska</translation>
    </message>
    <message>
        <source>name in Swedish</source>
        <translation>namn på svenska</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>namn på engelska</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>moms</translation>
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
    <message>
        <source>Wage rate</source>
        <translation>Timlön</translation>
    </message>
    <message>
        <source>Weekly hour ceiling</source>
        <translation>Högsta antal timmar per vecka</translation>
    </message>
    <message>
        <source>Employment period</source>
        <translation>Anställningsperiod</translation>
    </message>
    <message>
        <source>Employment certificate</source>
        <translation>Arbetsintyg</translation>
    </message>
    <message>
        <source>Planned shift</source>
        <translation>Planerat arbetspass</translation>
    </message>
    <message>
        <source>Work assignment saved</source>
        <translation>Arbetsuppdrag sparat</translation>
    </message>
    <message>
        <source>Shift skipped</source>
        <translation>Arbetspass hoppades över</translation>
    </message>
    <message>
        <source>Shift moved</source>
        <translation>Arbetspass flyttat</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>Arbetspass överlåtet till vikarie</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Timmar registrerade</translation>
    </message>
    <message>
        <source>Hours approved</source>
        <translation>Timmar godkända</translation>
    </message>
    <message>
        <source>Wage rate added</source>
        <translation>Timlön tillagd</translation>
    </message>
    <message>
        <source>Wage rate changed</source>
        <translation>Timlön ändrad</translation>
    </message>
    <message>
        <source>Wage rate removed</source>
        <translation>Timlön borttagen</translation>
    </message>
    <message>
        <source>Earnings limit saved</source>
        <translation>Inkomstgräns sparad</translation>
    </message>
    <message>
        <source>Earnings limit removed</source>
        <translation>Inkomstgräns borttagen</translation>
    </message>
    <message>
        <source>Employment period added</source>
        <translation>Anställningsperiod tillagd</translation>
    </message>
    <message>
        <source>Employment period changed</source>
        <translation>Anställningsperiod ändrad</translation>
    </message>
    <message>
        <source>Employment period removed</source>
        <translation>Anställningsperiod borttagen</translation>
    </message>
    <message>
        <source>Employment certificate issued</source>
        <translation>Arbetsintyg utfärdat</translation>
    </message>
    <message>
        <source>monthly limit</source>
        <translation>månadsgräns</translation>
    </message>
    <message>
        <source>yearly limit</source>
        <translation>årsgräns</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>timmar per vecka</translation>
    </message>
    <message>
        <source>hourly wage</source>
        <translation>timlön</translation>
    </message>
    <message>
        <source>reason for ending</source>
        <translation>orsak till att anställningen upphörde</translation>
    </message>
    <message>
        <source>Step on the path</source>
        <translation>Steg på vägen</translation>
    </message>
    <message>
        <source>Coaching participant</source>
        <translation>Deltagare i coachningen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Coaching group</source>
        <translation>Coachningsgrupp</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>Gruppmedlemskap</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Veckomöte</translation>
    </message>
    <message>
        <source>Questionnaire scale</source>
        <translation>Enkätens skala</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Participation certificate</source>
        <translation>Intyg över deltagande i coachning</translation>
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
        <source>Note: the statement is for another account than the cooperative&apos;s.</source>
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
    <name>BenefitLimitsDialog</name>
    <message>
        <source>Earnings limits by year</source>
        <translation>Inkomstgränser per år</translation>
    </message>
    <message>
        <source>Kela and pension providers confirm personal earnings limits year by year. The earnings watch compares each month with that year&apos;s limit.</source>
        <translation>FPA och pensionsanstalterna fastställer personliga inkomstgränser år för år. Inkomstbevakningen jämför varje månad med årets gräns.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete limit</source>
        <translation>Ta bort inkomstgräns</translation>
    </message>
    <message>
        <source>Delete the selected year&apos;s limit?</source>
        <translation>Ta bort inkomstgränsen för det valda året?</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>The certificate always states the employment period(s) and the tasks. The reason for ending and an assessment of skills and conduct are added only when the member asks for them. An issued certificate cannot be changed: a correction is a new certificate.</source>
        <translation>Arbetsintyget anger alltid anställningens längd och arbetsuppgifterna. Orsaken till att anställningen upphörde och ett omdöme om yrkesskicklighet och uppförande tas med bara om medlemmen ber om dem. Ett utfärdat intyg kan inte ändras: en rättelse är ett nytt intyg.</translation>
    </message>
    <message>
        <source>Issue an employment certificate</source>
        <translation>Utfärda arbetsintyg</translation>
    </message>
    <message>
        <source>Include: the member asked for it</source>
        <translation>Med: medlemmen bad om det</translation>
    </message>
    <message>
        <source>&amp;Reason for ending</source>
        <translation>&amp;Orsak till att anställningen upphörde</translation>
    </message>
    <message>
        <source>&amp;Assessment of skills and conduct</source>
        <translation>Omdöme om yrkesskicklighet och &amp;uppförande</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Assessment &amp;text</source>
        <translation>Omdömets &amp;text</translation>
    </message>
    <message>
        <source>Certificate of participation in coaching</source>
        <translation>Intyg över deltagande i coachning</translation>
    </message>
    <message>
        <source>Sessions and hours attended in the period, the group topics and your statement, signed by you. The certificate is kept as issued.</source>
        <translation>Coachningstillfällen och timmar under perioden, gruppernas teman och ditt utlåtande, undertecknat av dig. Intyget sparas sådant det utfärdades.</translation>
    </message>
    <message>
        <source>&amp;Issue and save…</source>
        <translation>Utfärda och s&amp;para…</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltagare</translation>
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
        <source>The person&apos;s own language</source>
        <translation>Personens eget språk</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;statement (optional)</source>
        <translation>Coachens &amp;utlåtande (frivilligt)</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>intyg</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Spara intyget</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>The certificate was saved.</source>
        <translation>Intyget sparades.</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>reason for ending</source>
        <translation>orsak till att anställningen upphörde</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>omdöme</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>På begäran</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Utfärdat av</translation>
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
    <name>CoachingDocumentDialog</name>
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
    <name>CoachingDocuments</name>
    <message>
        <source>Meeting sheet</source>
        <translation>Mötesblad</translation>
    </message>
    <message>
        <source>Personal plan</source>
        <translation>Personlig plan</translation>
    </message>
</context>
<context>
    <name>CoachingLabels</name>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Ursäktad</translation>
    </message>
    <message>
        <source>(1) Only work is missing</source>
        <translation>(1) Bara arbetet saknas</translation>
    </message>
    <message>
        <source>(2) Coaching and supported work</source>
        <translation>(2) Coachning och stött arbete</translation>
    </message>
    <message>
        <source>(3) Participation work</source>
        <translation>(3) Deltagande arbete</translation>
    </message>
    <message>
        <source>Participation work</source>
        <translation>Deltagande arbete</translation>
    </message>
    <message>
        <source>Coaching and supported work</source>
        <translation>Coachning och stött arbete</translation>
    </message>
    <message>
        <source>Paid work in the cooperative</source>
        <translation>Lönearbete i andelslaget</translation>
    </message>
    <message>
        <source>Open labour market</source>
        <translation>Öppna arbetsmarknaden</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <translation>Företagande</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avstått</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslös</translation>
    </message>
    <message>
        <source>Outside the labour force</source>
        <translation>Utanför arbetskraften</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <source>Basic education (ISCED 0–2)</source>
        <translation>Grundnivå (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation>Andra stadiet (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Higher education (ISCED 5–8)</source>
        <translation>Högre utbildning (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Sysselsättningstjänster</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Mental-health nurse</source>
        <translation>Psykiatrisk sjukskötare</translation>
    </message>
    <message>
        <source>Parish deacon</source>
        <translation>Diakoniarbetare</translation>
    </message>
    <message>
        <source>Employer contact</source>
        <translation>Kontaktperson hos arbetsgivaren</translation>
    </message>
</context>
<context>
    <name>CoachingTab</name>
    <message>
        <source>Coaching sessions</source>
        <translation>Coachningstillfällen</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>Närvar&amp;o…</translation>
    </message>
    <message>
        <source>Agenda and n&amp;otes…</source>
        <translation>&amp;Föredragningslista och anteckningar…</translation>
    </message>
    <message>
        <source>Weekl&amp;y meeting…</source>
        <translation>Veckomö&amp;ten…</translation>
    </message>
    <message>
        <source>Mee&amp;ting</source>
        <translation>Möt&amp;e</translation>
    </message>
    <message>
        <source>Meeting &amp;sheet (PDF)…</source>
        <translation>Mötes&amp;blad (PDF)…</translation>
    </message>
    <message>
        <source>S&amp;kip this meeting</source>
        <translation>&amp;Hoppa över detta möte</translation>
    </message>
    <message>
        <source>&amp;Restore a skipped meeting</source>
        <translation>&amp;Återställ ett inställt möte</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Deltagare…</translation>
    </message>
    <message>
        <source>Projects and &amp;groups…</source>
        <translation>Projekt och &amp;grupper…</translation>
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
    <name>CreditDialog</name>
    <message>
        <source>Credit invoice %1</source>
        <translation>Kreditera faktura %1</translation>
    </message>
    <message>
        <source>The credit note gets the next number and settles the invoice&apos;s open amount. Credited hours can be invoiced again. The invoice itself never changes.</source>
        <translation>Kreditnotan får nästa nummer och minskar fakturans öppna belopp. Krediterade timmar kan faktureras på nytt. Själva fakturan ändras aldrig.</translation>
    </message>
    <message>
        <source>Already credited</source>
        <translation>Redan krediterad</translation>
    </message>
    <message>
        <source>&amp;Lines to credit:</source>
        <translation>&amp;Rader att kreditera:</translation>
    </message>
    <message>
        <source>Credit note &amp;date:</source>
        <translation>Kreditnotans &amp;datum:</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Lägg till kund</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Business ID</source>
        <translation>FO-n&amp;ummer</translation>
    </message>
    <message>
        <source>Required for organisations, not for households.</source>
        <translation>Obligatoriskt för organisationer, inte för hushåll.</translation>
    </message>
    <message>
        <source>Derived from the business ID.</source>
        <translation>Bildas av FO-numret.</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Momsregistreringsnummer</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adress och kontakt</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Postnu&amp;mmer</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Postanstalt</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Spr&amp;åk</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Kontaktperson</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation>E-fakturaad&amp;ress</translation>
    </message>
    <message>
        <source>&amp;Operator ID</source>
        <translation>F&amp;örmedlarkod</translation>
    </message>
    <message>
        <source>Payment te&amp;rm (days)</source>
        <translation>&amp;Betalningsvillkor (dagar)</translation>
    </message>
    <message>
        <source>Household ta&amp;x credit</source>
        <translation>Rätt till &amp;hushållsavdrag</translation>
    </message>
    <message>
        <source>Invoices show the work share for the tax credit.</source>
        <translation>Fakturorna visar arbetets andel för hushållsavdraget.</translation>
    </message>
    <message>
        <source>Tax credit</source>
        <translation>Hushållsavdrag</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Ante&amp;ckningar</translation>
    </message>
    <message>
        <source>Agreed prices</source>
        <translation>Avtalade priser</translation>
    </message>
    <message>
        <source>A&amp;greed prices</source>
        <translation>Avtalade priser</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>&amp;Add agreed price…</source>
        <translation>&amp;Lägg till avtalat pris…</translation>
    </message>
    <message>
        <source>Remove pr&amp;ice</source>
        <translation>Ta b&amp;ort pris</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Ändrat under tiden: %1</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Någon annan sparade under tiden</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation>Importera kunder från ett kalkylark</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook with one customer per row and the column names on the first row (for example Nimi, Laji, Y-tunnus, Osoite, Kieli, Verkkolaskuosoite, Maksuehto). Nothing is saved before you accept the preview.</source>
        <translation>Välj en CSV-fil eller en Excel-arbetsbok med en kund per rad och kolumnnamnen på första raden (till exempel Namn, Typ, FO-nummer, Adress, Språk, E-fakturaadress, Betalningsvillkor). Ingenting sparas innan du godkänner förhandsvisningen.</translation>
    </message>
    <message>
        <source>Choose the customer list</source>
        <translation>Välj kundförteckningen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n customer(s)</source>
        <translation>
            <numerusform>&amp;Importera %n kund</numerusform>
            <numerusform>&amp;Importera %n kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n customer(s)…</source>
        <translation>
            <numerusform>Importerar %n kund…</numerusform>
            <numerusform>Importerar %n kunder…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImportFields</name>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>FO-nummer</translation>
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
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-invoice address</source>
        <translation>e-fakturaadress</translation>
    </message>
    <message>
        <source>operator ID</source>
        <translation>förmedlarkod</translation>
    </message>
    <message>
        <source>payment term</source>
        <translation>betalningsvillkor</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolumner</translation>
    </message>
</context>
<context>
    <name>CustomerImportRowModel</name>
    <message>
        <source>same as on row %1</source>
        <translation>samma som på rad %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>kund %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>I ordning</translation>
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
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>Municipality or other public body</source>
        <translation>Kommun eller annat offentligt samfund</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Association or parish</source>
        <translation>Förening eller församling</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>timme</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>st.</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>General rate</source>
        <translation>Allmän skattesats</translation>
    </message>
    <message>
        <source>Reduced rate</source>
        <translation>Nedsatt skattesats</translation>
    </message>
    <message>
        <source>Reduced rate 10 %</source>
        <translation>Nedsatt skattesats 10 %</translation>
    </message>
    <message>
        <source>Zero rate</source>
        <translation>Nollskattesats</translation>
    </message>
    <message>
        <source>VAT-exempt social welfare service</source>
        <translation>Momsfri socialvårdstjänst</translation>
    </message>
    <message>
        <source>Reverse charge (construction)</source>
        <translation>Omvänd skattskyldighet (byggtjänster)</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
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
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Active customers</source>
        <translation>Aktiva kunder</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Inaktiva kunder</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>&amp;Lägg till kund…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Re&amp;digera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>&amp;Price list…</source>
        <translation>&amp;Prislista…</translation>
    </message>
    <message>
        <source>Impor&amp;t…</source>
        <translation>Imp&amp;ortera…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <source>Delete %1? Only a customer never used on work or invoices can be deleted; deactivate the others in the customer form.</source>
        <translation>Ta bort %1? Bara en kund utan arbetsuppdrag och fakturor kan tas bort; de andra markeras som inaktiva i kundformuläret.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were imported.</source>
        <translation>
            <numerusform>%n kund importerades.</numerusform>
            <numerusform>%n kunder importerades.</numerusform>
        </translation>
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
        <source>Osuva backs up database files only. Back up a server database with the server&apos;s own tools.</source>
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
    <name>DraftDialog</name>
    <message>
        <source>VAT general (25.5 %)</source>
        <translation>Moms allmän (25,5 %)</translation>
    </message>
    <message>
        <source>VAT reduced (13.5 %)</source>
        <translation>Moms nedsatt (13,5 %)</translation>
    </message>
    <message>
        <source>VAT 10 %</source>
        <translation>Moms 10 %</translation>
    </message>
    <message>
        <source>VAT 0 %</source>
        <translation>Moms 0 %</translation>
    </message>
    <message>
        <source>VAT-exempt social welfare service</source>
        <translation>Momsfri socialvårdstjänst</translation>
    </message>
    <message>
        <source>Reverse charge (construction)</source>
        <translation>Omvänd skattskyldighet (byggtjänster)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Fakturautkast</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>(välj kund)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;datum:</translation>
    </message>
    <message>
        <source>Delivery &amp;from:</source>
        <translation>Leverans &amp;från:</translation>
    </message>
    <message>
        <source>Delivery &amp;to:</source>
        <translation>Leverans &amp;till:</translation>
    </message>
    <message>
        <source>&amp;Our reference:</source>
        <translation>&amp;Vår referens:</translation>
    </message>
    <message>
        <source>&amp;Buyer&apos;s reference:</source>
        <translation>Köparens &amp;referens:</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Notes on the invoice:</source>
        <translation>Tilläggs&amp;uppgifter på fakturan:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price (excl. VAT)</source>
        <translation>À-pris (exkl. moms)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>L&amp;ines:</source>
        <translation>R&amp;ader:</translation>
    </message>
    <message>
        <source>Add unbilled &amp;hours</source>
        <translation>Lägg till ofakturerade t&amp;immar</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>&amp;Lägg till en rad</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Ta &amp;bort rad</translation>
    </message>
    <message>
        <source>The customer has no unbilled approved hours.</source>
        <translation>Kunden har inga ofakturerade godkända timmar.</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>st</translation>
    </message>
    <message>
        <source>the description is missing</source>
        <translation>beskrivningen saknas</translation>
    </message>
    <message>
        <source>the quantity must be a number above zero</source>
        <translation>antalet ska vara ett tal större än noll</translation>
    </message>
    <message>
        <source>the unit price must be a number, zero or more</source>
        <translation>à-priset ska vara ett tal, minst noll</translation>
    </message>
    <message>
        <source>the discount is 0 to 100 %</source>
        <translation>rabatten är 0–100 %</translation>
    </message>
    <message>
        <source>no VAT rate for the delivery date</source>
        <translation>ingen skattesats för leveransdagen</translation>
    </message>
    <message>
        <source>these hours are already on another invoice</source>
        <translation>dessa timmar finns redan på en annan faktura</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Rad %1: %2.</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Due</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Gick till</translation>
    </message>
</context>
<context>
    <name>EInvoiceExport</name>
    <message>
        <source>A draft has no number yet: issue it first.</source>
        <translation>Ett utkast har inget nummer ännu. Gör först en färdig faktura av det.</translation>
    </message>
    <message>
        <source>The invoice has no bank account (IBAN) of the cooperative.</source>
        <translation>Fakturan saknar andelslagets bankkonto (IBAN).</translation>
    </message>
    <message>
        <source>The cooperative has no e-invoice address. Add it in the settings.</source>
        <translation>Andelslaget har ingen e-fakturaadress. Lägg till den i inställningarna.</translation>
    </message>
    <message>
        <source>The SOAP envelope needs the cooperative&apos;s e-invoice operator. Add it in the settings.</source>
        <translation>SOAP-ramen behöver andelslagets e-fakturaoperatör. Lägg till den i inställningarna.</translation>
    </message>
    <message>
        <source>The customer has no e-invoice address: send this invoice as a PDF.</source>
        <translation>Kunden har ingen e-fakturaadress: skicka fakturan som PDF.</translation>
    </message>
    <message>
        <source>The customer&apos;s e-invoice operator is missing.</source>
        <translation>Kundens e-fakturaoperatör saknas.</translation>
    </message>
    <message>
        <source>Reverse charge needs the customer&apos;s VAT ID, and the invoice has none.</source>
        <translation>Omvänd skattskyldighet kräver kundens momsnummer, och fakturan saknar det.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another one.</source>
        <translation>Mappen finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Choose at least one issued invoice.</source>
        <translation>Välj minst en färdig faktura.</translation>
    </message>
    <message>
        <source>Finvoice 3.0</source>
        <translation>Finvoice 3.0</translation>
    </message>
    <message>
        <source>Finvoice 3.0 with the operator&apos;s SOAP envelope</source>
        <translation>Finvoice 3.0 med operatörens SOAP-ram</translation>
    </message>
    <message>
        <source>Peppol BIS Billing 3.0 (UBL)</source>
        <translation>Peppol BIS Billing 3.0 (UBL)</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Värdet är inte giltigt.</translation>
    </message>
    <message>
        <source>%1 invoices were written into one batch file, %2.</source>
        <translation>%1 fakturor sparades i en samlingsfil, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-invoice file(s) written to %1.</source>
        <translation>
            <numerusform>%n e-fakturafil sparades i %1.</numerusform>
            <numerusform>%n e-fakturafiler sparades i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-invoices exported</source>
        <translation>E-fakturorna exporterades</translation>
    </message>
    <message>
        <source>E-invoices not exported</source>
        <translation>E-fakturorna exporterades inte</translation>
    </message>
    <message>
        <source>No files were written.</source>
        <translation>Inga filer sparades.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be exported:</source>
        <translation>Faktura %1 kan inte exporteras:</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunde inte sparas: %2</translation>
    </message>
    <message>
        <source>Writing the e-invoices…</source>
        <translation>Sparar e-fakturorna…</translation>
    </message>
</context>
<context>
    <name>EInvoiceExportDialog</name>
    <message>
        <source>Export e-invoices</source>
        <translation>Exportera e-fakturor</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen invoice(s) will be written as e-invoice files.</source>
        <translation>
            <numerusform>%n vald faktura sparas som e-fakturafil.</numerusform>
            <numerusform>%n valda fakturor sparas som e-fakturafiler.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;läddra…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>One batch file holding every invoice</source>
        <translation>Alla fakturor i en samlingsfil</translation>
    </message>
    <message>
        <source>&amp;Operator file:</source>
        <translation>&amp;Samlingsfil:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Folder for the e-invoices</source>
        <translation>Mapp för e-fakturorna</translation>
    </message>
</context>
<context>
    <name>EInvoiceSendDialog</name>
    <message>
        <source>This customer receives e-invoices (e-invoice address %1, operator %2), so the invoice is not e-mailed. Osuva writes it as a Finvoice 3.0 file into the folder below. Osuva has no connection to e-invoice operators: you then upload the file to your e-invoice operator&apos;s or your bank&apos;s online service yourself, and only from there does it reach the customer. Osuva records the invoice as sent when the file is written.</source>
        <translation>Den här kunden tar emot e-fakturor (e-fakturaadress %1, förmedlare %2), så fakturan skickas inte per e-post. Osuva skriver den som en Finvoice 3.0-fil i mappen nedan. Osuva har ingen förbindelse med e-fakturaoperatörer: ladda sedan själv upp filen till din e-fakturaoperatörs eller din banks nättjänst. Först därifrån når fakturan kunden. Osuva antecknar fakturan som skickad när filen har skrivits.</translation>
    </message>
    <message>
        <source>Send invoice %1 as an e-invoice</source>
        <translation>Skicka faktura %1 som e-faktura</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;läddra…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation>S&amp;kriv filen</translation>
    </message>
    <message>
        <source>Folder for the e-invoice</source>
        <translation>Mapp för e-fakturan</translation>
    </message>
    <message>
        <source>The e-invoice was written to %1.

Now upload this file to your e-invoice operator&apos;s or your bank&apos;s online service: the invoice reaches the customer only from there.</source>
        <translation>E-fakturan skrevs till %1.

Ladda nu upp filen till din e-fakturaoperatörs eller din banks nättjänst: fakturan når kunden först därifrån.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Only an issued invoice can be sent.</source>
        <translation>Endast en utfärdad faktura kan skickas.</translation>
    </message>
</context>
<context>
    <name>EarningsDialog</name>
    <message>
        <source>Earnings</source>
        <translation>Inkomster</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Föregående månad</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Nästa månad</translation>
    </message>
    <message>
        <source>Members&apos; earnings in the month</source>
        <translation>Medlemmarnas inkomster under månaden</translation>
    </message>
    <message>
        <source>Gross earnings are the hours times the wage rate valid on each day; volunteer work never counts. Osuva warns at 80 % and 100 % of the member&apos;s own monthly limit. Osuva only warns: it never decides whether anyone is entitled to a benefit. Kela, the unemployment fund or the pension provider decides.</source>
        <translation>Bruttoinkomsten är timmarna gånger den timlön som gällde varje dag; frivilligt arbete räknas aldrig. Osuva varnar vid 80 % och 100 % av medlemmens egen månadsgräns. Osuva varnar bara: programmet avgör aldrig om någon har rätt till en förmån. Det avgör FPA, arbetslöshetskassan eller pensionsanstalten.</translation>
    </message>
    <message>
        <source>Wage &amp;rates…</source>
        <translation>&amp;Timlöner…</translation>
    </message>
    <message>
        <source>Wage &amp;basis…</source>
        <translation>Löne&amp;grund…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) at 80 % of their limit or more.</source>
        <translation>
            <numerusform>%n medlem har nått minst 80 % av sin gräns.</numerusform>
            <numerusform>%n medlemmar har nått minst 80 % av sin gräns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) at or over their limit.</source>
        <translation>
            <numerusform>%n medlem har nått eller passerat sin gräns.</numerusform>
            <numerusform>%n medlemmar har nått eller passerat sin gräns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have hours without a wage rate.</source>
        <translation>
            <numerusform>%n medlem har timmar utan timlön.</numerusform>
            <numerusform>%n medlemmar har timmar utan timlön.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member&apos;s &amp;limits…</source>
        <translation>Medlemmens &amp;inkomstgränser…</translation>
    </message>
</context>
<context>
    <name>EarningsModel</name>
    <message>
        <source>⚠ 80 % of the limit</source>
        <translation>⚠ 80 % av gränsen</translation>
    </message>
    <message>
        <source>⚠ Limit reached</source>
        <translation>⚠ Gränsen nådd</translation>
    </message>
    <message>
        <source>reduced by about %1</source>
        <translation>minskar med cirka %1</translation>
    </message>
    <message>
        <source>%1 without a wage rate</source>
        <translation>%1 utan timlön</translation>
    </message>
    <message>
        <source>%1 volunteer work</source>
        <translation>%1 frivilligt arbete</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Bruttoinkomst</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Månadsgräns</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% av gränsen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Förmån</translation>
    </message>
    <message>
        <source>Effect on the benefit</source>
        <translation>Inverkan på förmånen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message numerus="yes">
        <source>beyond their own weekly ceiling in %n week(s)</source>
        <translation>
            <numerusform>över sin egen veckogräns under %n vecka</numerusform>
            <numerusform>över sin egen veckogräns under %n veckor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Save the certificate</source>
        <translation>Spara intyget</translation>
    </message>
    <message>
        <source>Employment periods</source>
        <translation>Anställningar</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Utfärdade intyg</translation>
    </message>
    <message>
        <source>&amp;Add period…</source>
        <translation>&amp;Lägg till period…</translation>
    </message>
    <message>
        <source>&amp;Edit period…</source>
        <translation>&amp;Redigera period…</translation>
    </message>
    <message>
        <source>&amp;Delete period…</source>
        <translation>&amp;Ta bort period…</translation>
    </message>
    <message>
        <source>&amp;Issue a certificate…</source>
        <translation>&amp;Utfärda arbetsintyg…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Employment &amp;periods</source>
        <translation>&amp;Anställningar</translation>
    </message>
    <message>
        <source>Issued ce&amp;rtificates</source>
        <translation>Utfärdade &amp;intyg</translation>
    </message>
    <message>
        <source>Employment: %1</source>
        <translation>Anställningar: %1</translation>
    </message>
    <message>
        <source>%1&apos;s employment by the cooperative. The tasks on the certificate are the services the member worked in during these periods.</source>
        <translation>Anställningar i andelslaget för %1. Arbetsuppgifterna i intyget är de tjänster som medlemmen har arbetat med under dessa perioder.</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>Ta bort period</translation>
    </message>
    <message>
        <source>Delete the selected employment period?</source>
        <translation>Ta bort den valda anställningsperioden?</translation>
    </message>
    <message>
        <source>employment-certificate</source>
        <translation>arbetsintyg</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>The fixed-term contract ended</source>
        <translation>Visstidsanställningen upphörde</translation>
    </message>
    <message>
        <source>The employee resigned</source>
        <translation>Arbetstagaren sade upp sig</translation>
    </message>
    <message>
        <source>The employer terminated the contract</source>
        <translation>Arbetsgivaren sade upp arbetsavtalet</translation>
    </message>
    <message>
        <source>Ended by mutual agreement</source>
        <translation>Upphörde genom ömsesidig överenskommelse</translation>
    </message>
    <message>
        <source>The employee retired</source>
        <translation>Arbetstagaren gick i pension</translation>
    </message>
    <message>
        <source>Ended for another reason</source>
        <translation>Upphörde av annan orsak</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Record an exit</source>
        <translation>Registrera avslut</translation>
    </message>
    <message>
        <source>Where the person went on leaving the programme or the cooperative. Follow-ups 3 and 6 months later are scheduled.</source>
        <translation>Vart personen gick när hen lämnade programmet eller andelslaget. Uppföljningar efter 3 och 6 månader schemaläggs.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Slutade</translation>
    </message>
    <message>
        <source>&amp;Went to</source>
        <translation>&amp;Gick till</translation>
    </message>
    <message>
        <source>A new &amp;job</source>
        <translation>Nytt arbe&amp;te</translation>
    </message>
    <message>
        <source>A new &amp;business</source>
        <translation>Nytt &amp;företag</translation>
    </message>
    <message>
        <source>Completed a &amp;qualification</source>
        <translation>Avlade en e&amp;xamen</translation>
    </message>
    <message>
        <source>Counts for the funder</source>
        <translation>Räknas för finansiären</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Anteckni&amp;ngar</translation>
    </message>
</context>
<context>
    <name>ExitTableModel</name>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Gick till</translation>
    </message>
    <message>
        <source>After 3 months</source>
        <translation>Efter 3 mån</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>Efter 6 mån</translation>
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
        <source>The IBAN&apos;s check digits do not match: check for a typing mistake.</source>
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
        <source>Deduction from wages needs the member&apos;s written consent. Record it first with Wage deduction consent.</source>
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
        <source>Write the person&apos;s full name.</source>
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
        <source>An organisation needs its business ID; only a household can be without.</source>
        <translation>En organisation behöver sitt FO-nummer; bara ett hushåll kan vara utan.</translation>
    </message>
    <message>
        <source>Only a household can get the household tax credit.</source>
        <translation>Bara ett hushåll kan få hushållsavdrag.</translation>
    </message>
    <message>
        <source>Write the two-letter country code, for example FI or SE.</source>
        <translation>Skriv landets tvåbokstavskod, till exempel FI eller SE.</translation>
    </message>
    <message>
        <source>Write the e-invoice address without spaces, for example 003720774740.</source>
        <translation>Skriv e-fakturaadressen utan mellanslag, till exempel 003720774740.</translation>
    </message>
    <message>
        <source>The check digit does not match: an OVT code is 0037 and the business ID&apos;s eight digits; a consumer&apos;s address is their IBAN.</source>
        <translation>Kontrollsiffran stämmer inte: en OVT-kod är 0037 och FO-numrets åtta siffror; en konsuments e-fakturaadress är hens IBAN.</translation>
    </message>
    <message>
        <source>Write the operator ID, for example BAWCFI22 or 003721291126.</source>
        <translation>Skriv förmedlarkoden, till exempel BAWCFI22 eller 003721291126.</translation>
    </message>
    <message>
        <source>An e-invoice address needs the operator ID too.</source>
        <translation>En e-fakturaadress behöver också förmedlarkoden.</translation>
    </message>
    <message>
        <source>Two agreed prices of one service cover the same days.</source>
        <translation>Två avtalade priser för samma tjänst gäller samma dagar.</translation>
    </message>
    <message>
        <source>A service keeps at least one price.</source>
        <translation>En tjänst måste ha minst ett pris.</translation>
    </message>
    <message>
        <source>The service has no price for that day in the price list.</source>
        <translation>Tjänsten har inget pris för den dagen i prislistan.</translation>
    </message>
    <message>
        <source>Another service has this code.</source>
        <translation>En annan tjänst har redan den här koden.</translation>
    </message>
    <message>
        <source>Another customer has this business ID.</source>
        <translation>En annan kund har samma FO-nummer.</translation>
    </message>
    <message>
        <source>Another price or rate of the same service is valid on some of these days. End it first.</source>
        <translation>Ett annat pris eller en annan lön för samma tjänst gäller redan några av dessa dagar. Avsluta den först.</translation>
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
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Slutet är före början.</translation>
    </message>
    <message>
        <source>Write the hours per week as a number above 0, at most 168.</source>
        <translation>Skriv timmarna per vecka som ett tal över 0, högst 168.</translation>
    </message>
    <message>
        <source>Choose a service, a member, or both.</source>
        <translation>Välj en tjänst, en medlem eller båda.</translation>
    </message>
    <message>
        <source>Give the end date too, or leave the reason empty.</source>
        <translation>Ange också slutdatumet eller lämna orsaken tom.</translation>
    </message>
    <message>
        <source>No employment period has ended with a reason to state.</source>
        <translation>Ingen anställning har upphört med en angiven orsak.</translation>
    </message>
    <message>
        <source>Write the assessment of skills and conduct, or untick it.</source>
        <translation>Skriv omdömet om yrkesskicklighet och uppförande eller avmarkera det.</translation>
    </message>
    <message>
        <source>The rate is at most 1 000 € per hour.</source>
        <translation>Timlönen kan vara högst 1 000 € per timme.</translation>
    </message>
    <message>
        <source>The dates overlap another period.</source>
        <translation>Datumen överlappar en annan period.</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>Projektet kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <source>The last meeting day cannot be before the first.</source>
        <translation>Den sista mötesdagen kan inte vara före den första.</translation>
    </message>
    <message>
        <source>No meeting falls between these days on that weekday.</source>
        <translation>Inga möten infaller den veckodagen mellan dessa dagar.</translation>
    </message>
    <message>
        <source>That would make more than 60 meetings; choose an earlier last day.</source>
        <translation>Det skulle bli fler än 60 möten; välj en tidigare sista dag.</translation>
    </message>
    <message>
        <source>Another project has this code.</source>
        <translation>Ett annat projekt har redan denna kod.</translation>
    </message>
    <message>
        <source>The project already has this group.</source>
        <translation>Projektet har redan en grupp med detta namn.</translation>
    </message>
    <message>
        <source>The person is already in this group on that day.</source>
        <translation>Personen hör redan till gruppen den dagen.</translation>
    </message>
    <message>
        <source>The plan cannot start before the intake day.</source>
        <translation>Planen kan inte börja före dagen för det inledande samtalet.</translation>
    </message>
    <message>
        <source>The end cannot be before the intake day.</source>
        <translation>Slutdagen kan inte vara före dagen för det inledande samtalet.</translation>
    </message>
    <message>
        <source>This member is already linked to another participant.</source>
        <translation>Medlemmen är redan kopplad till en annan deltagare.</translation>
    </message>
    <message>
        <source>Record the day the person agreed to keep this contact.</source>
        <translation>Ange dagen då personen samtyckte till att kontakten sparas.</translation>
    </message>
    <message>
        <source>Choose the person for individual coaching.</source>
        <translation>Välj personen för den individuella coachningen.</translation>
    </message>
    <message>
        <source>Write the day the goal was reached or dropped.</source>
        <translation>Skriv dagen då målet uppnåddes eller man avstod från det.</translation>
    </message>
    <message>
        <source>Of whom women cannot be more than the total.</source>
        <translation>Antalet kvinnor kan inte vara större än totalen.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Välj ett alternativ i listan.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the person left.</source>
        <translation>En uppföljning kan inte dateras före personens avslut.</translation>
    </message>
    <message>
        <source>The date is before the person&apos;s intake.</source>
        <translation>Datumet är före personens start.</translation>
    </message>
    <message>
        <source>The person is not in this group on that day.</source>
        <translation>Personen hör inte till gruppen den dagen.</translation>
    </message>
    <message>
        <source>Consent must be given on or before the day of answering.</source>
        <translation>Samtycket ska ges senast samma dag som svaren.</translation>
    </message>
    <message>
        <source>Choose an answer from 1 to 5.</source>
        <translation>Välj ett svar mellan 1 och 5.</translation>
    </message>
    <message>
        <source>Give at least one answer.</source>
        <translation>Ge minst ett svar.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation>Registrera uppföljning</translation>
    </message>
    <message>
        <source>%1: %2 months after leaving on %3.</source>
        <translation>%1: %2 månader efter avslutet %3.</translation>
    </message>
    <message>
        <source>&amp;Followed up on</source>
        <translation>&amp;Uppföljd</translation>
    </message>
    <message>
        <source>&amp;Situation now</source>
        <translation>&amp;Läget nu</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>A&amp;nteckning</translation>
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
    <name>FunderReportDialog</name>
    <message>
        <source>Report to the funder</source>
        <translation>Rapport till finansiären</translation>
    </message>
    <message>
        <source>Planned and realised figures, participants, coaching hours, outcomes and the group&apos;s questionnaire change. Counts under five people are shown as “&lt; 5”; no health information is included.</source>
        <translation>Mål och utfall, deltagare, coachningstimmar, placering och gruppens förändring i delaktighetsenkäten. Antal under fem personer visas som ”&lt; 5”; inga hälsouppgifter ingår.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>Every project, each on its own pages</source>
        <translation>Alla projekt, vart och ett på egna sidor</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
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
        <source>&amp;Language</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>funder-report</source>
        <translation>finansiarsrapport</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>Rapporten sparades.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Mål&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Läge:</translation>
    </message>
    <message>
        <source>Reached or &amp;dropped on:</source>
        <translation>Uppnått &amp;eller avstått den:</translation>
    </message>
    <message>
        <source>&amp;Review notes:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Name, e.g. Monday group:</source>
        <translation>&amp;Namn, t.ex. Måndagsgruppen:</translation>
    </message>
</context>
<context>
    <name>GroupResultsDialog</name>
    <message>
        <source>Questionnaire results of the group</source>
        <translation>Gruppens resultat i delaktighetsenkäten</translation>
    </message>
    <message>
        <source>%1: %2 people answered at the start and at the end.</source>
        <translation>%1: %2 personer svarade i början och i slutet.</translation>
    </message>
    <message>
        <source>%1: fewer than five people answered at the start and at the end, so no results are shown.</source>
        <translation>%1: färre än fem personer svarade både i början och i slutet, så inga resultat visas.</translation>
    </message>
    <message>
        <source>Averages on the scale 1–5 per statement; a missing answer is left out of that statement&apos;s average. Counts under five show as “&lt; 5”.</source>
        <translation>Medelvärden på skalan 1–5 per påstående; ett svar som saknas lämnas bort endast ur det påståendets medelvärde. Antal under fem visas som ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Results per statement</source>
        <translation>Resultat per påstående</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over a shift</source>
        <translation>Överlåt ett arbetspass</translation>
    </message>
    <message>
        <source>%1 on %2, %3–%4: %5</source>
        <translation>%1, %2 kl. %3–%4: %5</translation>
    </message>
    <message>
        <source>&amp;Substitute:</source>
        <translation>&amp;Vikarie:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Ownership and unemployment security</source>
        <translation>Ägande och utkomstskydd för arbetslösa</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under the Unemployment Security Act (1290/2002, chapter 1, section 6) a member who, in a leading position, owns at least 15 % of a cooperative&apos;s shares or votes, or at least 30 % together with family members, counts as an entrepreneur. An entrepreneur&apos;s right to unemployment benefit is assessed differently.&lt;/p&gt;&lt;p&gt;With at least seven members with equal shares and votes nobody reaches 15 %. That is why Osuva warns when the cooperative has fewer than 7 working members or when one member&apos;s share of the shares or votes reaches 15 %.&lt;/p&gt;&lt;p&gt;Osuva only warns. Ask the unemployment fund or the TE services how the rule applies to a particular member.&lt;/p&gt;&lt;p&gt;Sources: Unemployment Security Act 1290/2002, 1:6 (finlex.fi); Pellervo, guide for founders of cooperatives (pellervo.fi).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enligt lagen om utkomstskydd för arbetslösa (1290/2002) 1 kap. 6 § räknas en medlem som i ledande ställning äger minst 15 % av andelslagets andelar eller röster, eller tillsammans med familjemedlemmar minst 30 %, som företagare. En företagares rätt till arbetslöshetsförmån bedöms på annat sätt.&lt;/p&gt;&lt;p&gt;Med minst sju medlemmar med lika stora andelar och röster når ingen 15 %. Därför varnar Osuva när andelslaget har färre än 7 arbetande medlemmar eller när en medlems andel av andelarna eller rösterna når 15 %.&lt;/p&gt;&lt;p&gt;Osuva bara varnar. Fråga arbetslöshetskassan eller TE-tjänsterna hur regeln gäller en enskild medlem.&lt;/p&gt;&lt;p&gt;Källor: lagen om utkomstskydd för arbetslösa 1290/2002, 1:6 (finlex.fi); Pellervo, guide för grundare av andelslag (pellervo.fi).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours of the week</source>
        <translation>Veckans timrapporter</translation>
    </message>
    <message>
        <source>Space or Enter confirms a planned row as worked and moves to the next one. Type a number to change the hours; Delete clears a row. Save logs everything at once.</source>
        <translation>Mellanslag eller Enter kvitterar en planerad rad som utförd och går till nästa. Skriv ett tal för att ändra timmarna; Delete tömmer en rad. Spara registrerar allt på en gång.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Arbetsuppdrag:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Föregående vecka</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Denna vecka</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Nästa vecka</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rader:</translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Approve se&amp;lected</source>
        <translation>Godkänn &amp;valda</translation>
    </message>
    <message>
        <source>Appro&amp;ve the week</source>
        <translation>Godkänn &amp;hela veckan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Alla medlemmar</translation>
    </message>
    <message>
        <source>All assignments</source>
        <translation>Alla arbetsuppdrag</translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <translation>Vecka %1: %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved hours of this week while you were editing. Nothing was saved; what you typed is still in the grid.

Read the %n row(s) they changed again? What you typed on those rows is then lost; your other rows stay as you typed them.</source>
        <translation>
            <numerusform>Någon annan sparade timmar för den här veckan medan du redigerade. Ingenting sparades; det du skrev finns kvar i tabellen.

Läsa in raden som hen ändrade på nytt? Det du skrev på den raden går då förlorat; dina övriga rader förblir som du skrev dem.</numerusform>
            <numerusform>Någon annan sparade timmar för den här veckan medan du redigerade. Ingenting sparades; det du skrev finns kvar i tabellen.

Läsa in de %n rader som hen ändrade på nytt? Det du skrev på de raderna går då förlorat; dina övriga rader förblir som du skrev dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
    <message>
        <source>%1 on %2, %3: %4</source>
        <translation>%1 den %2, %3: %4</translation>
    </message>
    <message>
        <source>The rows someone else changed now show what they saved. Check them, then save again.</source>
        <translation>Raderna som någon annan ändrade visar nu det som hen sparade. Kontrollera dem och spara igen.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Timmarna är inte sparade</translation>
    </message>
    <message>
        <source>Some hours in the grid are not saved. Leave them unsaved?</source>
        <translation>En del timmar i tabellen är inte sparade. Lämna dem osparade?</translation>
    </message>
</context>
<context>
    <name>HoursGridModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Arbetsuppdrag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivilligarbete</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Read again: saved by someone else</source>
        <translation>Inläst på nytt: sparat av någon annan</translation>
    </message>
    <message>
        <source>To be removed</source>
        <translation>Tas bort</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerad</translation>
    </message>
    <message>
        <source>✓ To be logged</source>
        <translation>✓ Registreras</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrerad</translation>
    </message>
</context>
<context>
    <name>ImpactLabels</name>
    <message>
        <source>Open labour market, full-time</source>
        <translation>Öppna arbetsmarknaden, heltid</translation>
    </message>
    <message>
        <source>Open labour market, part-time</source>
        <translation>Öppna arbetsmarknaden, deltid</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Own business or another cooperative</source>
        <translation>Eget företag eller annat andelslag</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Andra tjänster</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>I början</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>I slutet</translation>
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
        <source>Choose the member list</source>
        <translation>Välj medlemsförteckningen</translation>
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
    <name>ImportPreviewDialog</name>
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
    <name>InvoicePdfDialog</name>
    <message>
        <source>Invoice %1 as PDF</source>
        <translation>Faktura %1 som PDF</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(utkast)</translation>
    </message>
    <message>
        <source>The invoice&apos;s language</source>
        <translation>Fakturans språk</translation>
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
    <name>InvoiceRunDialog</name>
    <message>
        <source>Invoice run</source>
        <translation>Faktureringskörning</translation>
    </message>
    <message>
        <source>Each customer&apos;s unbilled approved hours of the month become one invoice, issued and written as a PDF into the folder. Cancel stops between invoices: what was issued stays whole.</source>
        <translation>Varje kunds ofakturerade godkända timmar för månaden blir en faktura som utfärdas och sparas som PDF i mappen. Avbryt stannar mellan fakturorna: det som redan utfärdats förblir helt.</translation>
    </message>
    <message>
        <source>Issue the in&amp;voices</source>
        <translation>&amp;Utfärda fakturorna</translation>
    </message>
    <message>
        <source>&amp;Month of the hours:</source>
        <translation>&amp;Månad för timmarna:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>Mapp för &amp;PDF-filerna:</translation>
    </message>
    <message>
        <source>&amp;E-mail the invoices to customers with an e-mail address</source>
        <translation>&amp;Skicka fakturorna per e-post till kunder som har en e-postadress</translation>
    </message>
    <message>
        <source>No e-mail account is set up: the invoices can be e-mailed once it is set up in Invoice settings.</source>
        <translation>Inget e-postkonto är inställt: fakturorna kan skickas per e-post när kontot har ställts in under Faktureringsinställningar.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Totalt exkl. moms</translation>
    </message>
    <message>
        <source>&amp;Invoices to issue:</source>
        <translation>&amp;Fakturor att utfärda:</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>Mapp för PDF-filerna</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) to issue.</source>
        <translation>
            <numerusform>%n faktura att utfärda.</numerusform>
            <numerusform>%n fakturor att utfärda.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has unbilled approved hours in this month.</source>
        <translation>Ingen kund har ofakturerade godkända timmar för den här månaden.</translation>
    </message>
    <message>
        <source>Issuing the invoices…</source>
        <translation>Fakturorna utfärdas…</translation>
    </message>
    <message>
        <source>Invoices issued: %1. The PDFs are in %2.</source>
        <translation>Utfärdade fakturor: %1. PDF-filerna finns i %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) take e-invoices: their Finvoice files are in the same folder. Upload the file(s) to your e-invoice operator&apos;s or bank&apos;s service; Osuva has no connection to operators.</source>
        <translation>
            <numerusform>%n kund tar emot e-fakturor: dess Finvoice-fil finns i samma mapp. Ladda upp den till din e-fakturaoperatörs eller banks tjänst; Osuva har ingen förbindelse med operatörer.</numerusform>
            <numerusform>%n kunder tar emot e-fakturor: deras Finvoice-filer finns i samma mapp. Ladda upp dem till din e-fakturaoperatörs eller banks tjänst; Osuva har ingen förbindelse med operatörer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) not issued:</source>
        <translation>
            <numerusform>%n faktura utfärdades inte:</numerusform>
            <numerusform>%n fakturor utfärdades inte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued to %1: check the customer&apos;s address and IDs.</source>
        <translation>Ingen faktura till %1: kontrollera kundens adress och nummer.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) e-mailed to the customers.</source>
        <translation>
            <numerusform>%n faktura skickades per e-post till kunderna.</numerusform>
            <numerusform>%n fakturor skickades per e-post till kunderna.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (invoice %2)</source>
        <translation>%1 (faktura %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) to send by hand, as the customer has no e-mail address: %1.</source>
        <translation>
            <numerusform>%n faktura ska skickas för hand, eftersom kunden saknar e-postadress: %1.</numerusform>
            <numerusform>%n fakturor ska skickas för hand, eftersom kunderna saknar e-postadress: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) not sent. They are issued: send them later with E-mail / e-invoice… in the invoice list.</source>
        <translation>
            <numerusform>%n faktura skickades inte. Den är utfärdad: skicka den senare med Skicka faktura… i fakturalistan.</numerusform>
            <numerusform>%n fakturor skickades inte. De är utfärdade: skicka dem senare med Skicka faktura… i fakturalistan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1 to %2 not sent: the mail server refused it (%3).</source>
        <translation>Faktura %1 till %2 skickades inte: e-postservern tog inte emot den (%3).</translation>
    </message>
    <message>
        <source>Not sent, the mail server could not be reached (%1): %2.</source>
        <translation>Skickades inte, e-postservern gick inte att nå (%1): %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceSettingsDialog</name>
    <message>
        <source>Invoice settings</source>
        <translation>Faktureringsinställningar</translation>
    </message>
    <message>
        <source>Issued invoices keep what they were issued with.</source>
        <translation>Redan utfärdade fakturor förblir oförändrade.</translation>
    </message>
    <message>
        <source>Finnish reference (viitenumero)</source>
        <translation>Finsk referens (viitenumero)</translation>
    </message>
    <message>
        <source>International RF reference</source>
        <translation>Internationell RF-referens</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>&amp;Typ av referens:</translation>
    </message>
    <message>
        <source>Left window</source>
        <translation>Vänster fönster</translation>
    </message>
    <message>
        <source>Right window</source>
        <translation>Höger fönster</translation>
    </message>
    <message>
        <source>&amp;Address in the envelope:</source>
        <translation>&amp;Adress i fönsterkuvertet:</translation>
    </message>
    <message>
        <source>&amp;VAT ID (if not FI + business ID):</source>
        <translation>&amp;Momsnummer (om inte FI + FO-nummer):</translation>
    </message>
    <message>
        <source>In the &amp;prepayment register</source>
        <translation>Införd i &amp;förskottsuppbördsregistret</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-post (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen kryptering</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Anv&amp;ändarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word (kept in the keyring):</source>
        <translation>&amp;Lösenord (sparas i systemets nyckelring):</translation>
    </message>
    <message>
        <source>Sen&amp;der address:</source>
        <translation>Avsändarens a&amp;dress:</translation>
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
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
</context>
<context>
    <name>InvoicingTab</name>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Fordringar</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Ny faktura…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Iss&amp;ue…</source>
        <translation>&amp;Fakturera…</translation>
    </message>
    <message>
        <source>Cr&amp;edit…</source>
        <translation>Kr&amp;editera…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Ta bort utkast…</translation>
    </message>
    <message>
        <source>Invoice &amp;run…</source>
        <translation>Faktureringskörn&amp;ing…</translation>
    </message>
    <message>
        <source>E-m&amp;ail / e-invoice…</source>
        <translation>Skicka fakt&amp;ura…</translation>
    </message>
    <message>
        <source>Invoice se&amp;ttings…</source>
        <translation>Faktureringsinställnin&amp;gar…</translation>
    </message>
    <message>
        <source>Open: %1 · overdue: %2</source>
        <translation>Öppet: %1 · förfallet: %2</translation>
    </message>
    <message>
        <source>Issue the invoice to %1 for %2? It gets the next number and can never be changed again; corrections are made with a credit note.</source>
        <translation>Fakturera %1 för %2? Fakturan får nästa nummer och kan aldrig ändras; rättelser görs med en kreditnota.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Fakturera</translation>
    </message>
    <message>
        <source>Invoice %1 was issued.</source>
        <translation>Faktura %1 har utfärdats.</translation>
    </message>
    <message>
        <source>the invoice has no lines</source>
        <translation>fakturan har inga rader</translation>
    </message>
    <message>
        <source>the customer has no complete address (street, postal code and town)</source>
        <translation>kundens adress är ofullständig (gatuadress, postnummer och postort)</translation>
    </message>
    <message>
        <source>a reverse-charge line needs the buyer&apos;s VAT ID: add the customer&apos;s business ID</source>
        <translation>en rad med omvänd skattskyldighet kräver köparens momsnummer: lägg till kundens FO-nummer</translation>
    </message>
    <message>
        <source>The invoice was not issued:
%1</source>
        <translation>Fakturan utfärdades inte:
%1</translation>
    </message>
    <message>
        <source>Delete the draft invoice to %1? Its hours can be invoiced again.</source>
        <translation>Ta bort fakturautkastet till %1? Dess timmar kan faktureras på nytt.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
</context>
<context>
    <name>ItemResultModel</name>
    <message>
        <source>Statement</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>I början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>I slutet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Start 1–5</source>
        <translation>I början 1–5</translation>
    </message>
    <message>
        <source>End 1–5</source>
        <translation>I slutet 1–5</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Lägg till %1 i en grupp</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Med &amp;från:</translation>
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
        <source>Peer-support group</source>
        <translation>Kamratstödsgrupp</translation>
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
    <message>
        <source>Requested</source>
        <translation>Begärt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
</context>
<context>
    <name>LeaveGroupDialog</name>
    <message>
        <source>%1 leaves a group</source>
        <translation>%1 lämnar en grupp</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sedan %2)</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Lämnade:</translation>
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
    <name>LimitDialog</name>
    <message>
        <source>Earnings limit of a year</source>
        <translation>Årets inkomstgräns</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Benefit</source>
        <translation>&amp;Förmån</translation>
    </message>
    <message>
        <source>Earnings limit per &amp;month (€)</source>
        <translation>Inkomstgräns per &amp;månad (€)</translation>
    </message>
    <message>
        <source>Earnings limit per y&amp;ear (€)</source>
        <translation>Inkomstgräns per å&amp;r (€)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
</context>
<context>
    <name>LimitModel</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Förmån</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per år</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>LoadWarnings</name>
    <message>
        <source>%1 in the week starting %2: more than the %3 the member has chosen as their most.</source>
        <translation>%1 under veckan som börjar %2: mer än de %3 som medlemmen själv har valt som högsta.</translation>
    </message>
    <message>
        <source>Earnings in %1 would be %2, %3 % of the member&apos;s own monthly limit of %4.</source>
        <translation>Inkomsten för %1 skulle bli %2, det vill säga %3 % av medlemmens egen månadsgräns på %4.</translation>
    </message>
    <message>
        <source>Earnings in %1 would be %2 and reach the member&apos;s own monthly limit of %3.</source>
        <translation>Inkomsten för %1 skulle bli %2 och nå medlemmens egen månadsgräns på %3.</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>No e-mail account is set up: fill in the e-mail part of the invoice settings.</source>
        <translation>Inget e-postkonto har ställts in: fyll i e-postdelen i faktureringsinställningarna.</translation>
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
        <source>Customers</source>
        <translation>Kunder</translation>
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
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>&amp;Bank statement…</source>
        <translation>&amp;Kontoutdrag…</translation>
    </message>
    <message>
        <source>&amp;Unmatched payments…</source>
        <translation>Ej kopplade &amp;betalningar…</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>&amp;Påminnelser…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>&amp;Rapporter…</translation>
    </message>
    <message>
        <source>Record a payment of the selected &amp;invoice…</source>
        <translation>Registrera betalning för vald &amp;faktura…</translation>
    </message>
    <message>
        <source>&amp;E-invoice of the selected invoice…</source>
        <translation>&amp;E-faktura för vald faktura…</translation>
    </message>
    <message>
        <source>Choose an issued invoice in the Invoicing tab first.</source>
        <translation>Välj först en utfärdad faktura på fliken Fakturering.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
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
    <message>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>&amp;Questionnaire…</source>
        <translation>&amp;Delaktighetsenkät…</translation>
    </message>
    <message>
        <source>&amp;Outcomes and follow-ups…</source>
        <translation>&amp;Placering och uppföljning…</translation>
    </message>
    <message>
        <source>&amp;Funder&apos;s report…</source>
        <translation>&amp;Rapport till finansiären…</translation>
    </message>
    <message>
        <source>Participation &amp;certificate…</source>
        <translation>&amp;Intyg över deltagande…</translation>
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
    <message>
        <source>Monthly earnings lim&amp;it in %1 (€)</source>
        <translation>Inkomstgr&amp;äns per månad %1 (€)</translation>
    </message>
    <message>
        <source>Yearly earnings limit in %1 (€)</source>
        <translation>Inkomstgräns per år %1 (€)</translation>
    </message>
    <message>
        <source>Most hours per week (h)</source>
        <translation>Högst timmar per vecka (h)</translation>
    </message>
    <message>
        <source>The member decides their own load. Osuva warns when work goes beyond it.</source>
        <translation>Medlemmen bestämmer själv sin arbetsmängd. Osuva varnar när arbetet går över den.</translation>
    </message>
    <message>
        <source>Earnings limits by year…</source>
        <translation>Inkomstgränser per år…</translation>
    </message>
    <message>
        <source>Other years</source>
        <translation>Andra år</translation>
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
    <message>
        <source>&amp;Employment and certificates…</source>
        <translation>&amp;Anställningar och arbetsintyg…</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Move a shift</source>
        <translation>Flytta ett arbetspass</translation>
    </message>
    <message>
        <source>%1 on %2, %3–%4. Everyone on it moves.</source>
        <translation>%1, %2 kl. %3–%4. Alla på passet flyttas.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Börjar kl.:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Slutar kl.:</translation>
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
        <source>The database is busy with another user&apos;s change. Nothing was saved; try again.</source>
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
    <name>OutcomesDialog</name>
    <message>
        <source>Outcomes and follow-ups</source>
        <translation>Placering och uppföljning</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Exits recorded</source>
        <translation>Registrerade avslut</translation>
    </message>
    <message>
        <source>Follow-ups 3 and 6 months after someone left: overdue ones and those due in the next two weeks. Press Enter on a row to record the result.</source>
        <translation>Uppföljningar 3 och 6 månader efter att någon slutat: försenade och de som ska göras inom två veckor. Tryck Enter på en rad för att registrera resultatet.</translation>
    </message>
    <message>
        <source>Record an &amp;exit…</source>
        <translation>Registrera &amp;avslut…</translation>
    </message>
    <message>
        <source>Record the &amp;follow-up…</source>
        <translation>Registrera &amp;uppföljning…</translation>
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
        <source>Source: Unemployment Security Act 1:6, as explained in Pellervo&apos;s guide for founders of cooperatives.</source>
        <translation>Källa: lagen om utkomstskydd för arbetslösa 1:6 enligt Pellervos guide för grundare av andelslag.</translation>
    </message>
    <message>
        <source>Why does this matter?</source>
        <translation>Varför spelar detta roll?</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Intake day:</source>
        <translation>Dag för &amp;inledande samtal:</translation>
    </message>
    <message>
        <source>&amp;Member number, if a member:</source>
        <translation>&amp;Medlemsnummer, om medlem:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>F&amp;ödelsedatum:</translation>
    </message>
    <message>
        <source>or birth &amp;year:</source>
        <translation>eller födelse&amp;år:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>Labour-market &amp;status at start:</source>
        <translation>Ställning på &amp;arbetsmarknaden vid start:</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>&amp;Utbildning:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>Mål&amp;grupp:</translation>
    </message>
    <message>
        <source>Intake &amp;note (does the cooperative suit the situation now?):</source>
        <translation>Anteckning från inledande samtal (passar andelslaget situationen &amp;nu?):</translation>
    </message>
    <message>
        <source>&amp;Consent to data processing on:</source>
        <translation>Samtycke till &amp;behandling av uppgifter:</translation>
    </message>
    <message>
        <source>Consent to the &amp;questionnaire on:</source>
        <translation>Samtycke till &amp;delaktighetsenkäten:</translation>
    </message>
    <message>
        <source>Coaching &amp;ended on:</source>
        <translation>Coachningen a&amp;vslutades:</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Medlemsnr</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Add to a &amp;group…</source>
        <translation>Lägg till i &amp;grupp…</translation>
    </message>
    <message>
        <source>&amp;Leave a group…</source>
        <translation>Lämna en gr&amp;upp…</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Plan…</translation>
    </message>
    <message>
        <source>Support &amp;network…</source>
        <translation>Stöd&amp;nätverk…</translation>
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
    <name>PeriodDialog</name>
    <message>
        <source>Edit employment period</source>
        <translation>Redigera anställningsperiod</translation>
    </message>
    <message>
        <source>Add employment period</source>
        <translation>Lägg till anställningsperiod</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Början</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Slut</translation>
    </message>
    <message>
        <source>&amp;Reason for ending</source>
        <translation>&amp;Orsak till att anställningen upphörde</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Orsak till att anställningen upphörde</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Personal plan: %1</source>
        <translation>Personlig plan: %1</translation>
    </message>
    <message>
        <source>Intake %1: %2</source>
        <translation>Inledande samtal %1: %2</translation>
    </message>
    <message>
        <source>Plan &amp;started on:</source>
        <translation>Planen &amp;påbörjad:</translation>
    </message>
    <message>
        <source>&amp;First step:</source>
        <translation>&amp;Första steget:</translation>
    </message>
    <message>
        <source>Next &amp;review on:</source>
        <translation>Nästa &amp;uppföljning:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <source>Steps on the path</source>
        <translation>Stegen på vägen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Move to a step…</source>
        <translation>&amp;Gå vidare till ett steg…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>&amp;Lägg till mål…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Redigera mål…</translation>
    </message>
    <message>
        <source>Individual coaching sessions</source>
        <translation>Individuell coachning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Prin&amp;t the plan…</source>
        <translation>Skriv u&amp;t planen…</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>The new price holds from the day given. Work done before it keeps the old price; a change on the day another starts replaces that price.</source>
        <translation>Det nya priset gäller från den angivna dagen. Arbete som gjorts innan behåller det gamla priset; en ändring samma dag som ett annat pris börjar ersätter det.</translation>
    </message>
    <message>
        <source>Change the price of %1</source>
        <translation>Ändra priset: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gäller &amp;från</translation>
    </message>
    <message>
        <source>New net &amp;price (€)</source>
        <translation>Nytt netto&amp;pris (€)</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list</source>
        <translation>Prislista</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Dated prices</source>
        <translation>Daterade priser</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Tjänster:</translation>
    </message>
    <message>
        <source>&amp;Dated list prices:</source>
        <translation>&amp;Priser per datum:</translation>
    </message>
    <message>
        <source>Agreed prices</source>
        <translation>Avtalade priser</translation>
    </message>
    <message>
        <source>Agreed wit&amp;h customers (not changed by the list price; Enter opens):</source>
        <translation>&amp;Avtalade priser med kunder (ändras inte med listpriset; Enter öppnar kunden):</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Lägg till tjänst…</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>&amp;Redigera tjänst…</translation>
    </message>
    <message>
        <source>&amp;Change price…</source>
        <translation>&amp;Ändra pris…</translation>
    </message>
    <message>
        <source>&amp;Remove price change</source>
        <translation>Ta &amp;bort prisändring</translation>
    </message>
    <message>
        <source>&amp;Dated list prices of %1:</source>
        <translation>&amp;Priser: %1</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Valid from</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettopris</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Finansiär:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>&amp;Participants started:</source>
        <translation>&amp;Deltagare som började:</translation>
    </message>
    <message>
        <source>– of w&amp;hom women:</source>
        <translation>– va&amp;rav kvinnor:</translation>
    </message>
    <message>
        <source>– of whom wo&amp;men:</source>
        <translation>– varav kv&amp;innor:</translation>
    </message>
    <message>
        <source>Planned figures</source>
        <translation>Planerade mål</translation>
    </message>
    <message>
        <source>– of &amp;whom women:</source>
        <translation>– &amp;varav kvinnor:</translation>
    </message>
    <message>
        <source>New &amp;jobs:</source>
        <translation>Nya &amp;jobb:</translation>
    </message>
    <message>
        <source>– of wh&amp;om women:</source>
        <translation>– v&amp;arav kvinnor:</translation>
    </message>
    <message>
        <source>New &amp;businesses:</source>
        <translation>Nya för&amp;etag:</translation>
    </message>
    <message>
        <source>Completed &amp;qualifications:</source>
        <translation>Avlagda e&amp;xamina:</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Projects and groups</source>
        <translation>Projekt och grupper</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>In it today</source>
        <translation>Med i dag</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Redigera projekt…</translation>
    </message>
    <message>
        <source>New g&amp;roup…</source>
        <translation>Ny gr&amp;upp…</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Participation questionnaire</source>
        <translation>Delaktighetsenkät</translation>
    </message>
    <message>
        <source>Enter the answers one person gave on paper. Answering is voluntary; a statement left unanswered is saved as missing. Results are shown only for a group of at least five people who answered at the start and at the end.</source>
        <translation>Mata in svaren som en person gav på papper. Det är frivilligt att svara; ett påstående utan svar sparas som saknat. Resultat visas endast för en grupp där minst fem personer svarade både i början och i slutet.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>&amp;Besvarad</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <translation>Sa&amp;mtycke givet</translation>
    </message>
    <message>
        <source>The statements are placeholders: enter THL&apos;s official wording with Statements… before using the questionnaire.</source>
        <translation>Påståendena är platshållare: ange THL:s officiella formuleringar under Påståenden… innan enkäten används.</translation>
    </message>
    <message>
        <source>— no answer —</source>
        <translation>— inget svar —</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Svar %1</translation>
    </message>
    <message>
        <source>Group &amp;results…</source>
        <translation>Gruppens &amp;resultat…</translation>
    </message>
    <message>
        <source>S&amp;tatements…</source>
        <translation>Påstå&amp;enden…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Saved the answers of %1. Enter the next sheet.</source>
        <translation>Svaren av %1 sparades. Mata in nästa blankett.</translation>
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
    <name>ReminderMailDialog</name>
    <message>
        <source>It claims %1 in all: open %2, fee %3, late interest %4.</source>
        <translation>Den kräver sammanlagt %1: öppet %2, avgift %3, dröjsmålsränta %4.</translation>
    </message>
    <message>
        <source>The reminder recorded on %1 goes again as it was recorded; only the sending is added to the invoice.</source>
        <translation>Påminnelsen som registrerades %1 skickas igen sådan som den registrerades; endast denna sändning läggs till på fakturan.</translation>
    </message>
    <message>
        <source>The reminder dated %1 goes as a PDF attachment from the cooperative&apos;s address, in the invoice&apos;s language. It is recorded only when the mail server accepts it, so if sending fails you can simply try again.</source>
        <translation>Påminnelsen daterad %1 skickas som PDF-bilaga från andelslagets adress, på fakturans språk. Den registreras först när e-postservern har tagit emot den, så om sändningen misslyckas kan du helt enkelt försöka igen.</translation>
    </message>
    <message>
        <source>E-mail the reminder for invoice %1</source>
        <translation>Skicka betalningspåminnelsen för faktura %1 per e-post</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Sending the reminder…</source>
        <translation>Skickar påminnelsen…</translation>
    </message>
    <message>
        <source>The reminder was sent to %1.</source>
        <translation>Påminnelsen skickades till %1.</translation>
    </message>
    <message>
        <source>The mail server did not accept the reminder, and nothing was recorded. Check the e-mail settings and the connection, then try again.</source>
        <translation>E-postservern tog inte emot påminnelsen, och ingenting registrerades. Kontrollera e-postinställningarna och förbindelsen och försök sedan igen.</translation>
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
        <source>Invoices past their due date with money still open. A reminder claims the open amount, the fee the law allows (consumers and associations at most 5 €, from 14 days after the due date; businesses and public bodies the 40 € compensation once) and late interest to its date, with the calculation shown.</source>
        <translation>Fakturor vars förfallodag har passerat och som fortfarande har ett öppet belopp. En påminnelse kräver det öppna beloppet, den avgift lagen tillåter (konsumenter och föreningar högst 5 €, tidigast 14 dagar efter förfallodagen; företag och offentliga samfund en gång standardersättningen 40 €) och dröjsmålsränta till påminnelsens datum, med beräkningen.</translation>
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
        <source>&amp;E-mail reminder…</source>
        <translation>Påminnelse per &amp;e-post…</translation>
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
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1 (not in the group)</source>
        <translation>%1 (inte i gruppen)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Inte markerad</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send invoice %1 by e-mail</source>
        <translation>Skicka faktura %1 per e-post</translation>
    </message>
    <message>
        <source>The invoice goes as a PDF attachment from the cooperative&apos;s address.</source>
        <translation>Fakturan skickas som PDF-bilaga från andelslagets adress.</translation>
    </message>
    <message>
        <source>Sending the invoice…</source>
        <translation>Fakturan skickas…</translation>
    </message>
    <message>
        <source>The invoice was sent to %1.</source>
        <translation>Fakturan skickades till %1.</translation>
    </message>
    <message>
        <source>This customer receives e-invoices, not e-mail.</source>
        <translation>Den här kunden tar emot e-fakturor, inte e-post.</translation>
    </message>
    <message>
        <source>The mail server did not accept the invoice. Check the e-mail settings and the connection, then try again.</source>
        <translation>E-postservern tog inte emot fakturan. Kontrollera e-postinställningarna och förbindelsen och försök igen.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be sent.</source>
        <translation>Endast en utfärdad faktura kan skickas.</translation>
    </message>
</context>
<context>
    <name>SendingHistory</name>
    <message>
        <source>%1: payment reminder %2 by e-mail to %3</source>
        <translation>%1: betalningspåminnelse %2 per e-post till %3</translation>
    </message>
    <message>
        <source>%1: e-invoice file for the address %2 (to be uploaded to the operator)</source>
        <translation>%1: e-fakturafil till adressen %2 (laddas upp till operatören)</translation>
    </message>
    <message>
        <source>%1: the invoice by e-mail to %2</source>
        <translation>%1: fakturan per e-post till %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not sent from Osuva yet.</source>
        <translation>Inte skickad från Osuva ännu.</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Skickad:</translation>
    </message>
    <message>
        <source>Sending history</source>
        <translation>Sändningshistorik</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New weekly meeting</source>
        <translation>Nytt veckomöte</translation>
    </message>
    <message>
        <source>Creates a session for every meeting day. Public holidays are left out when chosen; single meetings can later be skipped or moved.</source>
        <translation>Skapar ett möte för varje mötesdag. Helgdagar hoppas över om du väljer det; enskilda möten kan senare ställas in eller flyttas.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Veckodag:</translation>
    </message>
    <message>
        <source>E&amp;very … weeks:</source>
        <translation>Var&amp;je … vecka:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dagen:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>&amp;Sista dagen:</translation>
    </message>
    <message>
        <source>Leave out public &amp;holidays</source>
        <translation>Hoppa över &amp;helgdagar</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>&amp;Börjar kl.:</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>&amp;Längd (minuter):</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Veckomöte</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>&amp;Show the meeting days</source>
        <translation>Visa mötes&amp;dagarna</translation>
    </message>
    <message>
        <source>Meeting days</source>
        <translation>Mötesdagar</translation>
    </message>
    <message>
        <source>%1 meetings:</source>
        <translation>%1 möten:</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Redigera tjänst</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lägg till tjänst</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish</source>
        <translation>Namn på &amp;finska</translation>
    </message>
    <message>
        <source>Name in &amp;Swedish</source>
        <translation>Namn på &amp;svenska</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Namn på &amp;engelska</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>E&amp;nhet</translation>
    </message>
    <message>
        <source>&amp;VAT</source>
        <translation>&amp;Moms</translation>
    </message>
    <message>
        <source>Work counts for the &amp;household tax credit</source>
        <translation>Arbetet ger rätt till &amp;hushållsavdrag</translation>
    </message>
    <message>
        <source>Tax credit</source>
        <translation>Hushållsavdrag</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Net &amp;price (€)</source>
        <translation>Netto&amp;pris (€)</translation>
    </message>
    <message>
        <source>Price valid f&amp;rom</source>
        <translation>Priset gäller fr&amp;ån</translation>
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
        <source>This member&apos;s personal data has been erased.</source>
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
        <source>This invoice is still a draft: issue it before recording payments.</source>
        <translation>Fakturan är ännu ett utkast: utfärda den innan du registrerar betalningar.</translation>
    </message>
    <message>
        <source>This payment was already allocated, perhaps by another user. Refresh the list (F5).</source>
        <translation>Betalningen är redan kopplad, kanske av en annan användare. Uppdatera listan (F5).</translation>
    </message>
    <message>
        <source>Osuva found no invoice to suggest for this payment: allocate it by hand.</source>
        <translation>Osuva hittade ingen faktura att föreslå för betalningen: koppla den för hand.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited; a draft can simply be changed.</source>
        <translation>Bara en utfärdad faktura kan krediteras; ett utkast kan helt enkelt ändras.</translation>
    </message>
    <message>
        <source>An issued invoice never changes. Correct it with a credit note and a new invoice.</source>
        <translation>En utfärdad faktura ändras aldrig. Rätta den med en kreditnota och en ny faktura.</translation>
    </message>
    <message>
        <source>The payment reference of this invoice is already used by another invoice or a share fee, so the invoice was not issued. Check the invoice series and the reference type in the invoice settings.</source>
        <translation>Fakturans referensnummer används redan av en annan faktura eller en andelsavgift, så fakturan utfärdades inte. Kontrollera fakturaserien och referenstypen i faktureringsinställningarna.</translation>
    </message>
    <message>
        <source>Only an issued invoice can get a payment reminder.</source>
        <translation>Bara en utfärdad faktura kan få en betalningspåminnelse.</translation>
    </message>
    <message>
        <source>A reminder of this invoice was already recorded today.</source>
        <translation>En påminnelse om fakturan har redan registrerats i dag.</translation>
    </message>
    <message>
        <source>The invoice is paid: no reminder is needed.</source>
        <translation>Fakturan är betald: ingen påminnelse behövs.</translation>
    </message>
    <message>
        <source>It is too early for a reminder: the law requires 14 days after the due date or after the previous reminder.</source>
        <translation>Det är för tidigt för en påminnelse: lagen kräver 14 dagar efter förfallodagen eller den förra påminnelsen.</translation>
    </message>
    <message>
        <source>The payment is larger than the share fee still open.</source>
        <translation>Betalningen är större än den andelsavgift som ännu är öppen.</translation>
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
        <source>The database is busy with another user&apos;s change. Nothing was saved; try again.</source>
        <translation>Databasen är upptagen med en annan användares ändring. Ingenting sparades; försök igen.</translation>
    </message>
    <message>
        <source>The file needs a column for the customer&apos;s name (Nimi, Namn or Name) on its first row.</source>
        <translation>Filens första rad måste ha en kolumn för kundens namn (Nimi, Namn eller Name).</translation>
    </message>
    <message>
        <source>The customer has work or invoices and cannot be deleted. Deactivate it in the customer form instead.</source>
        <translation>Kunden har arbetsuppdrag eller fakturor och kan inte tas bort. Markera den som inaktiv i kundformuläret i stället.</translation>
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
    <message>
        <source>The member has no employment periods. Add the period first.</source>
        <translation>Medlemmen har inga anställningsperioder. Lägg först till en period.</translation>
    </message>
    <message>
        <source>Some hours have no wage rate. Add the missing rates under Wage rates.</source>
        <translation>En del timmar saknar timlön. Lägg till de timlöner som saknas under Timlöner.</translation>
    </message>
    <message>
        <source>Attendance was taken for this meeting, so it cannot be skipped.</source>
        <translation>Närvaron är redan antecknad för mötet, så det kan inte ställas in.</translation>
    </message>
    <message>
        <source>This session is not part of a weekly meeting.</source>
        <translation>Detta möte hör inte till ett veckomöte.</translation>
    </message>
    <message>
        <source>Info-session attendees are counted, not listed: write the number in the session.</source>
        <translation>Deltagarna i ett infomöte räknas men listas inte: skriv antalet i mötets uppgifter.</translation>
    </message>
    <message>
        <source>The meeting was cancelled. Restore it first to take attendance.</source>
        <translation>Mötet är inställt. Återställ det först för att anteckna närvaron.</translation>
    </message>
    <message>
        <source>This person&apos;s exit is already recorded. Nothing was saved.</source>
        <translation>Personens avslut är redan registrerat. Inget sparades.</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>Pris i dag</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Household tax credit</source>
        <translation>Hushållsavdrag</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New coaching session</source>
        <translation>Nytt coachningsmöte</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>&amp;Börjar kl.:</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>&amp;Längd (minuter):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Ingen vald</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>&amp;Agenda, one item a line:</source>
        <translation>&amp;Föredragningslista, en punkt per rad:</translation>
    </message>
    <message>
        <source>Ca&amp;rry over open items from the last meeting</source>
        <translation>Fö&amp;r över öppna punkter från förra mötet</translation>
    </message>
    <message>
        <source>&amp;Items left open:</source>
        <translation>Punkter som blev &amp;öppna:</translation>
    </message>
    <message>
        <source>Attendee &amp;count:</source>
        <translation>Antal deltagar&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Nothing to carry over</source>
        <translation>Inget att föra över</translation>
    </message>
    <message>
        <source>The last meeting left no open items.</source>
        <translation>Förra mötet lämnade inga öppna punkter.</translation>
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
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (inställt)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
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
        <source>Signer&apos;s tit&amp;le</source>
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
    <name>StepDialog</name>
    <message>
        <source>Move to a step on the path</source>
        <translation>Gå vidare till ett steg på vägen</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Steg:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;Why, what was agreed:</source>
        <translation>&amp;Varför, vad avtalades:</translation>
    </message>
</context>
<context>
    <name>SupportContactDialog</name>
    <message>
        <source>New support contact</source>
        <translation>Ny kontakt i stödnätverket</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Kontakt i stödnätverket</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>The person &amp;agreed on:</source>
        <translation>Personen samt&amp;yckte den:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Ant&amp;eckning:</translation>
    </message>
</context>
<context>
    <name>SupportNetworkDialog</name>
    <message>
        <source>Support network: %1</source>
        <translation>Stödnätverk: %1</translation>
    </message>
    <message>
        <source>People the participant has agreed the facilitator may keep in touch with. Visible to facilitators only.</source>
        <translation>Personer som deltagaren har gett handledaren lov att hålla kontakt med. Syns bara för handledare.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke givet</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakter:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove (consent withdrawn)…</source>
        <translation>&amp;Ta bort (samtycket återkallat)…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>Remove %1 from the support network?</source>
        <translation>Ta bort %1 från stödnätverket?</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
</context>
<context>
    <name>UnbilledDialog</name>
    <message>
        <source>Approved hours not yet invoiced</source>
        <translation>Godkända timmar som inte fakturerats</translation>
    </message>
    <message>
        <source>Approved hours by customer, assignment and service, ready to be invoiced. Volunteer work is never invoiced and is not shown.</source>
        <translation>Godkända timmar per kund, arbetsuppdrag och tjänst, klara att faktureras. Frivilligarbete faktureras aldrig och visas inte.</translation>
    </message>
    <message>
        <source>In all: %1 hours</source>
        <translation>Sammanlagt %1 timmar</translation>
    </message>
</context>
<context>
    <name>UnbilledModel</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Arbetsuppdrag</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
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
        <source>Money that arrived without a reference Osuva knows. Confirm Osuva&apos;s suggestion, allocate the payment to one or more invoices or a share fee, or ignore it (for example a refund to the cooperative).</source>
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
    <name>WageBasisDialog</name>
    <message>
        <source>No wage rate for %1 in %2 for %3.</source>
        <translation>%1 har ingen timlön för %2 för %3.</translation>
    </message>
    <message>
        <source>Add the missing rates under Wage rates. Nothing was saved.</source>
        <translation>Lägg till de timlöner som saknas under Timlöner. Ingenting sparades.</translation>
    </message>
    <message>
        <source>Hours per service and rate, kilometres, gross wages by the wage rates and the share fees to deduct from wages, per member, with totals. Volunteer hours are listed separately and earn no wage.</source>
        <translation>Per medlem timmar per tjänst och timlön, kilometer, bruttolöner enligt timlönerna och andelsavgifter som dras av från lönen, med summor. Timmar av frivilligt arbete visas separat och ger ingen lön.</translation>
    </message>
    <message>
        <source>Wage basis for payroll</source>
        <translation>Lönegrund för löneräkningen</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV för Excel (.csv)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Månad</translation>
    </message>
    <message>
        <source>&amp;File type</source>
        <translation>&amp;Filtyp</translation>
    </message>
    <message>
        <source>Wage rate missing</source>
        <translation>Timlön saknas</translation>
    </message>
    <message numerus="yes">
        <source>The wage basis of %n member(s) was saved to %1.</source>
        <translation>
            <numerusform>Lönegrunden för %n medlem sparades i %1.</numerusform>
            <numerusform>Lönegrunden för %n medlemmar sparades i %1.</numerusform>
        </translation>
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
    <name>WageRateDialog</name>
    <message>
        <source>Edit wage rate</source>
        <translation>Redigera timlön</translation>
    </message>
    <message>
        <source>Add wage rate</source>
        <translation>Lägg till timlön</translation>
    </message>
    <message>
        <source>All services (a personal rate)</source>
        <translation>Alla tjänster (personlig timlön)</translation>
    </message>
    <message>
        <source>Everyone (the service&apos;s rate)</source>
        <translation>Alla (tjänstens timlön)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Medlem</translation>
    </message>
    <message>
        <source>&amp;Gross wage per hour (€)</source>
        <translation>&amp;Bruttolön per timme (€)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gäller &amp;från</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Gäller t&amp;ill</translation>
    </message>
    <message>
        <source>A member&apos;s personal rate wins over the service&apos;s rate; a personal rate for one service wins over both. Rates for the same service and member may not overlap: end the old rate the day before the new one starts.</source>
        <translation>Medlemmens personliga timlön går före tjänstens timlön, och en personlig timlön för en tjänst går före båda. Timlöner för samma tjänst och medlem får inte överlappa: avsluta den gamla timlönen dagen innan den nya börjar.</translation>
    </message>
</context>
<context>
    <name>WageRateModel</name>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per timme</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
</context>
<context>
    <name>WageRatesDialog</name>
    <message>
        <source>Wage rates</source>
        <translation>Timlöner</translation>
    </message>
    <message>
        <source>Gross wage per hour worked. Earnings and the wage basis use these rates.</source>
        <translation>Bruttolön per arbetad timme. Inkomsterna och lönegrunden räknas med dessa timlöner.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete wage rate</source>
        <translation>Ta bort timlön</translation>
    </message>
    <message>
        <source>Delete the selected rate?</source>
        <translation>Ta bort den valda timlönen?</translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <source>Week plan</source>
        <translation>Veckoplan</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Föregående vecka</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Denna vecka</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Nästa vecka</translation>
    </message>
    <message>
        <source>Shifts of the week</source>
        <translation>Veckans arbetspass</translation>
    </message>
    <message>
        <source>S&amp;hifts:</source>
        <translation>&amp;Arbetspass:</translation>
    </message>
    <message>
        <source>No shifts are planned for this week.</source>
        <translation>Inga arbetspass är planerade för den här veckan.</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>&amp;Överlåt till vikarie…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <translation>Vecka %1: %2–%3</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>F&amp;lytta…</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>&amp;Hoppa över…</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a member is booked on two shifts at once this week.</source>
        <translation>
            <numerusform>%n dubbelbokning den här veckan: en medlem har två arbetspass samtidigt.</numerusform>
            <numerusform>%n dubbelbokningar den här veckan: en medlem har två arbetspass samtidigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out %1 on %2 for everyone on it? The other days stay as planned.</source>
        <translation>Ska arbetspasset %1 (%2) utgå för alla på passet? De andra dagarna förblir som planerat.</translation>
    </message>
    <message>
        <source>Skip a shift</source>
        <translation>Hoppa över ett arbetspass</translation>
    </message>
</context>
<context>
    <name>WeekPlanModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Arbetsuppdrag</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Vikarie för</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Booked twice at this time</source>
        <translation>Dubbelbokad</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Osuva</source>
        <translation>Välkommen till Osuva</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Osuva&lt;/h2&gt;&lt;p&gt;Osuva keeps your cooperative&apos;s member register, work, coaching and invoices. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Välkommen till Osuva&lt;/h2&gt;&lt;p&gt;I Osuva sköter du andelslagets medlemsförteckning, arbetsuppdrag, coachning och fakturor. Hur vill du börja?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a new cooperative</source>
        <translation>&amp;Skapa ett nytt andelslag</translation>
    </message>
    <message>
        <source>Start with your own cooperative&apos;s name, business ID and bank account.</source>
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
    <name>WordingDialog</name>
    <message>
        <source>Questionnaire statements</source>
        <translation>Enkätens påståenden</translation>
    </message>
    <message>
        <source>Copy THL&apos;s official statements and answer options exactly as published (thl.fi, osallisuusindikaattori). THL allows only its own unaltered wording; Osuva never changes what you enter.</source>
        <translation>Kopiera THL:s officiella påståenden och svarsalternativ exakt som de publicerats (thl.fi, delaktighetsindikatorn). THL tillåter endast sina egna, oförändrade formuleringar; Osuva ändrar aldrig det du matar in.</translation>
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
        <source>Statement %1</source>
        <translation>Påstående %1</translation>
    </message>
    <message>
        <source>Answer option %1</source>
        <translation>Svarsalternativ %1</translation>
    </message>
</context>
<context>
    <name>WorkMessages</name>
    <message>
        <source>Write the hours, or the start and end time.</source>
        <translation>Skriv timmarna eller start- och sluttiden.</translation>
    </message>
    <message>
        <source>The hours must be more than 0.</source>
        <translation>Timmarna måste vara fler än 0.</translation>
    </message>
    <message>
        <source>A day has at most 24 hours.</source>
        <translation>Ett dygn har högst 24 timmar.</translation>
    </message>
    <message>
        <source>The member&apos;s hours on this day add up to more than 24.</source>
        <translation>Medlemmens timmar för den här dagen blir sammanlagt över 24.</translation>
    </message>
    <message>
        <source>Already invoiced: it cannot be changed. Correct it with a credit note.</source>
        <translation>Redan fakturerad och kan inte ändras. Rätta den med en kreditnota.</translation>
    </message>
    <message>
        <source>Already invoiced: it cannot be removed. Correct it with a credit note.</source>
        <translation>Redan fakturerad och kan inte tas bort. Rätta den med en kreditnota.</translation>
    </message>
    <message>
        <source>The times overlap another entry of the same member on this day.</source>
        <translation>Tiderna överlappar en annan registrering för samma medlem samma dag.</translation>
    </message>
    <message>
        <source>Give both the start and the end time.</source>
        <translation>Ange både start- och sluttid.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Sluttiden måste vara efter starttiden.</translation>
    </message>
    <message>
        <source>The assignment is cancelled: no hours can be logged on it.</source>
        <translation>Arbetsuppdraget är inställt, så inga timmar kan registreras på det.</translation>
    </message>
    <message>
        <source>Choose the assignment.</source>
        <translation>Välj arbetsuppdrag.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Välj medlem.</translation>
    </message>
    <message>
        <source>The date is before the member joined the cooperative.</source>
        <translation>Datumet är före medlemmens inträde i andelslaget.</translation>
    </message>
    <message>
        <source>This assignment is already invoiced up to this date.</source>
        <translation>Det här arbetsuppdraget är redan fakturerat till och med det här datumet.</translation>
    </message>
    <message>
        <source>Write the date.</source>
        <translation>Skriv datumet.</translation>
    </message>
    <message>
        <source>Kilometres cannot be negative.</source>
        <translation>Kilometrarna kan inte vara negativa.</translation>
    </message>
    <message>
        <source>Someone removed this entry meanwhile.</source>
        <translation>Någon tog bort registreringen under tiden.</translation>
    </message>
    <message>
        <source>A member cannot substitute for themselves.</source>
        <translation>En medlem kan inte vara sin egen vikarie.</translation>
    </message>
    <message>
        <source>This member is already on the shift.</source>
        <translation>Medlemmen har redan det här arbetspasset.</translation>
    </message>
    <message>
        <source>Choose another member than the one on the shift.</source>
        <translation>Välj en annan medlem än den som har passet.</translation>
    </message>
    <message>
        <source>The shifts would end before they start: check the end date.</source>
        <translation>Arbetspassen skulle sluta innan de börjar: kontrollera slutdatumet.</translation>
    </message>
    <message>
        <source>The shift must end after it starts.</source>
        <translation>Passet måste sluta efter att det börjat.</translation>
    </message>
    <message>
        <source>Write the time like 9.00.</source>
        <translation>Skriv tiden som 9.00.</translation>
    </message>
    <message>
        <source>Write the time like 12.30.</source>
        <translation>Skriv tiden som 12.30.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Välj minst en veckodag.</translation>
    </message>
    <message>
        <source>Choose every 1 to 52 weeks.</source>
        <translation>Välj ett intervall på 1–52 veckor.</translation>
    </message>
    <message>
        <source>Write the dates like 24.11.2026, 26.11.2026.</source>
        <translation>Skriv datumen som 24.11.2026, 26.11.2026.</translation>
    </message>
    <message>
        <source>Could not read what was typed: write e.g. 3,5 hours, 9.30 or 24.11.2026.</source>
        <translation>Det inskrivna kunde inte läsas: skriv t.ex. 3,5 timmar, 9.30 eller 24.11.2026.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Someone else changed these hours meanwhile.</source>
        <translation>Någon annan ändrade de här timmarna under tiden.</translation>
    </message>
    <message>
        <source>Someone else logged hours for this member, assignment and day meanwhile.</source>
        <translation>Någon annan registrerade under tiden timmar för den här medlemmen på samma arbetsuppdrag samma dag.</translation>
    </message>
    <message>
        <source>Someone else removed these hours meanwhile.</source>
        <translation>Någon annan tog bort de här timmarna under tiden.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Värdet är inte giltigt.</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work assignments</source>
        <translation>Arbetsuppdrag</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Nytt arbetsuppdrag…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>Week &amp;plan…</source>
        <translation>Vecko&amp;plan…</translation>
    </message>
    <message>
        <source>H&amp;ours of the week…</source>
        <translation>&amp;Timrapporter…</translation>
    </message>
    <message>
        <source>Hours to &amp;bill…</source>
        <translation>&amp;Ofakturerade timmar…</translation>
    </message>
    <message>
        <source>Earnin&amp;gs…</source>
        <translation>&amp;Inkomster…</translation>
    </message>
</context>
</TS>

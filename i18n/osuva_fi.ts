<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AgreedPriceDialog</name>
    <message>
        <source>Agreed price</source>
        <translation>Sovittu hinta</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Voimassa &amp;alkaen</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Voimassa &amp;saakka</translation>
    </message>
    <message>
        <source>Leave empty for until further notice.</source>
        <translation>Jätä tyhjäksi, jos hinta on voimassa toistaiseksi.</translation>
    </message>
    <message>
        <source>Net &amp;price (€)</source>
        <translation>&amp;Nettohinta (€)</translation>
    </message>
    <message>
        <source>No list price today.</source>
        <translation>Hinnastossa ei ole hintaa tälle päivälle.</translation>
    </message>
    <message>
        <source>List price today: %1 / %2</source>
        <translation>Hinnaston hinta tänään: %1 / %2</translation>
    </message>
</context>
<context>
    <name>AgreedTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Saakka</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Sovittu hinta</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate a payment</source>
        <translation>Kohdista maksu</translation>
    </message>
    <message>
        <source>%1 from %2 on %3. The parts must add up to the whole payment.</source>
        <translation>%1 maksajalta %2 %3. Osien summan on oltava koko maksu.</translation>
    </message>
    <message>
        <source>Invoice &amp;1</source>
        <translation>Lasku &amp;1</translation>
    </message>
    <message>
        <source>Invoice &amp;2</source>
        <translation>Lasku &amp;2</translation>
    </message>
    <message>
        <source>Invoice &amp;3</source>
        <translation>Lasku &amp;3</translation>
    </message>
    <message>
        <source>A&amp;mount 1 (€)</source>
        <translation>Su&amp;mma 1 (€)</translation>
    </message>
    <message>
        <source>Amou&amp;nt 2 (€)</source>
        <translation>S&amp;umma 2 (€)</translation>
    </message>
    <message>
        <source>Amoun&amp;t 3 (€)</source>
        <translation>Summ&amp;a 3 (€)</translation>
    </message>
    <message>
        <source>%1 %2, open %3</source>
        <translation>%1 %2, avoinna %3</translation>
    </message>
    <message>
        <source>%1, open %2</source>
        <translation>%1, avoinna %2</translation>
    </message>
    <message>
        <source>&amp;Share fee of</source>
        <translation>&amp;Jäsenen osuusmaksu</translation>
    </message>
    <message>
        <source>Share &amp;fee amount (€)</source>
        <translation>Osuusmaksun &amp;summa (€)</translation>
    </message>
    <message>
        <source>The parts add up to a different sum than the payment (%1).</source>
        <translation>Osien summa ei ole sama kuin maksun (%1).</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>New work assignment</source>
        <translation>Uusi työtehtävä</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Paik&amp;ka:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Kuvaus:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>Estimated &amp;hours:</source>
        <translation>Arvioidut t&amp;unnit:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Jäsenet:</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Työvuorot</translation>
    </message>
    <message>
        <source>Starts o&amp;n:</source>
        <translation>A&amp;lkaa:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Päätt&amp;yy:</translation>
    </message>
    <message>
        <source>Shift starts at:</source>
        <translation>Vuoro alkaa klo:</translation>
    </message>
    <message>
        <source>Shift ends at:</source>
        <translation>Vuoro päättyy klo:</translation>
    </message>
    <message>
        <source>&amp;Recurring every week or every few weeks</source>
        <translation>T&amp;oistuu viikoittain tai muutaman viikon välein</translation>
    </message>
    <message>
        <source>Every this many &amp;weeks:</source>
        <translation>&amp;Väli viikkoina:</translation>
    </message>
    <message>
        <source>On weekdays:</source>
        <translation>Viikonpäivinä:</translation>
    </message>
    <message>
        <source>One-off &amp;dates:</source>
        <translation>&amp;Erilliset päivät:</translation>
    </message>
    <message>
        <source>S&amp;kip Finnish public holidays</source>
        <translation>Ohita &amp;suomalaiset pyhäpäivät</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Assignment</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäsenet</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Laskuttamatta</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance: %1, %2</source>
        <translation>Läsnäolot: %1, %2</translation>
    </message>
    <message>
        <source>P</source>
        <comment>key for present</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>A</source>
        <comment>key for absent</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>E</source>
        <comment>key for excused</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Press %1 for present, %2 for absent or %3 for excused: the mark is saved for the row and the next row is chosen. Arrow keys move, Delete clears a mark.</source>
        <translation>Paina %1 = läsnä, %2 = poissa tai %3 = syystä poissa: merkintä tulee riville ja seuraava rivi valitaan. Nuolinäppäimillä liikut, Delete poistaa merkinnän.</translation>
    </message>
    <message>
        <source>&amp;People in the meeting:</source>
        <translation>&amp;Osallistujat:</translation>
    </message>
    <message>
        <source>&amp;Note for the chosen person:</source>
        <translation>&amp;Muistiinpano valitulle henkilölle:</translation>
    </message>
    <message>
        <source>Meeting no&amp;tes:</source>
        <translation>&amp;Tapaamisen muistiinpanot:</translation>
    </message>
    <message>
        <source>Marked %1 of %2; present %3.</source>
        <translation>Merkitty %1/%2, läsnä %3.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Not in the group on the meeting&apos;s day: %1</source>
        <translation>Ei ryhmässä tapaamispäivänä: %1</translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Demo created</source>
        <translation>Esittelyaineisto luotu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>User&apos;s role</source>
        <translation>Käyttäjän rooli</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Earnings limit</source>
        <translation>Ansiotuloraja</translation>
    </message>
    <message>
        <source>Work-ability notes</source>
        <translation>Työkykymerkinnät</translation>
    </message>
    <message>
        <source>Support network contact</source>
        <translation>Tukiverkoston yhteyshenkilö</translation>
    </message>
    <message>
        <source>Share subscription</source>
        <translation>Osuusmerkintä</translation>
    </message>
    <message>
        <source>Share fee installment</source>
        <translation>Osuusmaksun erä</translation>
    </message>
    <message>
        <source>Share fee payment</source>
        <translation>Osuusmaksun suoritus</translation>
    </message>
    <message>
        <source>Share fee refund</source>
        <translation>Osuusmaksun palautus</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Work entry</source>
        <translation>Työkirjaus</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Valmennuskerta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Questionnaire statement</source>
        <translation>Kyselyn väittämä</translation>
    </message>
    <message>
        <source>Participation measurement</source>
        <translation>Osallisuusmittaus</translation>
    </message>
    <message>
        <source>Participation answer</source>
        <translation>Osallisuusvastaus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sijoittuminen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Laskurivi</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Maksumuistutus</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Osuuskunta</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Laskusarja</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Arvonlisäverokanta</translation>
    </message>
    <message>
        <source>Reference rate</source>
        <translation>Viitekorko</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Liite</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Hinnasto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Hinnaston rivi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Hinnaston hinta</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Sovittu hinta</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Jäsen lisätty</translation>
    </message>
    <message>
        <source>Member edited</source>
        <translation>Jäsentä muokattu</translation>
    </message>
    <message>
        <source>Application deleted</source>
        <translation>Hakemus poistettu</translation>
    </message>
    <message>
        <source>Accepted as member</source>
        <translation>Hyväksytty jäseneksi</translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation>Hakemus hylätty</translation>
    </message>
    <message>
        <source>Notice of resignation</source>
        <translation>Eroilmoitus</translation>
    </message>
    <message>
        <source>Membership ended</source>
        <translation>Jäsenyys päättynyt</translation>
    </message>
    <message>
        <source>Share fee paid back</source>
        <translation>Osuusmaksu palautettu</translation>
    </message>
    <message>
        <source>Shares subscribed</source>
        <translation>Osuuksia merkitty</translation>
    </message>
    <message>
        <source>Wage deduction consent</source>
        <translation>Suostumus palkasta vähentämiseen</translation>
    </message>
    <message>
        <source>Wage deductions recorded</source>
        <translation>Palkkavähennykset kirjattu</translation>
    </message>
    <message>
        <source>Member import</source>
        <translation>Jäsenten tuonti</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Asetuksia muutettu</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Käyttäjä lisätty</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Käyttäjää muutettu</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Salasana vaihdettu</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Oma salasana vaihdettu</translation>
    </message>
    <message>
        <source>Customer saved</source>
        <translation>Asiakas tallennettu</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Asiakas poistettu</translation>
    </message>
    <message>
        <source>Customer import</source>
        <translation>Asiakkaiden tuonti</translation>
    </message>
    <message>
        <source>Service saved</source>
        <translation>Palvelu tallennettu</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Hinta muutettu</translation>
    </message>
    <message>
        <source>Price change removed</source>
        <translation>Hinnanmuutos poistettu</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sukupuoli</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>town</source>
        <translation>postitoimipaikka</translation>
    </message>
    <message>
        <source>home municipality</source>
        <translation>kotikunta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>jäsennumero</translation>
    </message>
    <message>
        <source>member</source>
        <translation>jäsen</translation>
    </message>
    <message>
        <source>applied on</source>
        <translation>hakemuspäivä</translation>
    </message>
    <message>
        <source>accepted on</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>board decision</source>
        <translation>hallituksen päätös</translation>
    </message>
    <message>
        <source>notice given on</source>
        <translation>eroilmoitus annettu</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>eronnut</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>eron syy</translation>
    </message>
    <message>
        <source>note on leaving</source>
        <translation>huomautus erosta</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>ohjaaja</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>etuus</translation>
    </message>
    <message>
        <source>monthly earnings limit</source>
        <translation>kuukauden tuloraja</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>note</source>
        <translation>huomautus</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>annettu</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>osuudet</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>yksikköhinta</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>asiakasnumero</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>service</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>country</source>
        <translation>maa</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <source>e-invoice address</source>
        <translation>verkkolaskuosoite</translation>
    </message>
    <message>
        <source>operator ID</source>
        <translation>välittäjän tunnus</translation>
    </message>
    <message>
        <source>payment term</source>
        <translation>maksuehto</translation>
    </message>
    <message>
        <source>household tax credit</source>
        <translation>kotitalousvähennys</translation>
    </message>
    <message>
        <source>counts for household tax credit</source>
        <translation>oikeuttaa kotitalousvähennykseen</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>voimassa alkaen</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>voimassa saakka</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>name in Finnish</source>
        <translation>nimi suomeksi</translation>
    </message>
    <message>
        <source>name in Swedish</source>
        <translation>nimi ruotsiksi</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>nimi englanniksi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>yksikkö</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>subscribed on</source>
        <translation>merkitty</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>summa</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>eräpäivä</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>maksutapa</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>viite</translation>
    </message>
    <message>
        <source>wage month</source>
        <translation>palkkakuukausi</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>käyttäjätunnus</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>koko nimi</translation>
    </message>
    <message>
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>share price</source>
        <translation>osuuden hinta</translation>
    </message>
    <message>
        <source>name for search</source>
        <translation>nimi hakua varten</translation>
    </message>
    <message>
        <source>first name for search</source>
        <translation>etunimi hakua varten</translation>
    </message>
    <message>
        <source>Wage rate</source>
        <translation>Tuntipalkka</translation>
    </message>
    <message>
        <source>Weekly hour ceiling</source>
        <translation>Viikkotuntien yläraja</translation>
    </message>
    <message>
        <source>Employment period</source>
        <translation>Työsuhdejakso</translation>
    </message>
    <message>
        <source>Employment certificate</source>
        <translation>Työtodistus</translation>
    </message>
    <message>
        <source>Planned shift</source>
        <translation>Suunniteltu työvuoro</translation>
    </message>
    <message>
        <source>Work assignment saved</source>
        <translation>Työtehtävä tallennettu</translation>
    </message>
    <message>
        <source>Shift skipped</source>
        <translation>Työvuoro jätetty väliin</translation>
    </message>
    <message>
        <source>Shift moved</source>
        <translation>Työvuoro siirretty</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>Työvuoro annettu sijaiselle</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Tunnit kirjattu</translation>
    </message>
    <message>
        <source>Hours approved</source>
        <translation>Tunnit hyväksytty</translation>
    </message>
    <message>
        <source>Wage rate added</source>
        <translation>Tuntipalkka lisätty</translation>
    </message>
    <message>
        <source>Wage rate changed</source>
        <translation>Tuntipalkka muutettu</translation>
    </message>
    <message>
        <source>Wage rate removed</source>
        <translation>Tuntipalkka poistettu</translation>
    </message>
    <message>
        <source>Earnings limit saved</source>
        <translation>Ansioraja tallennettu</translation>
    </message>
    <message>
        <source>Earnings limit removed</source>
        <translation>Ansioraja poistettu</translation>
    </message>
    <message>
        <source>Employment period added</source>
        <translation>Työsuhdejakso lisätty</translation>
    </message>
    <message>
        <source>Employment period changed</source>
        <translation>Työsuhdejakso muutettu</translation>
    </message>
    <message>
        <source>Employment period removed</source>
        <translation>Työsuhdejakso poistettu</translation>
    </message>
    <message>
        <source>Employment certificate issued</source>
        <translation>Työtodistus annettu</translation>
    </message>
    <message>
        <source>monthly limit</source>
        <translation>kuukausiraja</translation>
    </message>
    <message>
        <source>yearly limit</source>
        <translation>vuosiraja</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>tunteja viikossa</translation>
    </message>
    <message>
        <source>hourly wage</source>
        <translation>tuntipalkka</translation>
    </message>
    <message>
        <source>reason for ending</source>
        <translation>päättymisen syy</translation>
    </message>
    <message>
        <source>Step on the path</source>
        <translation>Polun vaihe</translation>
    </message>
    <message>
        <source>Coaching participant</source>
        <translation>Valmennuksen osallistuja</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Coaching group</source>
        <translation>Valmennusryhmä</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>Ryhmään kuuluminen</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Viikkotapaaminen</translation>
    </message>
    <message>
        <source>Questionnaire scale</source>
        <translation>Kyselyn asteikko</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Participation certificate</source>
        <translation>Todistus valmennukseen osallistumisesta</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Muuttuneet kentät</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mikä tahansa</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Kuka:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Mitä:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tapahtuma:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Tietueen &amp;numero:</translation>
    </message>
    <message>
        <source>Clear filter&amp;s</source>
        <translation>T&amp;yhjennä rajaukset</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Tapahtumalokin merkinnät</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Valitun merkinnän tiedot</translation>
    </message>
    <message>
        <source>Write the dates like 22.11.2026, or leave them empty.</source>
        <translation>Kirjoita päivämäärät muodossa 22.11.2026 tai jätä ne tyhjiksi.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 %4</source>
        <translation>%1 — %2 — %3 %4</translation>
    </message>
    <message>
        <source>Personal data (shown to the administrator only):</source>
        <translation>Henkilötiedot (näytetään vain pääkäyttäjälle):</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Poistettu tietosuojasyistä.</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>Settles invoice %1</source>
        <translation>Maksaa laskun %1</translation>
    </message>
    <message>
        <source>Share fee of %1</source>
        <translation>Osuusmaksu: %1</translation>
    </message>
    <message>
        <source>Suggestion to confirm: invoice %1</source>
        <translation>Vahvistettava ehdotus: lasku %1</translation>
    </message>
    <message>
        <source>Unmatched: allocate by hand</source>
        <translation>Kohdistamaton: kohdista itse</translation>
    </message>
    <message>
        <source>Reversal: undoes the payment %1</source>
        <translation>Palautus: peruu maksun %1</translation>
    </message>
    <message>
        <source>Refused: not in euros</source>
        <translation>Hylätty: ei euroja</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Tuotu jo aiemmin</translation>
    </message>
    <message>
        <source>Outgoing: listed only</source>
        <translation>Lähtevä maksu: vain luettelossa</translation>
    </message>
    <message>
        <source>partial payment, %1 stays open</source>
        <translation>osasuoritus, avoimeksi jää %1</translation>
    </message>
    <message>
        <source>overpayment of %1</source>
        <translation>liikasuoritus %1</translation>
    </message>
    <message>
        <source>paid before the invoice date</source>
        <translation>maksettu ennen laskun päivämäärää</translation>
    </message>
    <message>
        <source>unknown reference</source>
        <translation>tuntematon viitenumero</translation>
    </message>
    <message>
        <source>a former member: decide by hand</source>
        <translation>entinen jäsen: päätä itse</translation>
    </message>
    <message>
        <source>the reversed payment is not in Osuva</source>
        <translation>palautettua maksua ei ole Osuvassa</translation>
    </message>
    <message>
        <source>the entry has no booking date</source>
        <translation>tapahtumalla ei ole kirjauspäivää</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The file is too large for a bank statement.</source>
        <translation>Tiedosto on liian suuri tiliotteeksi.</translation>
    </message>
    <message>
        <source>The file is not complete XML: it may have been cut short while downloading, or it is not a bank statement at all. Download the statement again.</source>
        <translation>Tiedosto ei ole kokonainen XML-tiedosto: se on voinut katketa latauksessa, tai se ei ole tiliote lainkaan. Lataa tiliote uudelleen.</translation>
    </message>
    <message>
        <source>The file is not a bank statement in the ISO 20022 format (camt.053 or camt.054). Ask your bank for the XML account statement.</source>
        <translation>Tiedosto ei ole ISO 20022 -muotoinen tiliote (camt.053 tai camt.054). Pyydä pankilta XML-tiliote.</translation>
    </message>
    <message>
        <source>The file has a value Osuva cannot read (%1). Nothing was booked.</source>
        <translation>Tiedostossa on arvo, jota Osuva ei osaa lukea (%1). Mitään ei kirjattu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Mitä tapahtuu</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import a bank statement</source>
        <translation>Tuo tiliote</translation>
    </message>
    <message>
        <source>Choose the account statement your bank gives as an XML file (camt.053 or camt.054). Payments with a known reference settle their invoice or share fee; others wait in the list of unmatched payments. Nothing is booked before you accept the preview, and a statement imported before adds nothing.</source>
        <translation>Valitse pankin antama tiliote XML-tiedostona (camt.053 tai camt.054). Tunnetulla viitenumerolla maksetut maksut kuittaavat laskunsa tai osuusmaksunsa; muut jäävät kohdistamattomien maksujen luetteloon. Mitään ei kirjata ennen kuin hyväksyt esikatselun, eikä jo tuotu tiliote lisää mitään.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Entries of the statement</source>
        <translation>Tiliotteen tapahtumat</translation>
    </message>
    <message>
        <source>&amp;Book payments</source>
        <translation>&amp;Kirjaa maksut</translation>
    </message>
    <message>
        <source>Choose the bank statement</source>
        <translation>Valitse tiliote</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.XML *.xt *.txt *.NDCAMT53L);;All files (*)</source>
        <translation>Tiliotteet (*.xml *.XML *.xt *.txt *.NDCAMT53L);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book %n payment(s)</source>
        <translation>
            <numerusform>&amp;Kirjaa %n maksu</numerusform>
            <numerusform>&amp;Kirjaa %n maksua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the statement.</source>
        <translation>
            <numerusform>Tiliotteella on %n tapahtuma.</numerusform>
            <numerusform>Tiliotteella on %n tapahtumaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settle an invoice or a share fee.</source>
        <translation>
            <numerusform>%n kuittaa laskun tai osuusmaksun.</numerusform>
            <numerusform>%n kuittaa laskun tai osuusmaksun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait for you in the unmatched payments.</source>
        <translation>
            <numerusform>%n jää odottamaan kohdistamattomiin maksuihin.</numerusform>
            <numerusform>%n jää odottamaan kohdistamattomiin maksuihin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in another currency are not booked.</source>
        <translation>
            <numerusform>%n muussa valuutassa ei kirjata.</numerusform>
            <numerusform>%n muussa valuutassa ei kirjata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were imported before.</source>
        <translation>
            <numerusform>%n on tuotu jo aiemmin.</numerusform>
            <numerusform>%n on tuotu jo aiemmin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total booked: %1.</source>
        <translation>Kirjataan yhteensä %1.</translation>
    </message>
    <message>
        <source>Note: the statement is for another account than the cooperative&apos;s.</source>
        <translation>Huomaa: tiliote on muulta tililtä kuin osuuskunnan tililtä.</translation>
    </message>
    <message numerus="yes">
        <source>Booking %n payment(s)…</source>
        <translation>
            <numerusform>Kirjataan %n maksu…</numerusform>
            <numerusform>Kirjataan %n maksua…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenefitLimitsDialog</name>
    <message>
        <source>Earnings limits by year</source>
        <translation>Ansiorajat vuosittain</translation>
    </message>
    <message>
        <source>Kela and pension providers confirm personal earnings limits year by year. The earnings watch compares each month with that year&apos;s limit.</source>
        <translation>Kela ja eläkelaitokset vahvistavat henkilökohtaiset ansiorajat vuosittain. Ansioseuranta vertaa kutakin kuukautta kyseisen vuoden rajaan.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Delete limit</source>
        <translation>Poista ansioraja</translation>
    </message>
    <message>
        <source>Delete the selected year&apos;s limit?</source>
        <translation>Poistetaanko valitun vuoden ansioraja?</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>The certificate always states the employment period(s) and the tasks. The reason for ending and an assessment of skills and conduct are added only when the member asks for them. An issued certificate cannot be changed: a correction is a new certificate.</source>
        <translation>Työtodistuksessa mainitaan aina työsuhteen kesto ja työtehtävät. Työsuhteen päättymisen syy ja arvio työtaidoista ja käytöksestä lisätään vain, jos jäsen pyytää niitä. Annettua todistusta ei voi muuttaa: korjaus on uusi todistus.</translation>
    </message>
    <message>
        <source>Issue an employment certificate</source>
        <translation>Anna työtodistus</translation>
    </message>
    <message>
        <source>Include: the member asked for it</source>
        <translation>Mukaan: jäsen pyysi sitä</translation>
    </message>
    <message>
        <source>&amp;Reason for ending</source>
        <translation>Päättymisen &amp;syy</translation>
    </message>
    <message>
        <source>&amp;Assessment of skills and conduct</source>
        <translation>&amp;Arvio työtaidoista ja käytöksestä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Assessment &amp;text</source>
        <translation>Arvion &amp;teksti</translation>
    </message>
    <message>
        <source>Certificate of participation in coaching</source>
        <translation>Todistus valmennukseen osallistumisesta</translation>
    </message>
    <message>
        <source>Sessions and hours attended in the period, the group topics and your statement, signed by you. The certificate is kept as issued.</source>
        <translation>Jakson aikana osallistutut valmennuskerrat ja tunnit, ryhmien aiheet ja lausuntosi, allekirjoittajana sinä. Todistus säilytetään sellaisena kuin se annettiin.</translation>
    </message>
    <message>
        <source>&amp;Issue and save…</source>
        <translation>Anna ja &amp;tallenna…</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Osallistuja</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <source>The person&apos;s own language</source>
        <translation>Henkilön oma kieli</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;statement (optional)</source>
        <translation>Valmentajan &amp;lausunto (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>todistus</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Tallenna todistus</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>The certificate was saved.</source>
        <translation>Todistus tallennettiin.</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>reason for ending</source>
        <translation>päättymisen syy</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>arvio</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Pyynnöstä</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Antaja</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password of %1</source>
        <translation>Vaihda käyttäjän %1 salasana</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Uudessa salasanassa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Nykyinen salasana</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Uusi salasana</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>Uusi salasana &amp;toistamiseen</translation>
    </message>
</context>
<context>
    <name>CoachingDocumentDialog</name>
    <message>
        <source>Document &amp;language:</source>
        <translation>Asiakirjan &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Tallenna PDF-tiedostona…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
</context>
<context>
    <name>CoachingDocuments</name>
    <message>
        <source>Meeting sheet</source>
        <translation>Tapaamislista</translation>
    </message>
    <message>
        <source>Personal plan</source>
        <translation>Oma suunnitelma</translation>
    </message>
</context>
<context>
    <name>CoachingLabels</name>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Syystä poissa</translation>
    </message>
    <message>
        <source>(1) Only work is missing</source>
        <translation>(1) Vain työ puuttuu</translation>
    </message>
    <message>
        <source>(2) Coaching and supported work</source>
        <translation>(2) Valmennus ja tuettu työ</translation>
    </message>
    <message>
        <source>(3) Participation work</source>
        <translation>(3) Osallistava työ</translation>
    </message>
    <message>
        <source>Participation work</source>
        <translation>Osallistava työ</translation>
    </message>
    <message>
        <source>Coaching and supported work</source>
        <translation>Valmennus ja tuettu työ</translation>
    </message>
    <message>
        <source>Paid work in the cooperative</source>
        <translation>Palkkatyö osuuskunnassa</translation>
    </message>
    <message>
        <source>Open labour market</source>
        <translation>Avoimet työmarkkinat</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <translation>Yrittäjyys</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Saavutettu</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Luovuttu</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Työtön</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyötön</translation>
    </message>
    <message>
        <source>Outside the labour force</source>
        <translation>Työvoiman ulkopuolella</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Työssä</translation>
    </message>
    <message>
        <source>Basic education (ISCED 0–2)</source>
        <translation>Perusaste (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation>Toinen aste (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Higher education (ISCED 5–8)</source>
        <translation>Korkea-aste (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Työllisyyspalvelut</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Mental-health nurse</source>
        <translation>Psykiatrinen sairaanhoitaja</translation>
    </message>
    <message>
        <source>Parish deacon</source>
        <translation>Diakoniatyöntekijä</translation>
    </message>
    <message>
        <source>Employer contact</source>
        <translation>Työnantajan yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>CoachingTab</name>
    <message>
        <source>Coaching sessions</source>
        <translation>Valmennuskerrat</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Uusi tapaaminen…</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>Lä&amp;snäolot…</translation>
    </message>
    <message>
        <source>Agenda and n&amp;otes…</source>
        <translation>&amp;Asialista ja muistiinpanot…</translation>
    </message>
    <message>
        <source>Weekl&amp;y meeting…</source>
        <translation>&amp;Ryhmän viikkotapaamiset…</translation>
    </message>
    <message>
        <source>Mee&amp;ting</source>
        <translation>Ta&amp;paaminen</translation>
    </message>
    <message>
        <source>Meeting &amp;sheet (PDF)…</source>
        <translation>Tapaamis&amp;lista (PDF)…</translation>
    </message>
    <message>
        <source>S&amp;kip this meeting</source>
        <translation>&amp;Peru tämä tapaaminen</translation>
    </message>
    <message>
        <source>&amp;Restore a skipped meeting</source>
        <translation>Pal&amp;auta peruttu tapaaminen</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>Osall&amp;istujat…</translation>
    </message>
    <message>
        <source>Projects and &amp;groups…</source>
        <translation>Hankkeet ja ryh&amp;mät…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Open an Osuva database</source>
        <translation>Avaa Osuvan tietokanta</translation>
    </message>
    <message>
        <source>New cooperative: choose where to save it</source>
        <translation>Uusi osuuskunta: valitse tallennuspaikka</translation>
    </message>
    <message>
        <source>New cooperative</source>
        <translation>Uusi osuuskunta</translation>
    </message>
    <message>
        <source>That file already holds a cooperative. Choose another file name.</source>
        <translation>Tiedostossa on jo osuuskunta. Valitse toinen tiedostonimi.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopiointi</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Tietokantaa varmuuskopioidaan…</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit invoice %1</source>
        <translation>Hyvitä lasku %1</translation>
    </message>
    <message>
        <source>The credit note gets the next number and settles the invoice&apos;s open amount. Credited hours can be invoiced again. The invoice itself never changes.</source>
        <translation>Hyvityslasku saa seuraavan numeron ja vähentää laskun avointa määrää. Hyvitetyt tunnit voi laskuttaa uudelleen. Alkuperäinen lasku ei muutu.</translation>
    </message>
    <message>
        <source>Already credited</source>
        <translation>Jo hyvitetty</translation>
    </message>
    <message>
        <source>&amp;Lines to credit:</source>
        <translation>Hyvitettävät &amp;rivit:</translation>
    </message>
    <message>
        <source>Credit note &amp;date:</source>
        <translation>Hyvityslaskun &amp;päivämäärä:</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Asiakas %1</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Lisää asiakas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>La&amp;ji</translation>
    </message>
    <message>
        <source>&amp;Business ID</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>Required for organisations, not for households.</source>
        <translation>Pakollinen yhteisöille, ei kotitalouksille.</translation>
    </message>
    <message>
        <source>Derived from the business ID.</source>
        <translation>Muodostetaan Y-tunnuksesta.</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-tunniste</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Osoite ja yhteystiedot</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Postinume&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Postitoimipaikka</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Kie&amp;li</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>Yhteyshenkil&amp;ö</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>S&amp;ähköposti</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Pu&amp;helin</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation>&amp;Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>&amp;Operator ID</source>
        <translation>Välittäjän t&amp;unnus</translation>
    </message>
    <message>
        <source>Payment te&amp;rm (days)</source>
        <translation>Maksu&amp;ehto (pv)</translation>
    </message>
    <message>
        <source>Household ta&amp;x credit</source>
        <translation>Kotitalousvähennyk&amp;seen oikeutettu</translation>
    </message>
    <message>
        <source>Invoices show the work share for the tax credit.</source>
        <translation>Laskuissa näytetään työn osuus kotitalousvähennystä varten.</translation>
    </message>
    <message>
        <source>Tax credit</source>
        <translation>Kotitalousvähennys</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>&amp;Aktiivinen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Lisä&amp;tietoja</translation>
    </message>
    <message>
        <source>Agreed prices</source>
        <translation>Sovitut hinnat</translation>
    </message>
    <message>
        <source>A&amp;greed prices</source>
        <translation>Sovitut hinnat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Saakka</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>&amp;Add agreed price…</source>
        <translation>Lisää s&amp;ovittu hinta…</translation>
    </message>
    <message>
        <source>Remove pr&amp;ice</source>
        <translation>Po&amp;ista hinta</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Muutettu sillä välin: %1</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Joku muu tallensi välillä</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation>Tuo asiakkaat taulukosta</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook with one customer per row and the column names on the first row (for example Nimi, Laji, Y-tunnus, Osoite, Kieli, Verkkolaskuosoite, Maksuehto). Nothing is saved before you accept the preview.</source>
        <translation>Valitse CSV-tiedosto tai Excel-työkirja, jossa on yksi asiakas riviä kohden ja sarakkeiden nimet ensimmäisellä rivillä (esimerkiksi Nimi, Laji, Y-tunnus, Osoite, Kieli, Verkkolaskuosoite, Maksuehto). Mitään ei tallenneta ennen kuin hyväksyt esikatselun.</translation>
    </message>
    <message>
        <source>Choose the customer list</source>
        <translation>Valitse asiakasluettelo</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n customer(s)</source>
        <translation>
            <numerusform>&amp;Tuo %n asiakas</numerusform>
            <numerusform>&amp;Tuo %n asiakasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n customer(s)…</source>
        <translation>
            <numerusform>Tuodaan %n asiakas…</numerusform>
            <numerusform>Tuodaan %n asiakasta…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImportFields</name>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>town</source>
        <translation>postitoimipaikka</translation>
    </message>
    <message>
        <source>country</source>
        <translation>maa</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>e-invoice address</source>
        <translation>verkkolaskuosoite</translation>
    </message>
    <message>
        <source>operator ID</source>
        <translation>välittäjän tunnus</translation>
    </message>
    <message>
        <source>payment term</source>
        <translation>maksuehto</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>lisätietoja</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>sarakkeet</translation>
    </message>
</context>
<context>
    <name>CustomerImportRowModel</name>
    <message>
        <source>same as on row %1</source>
        <translation>sama kuin rivillä %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>asiakas %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Kunnossa</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>Municipality or other public body</source>
        <translation>Kunta tai muu julkinen yhteisö</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Association or parish</source>
        <translation>Yhdistys tai seurakunta</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Kotitalous</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>tunti</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>kpl</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>day</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>General rate</source>
        <translation>Yleinen verokanta</translation>
    </message>
    <message>
        <source>Reduced rate</source>
        <translation>Alennettu verokanta</translation>
    </message>
    <message>
        <source>Reduced rate 10 %</source>
        <translation>Alennettu verokanta 10 %</translation>
    </message>
    <message>
        <source>Zero rate</source>
        <translation>Nollaverokanta</translation>
    </message>
    <message>
        <source>VAT-exempt social welfare service</source>
        <translation>Arvonlisäveroton sosiaalihuoltopalvelu</translation>
    </message>
    <message>
        <source>Reverse charge (construction)</source>
        <translation>Käännetty verovelvollisuus (rakentaminen)</translation>
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
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Active customers</source>
        <translation>Aktiiviset asiakkaat</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Passiiviset asiakkaat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Näyt&amp;ä:</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>Lisää a&amp;siakas…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>&amp;Price list…</source>
        <translation>H&amp;innasto…</translation>
    </message>
    <message>
        <source>Impor&amp;t…</source>
        <translation>T&amp;uo tiedostosta…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Delete %1? Only a customer never used on work or invoices can be deleted; deactivate the others in the customer form.</source>
        <translation>Poistetaanko %1? Vain asiakkaan, jolla ei ole työtehtäviä eikä laskuja, voi poistaa; muut merkitään asiakaslomakkeella passiivisiksi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were imported.</source>
        <translation>
            <numerusform>%n asiakas tuotiin.</numerusform>
            <numerusform>%n asiakasta tuotiin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>%1 is empty, so it is not an Osuva database. Nothing was changed. To start a new cooperative, choose File → New cooperative.</source>
        <translation>%1 on tyhjä, joten se ei ole Osuvan tietokanta. Mitään ei muutettu. Aloita uusi osuuskunta valitsemalla Tiedosto → Uusi osuuskunta.</translation>
    </message>
    <message>
        <source>%1 is read-only: Osuva must be able to save to the file and to its folder. Copy the file to a folder you can save in, or ask for write access. The file was not changed.</source>
        <translation>%1 on vain luettavissa: Osuvan täytyy voida tallentaa tiedostoon ja sen kansioon. Kopioi tiedosto kansioon, johon voit tallentaa, tai pyydä kirjoitusoikeus. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that the drive is connected and that you may open the folder.</source>
        <translation>Tiedostoa %1 ei voi lukea. Tarkista, että asema on kytketty ja että sinulla on oikeus avata kansio.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>%1 is not a database file or server address that Osuva can open.</source>
        <translation>%1 ei ole tietokantatiedosto eikä palvelimen osoite, jonka Osuva voi avata.</translation>
    </message>
    <message>
        <source>%1 is not an Osuva database. The file was not changed.</source>
        <translation>%1 ei ole Osuvan tietokanta. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened. The file was not changed. Restore it from a backup or ask for help.</source>
        <translation>%1 on vioittunut, eikä sitä avattu. Tiedostoa ei muutettu. Palauta se varmuuskopiosta tai pyydä apua.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Osuva (database version %2; this Osuva knows versions up to %3). Update Osuva to open it. The file was not changed.</source>
        <translation>%1 on tallennettu Osuvan uudemmalla versiolla (tietokannan versio %2; tämä Osuva tuntee versiot %3 asti). Päivitä Osuva avataksesi sen. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>A database cannot be created at %1. Choose a folder you can save files in.</source>
        <translation>Tietokantaa ei voi luoda kohteeseen %1. Valitse kansio, johon voit tallentaa tiedostoja.</translation>
    </message>
    <message>
        <source>Could not connect to the database %1.</source>
        <translation>Yhteyttä tietokantaan %1 ei saatu.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Tietokantaa %1 ei voitu avata.</translation>
    </message>
    <message>
        <source>The backup was cancelled. No backup file was written.</source>
        <translation>Varmuuskopiointi peruttiin. Varmuuskopiotiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1, and no backup file was left there. Check that the folder exists and that you can save files in it.</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa kansioon %1, eikä sinne jäänyt varmuuskopiotiedostoa. Tarkista, että kansio on olemassa ja että voit tallentaa siihen tiedostoja.</translation>
    </message>
    <message>
        <source>Osuva backs up database files only. Back up a server database with the server&apos;s own tools.</source>
        <translation>Osuva varmuuskopioi vain tietokantatiedostoja. Palvelimella olevan tietokannan varmuuskopioi palvelimen omilla työkaluilla.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>pp.kk.vvvv</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Membership and share certificate</source>
        <translation>Jäsen- ja osuustodistus</translation>
    </message>
    <message>
        <source>Share fee statement</source>
        <translation>Osuusmaksuerittely</translation>
    </message>
    <message>
        <source>Register of members and shares (public part)</source>
        <translation>Jäsen- ja osuusluettelo (julkinen osa)</translation>
    </message>
    <message>
        <source>Register of members and shares (for the board)</source>
        <translation>Jäsen- ja osuusluettelo (hallitukselle)</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Jäsen:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Asiakirjan &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Tallenna PDF-tiedostona…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>VAT general (25.5 %)</source>
        <translation>Alv yleinen (25,5 %)</translation>
    </message>
    <message>
        <source>VAT reduced (13.5 %)</source>
        <translation>Alv alennettu (13,5 %)</translation>
    </message>
    <message>
        <source>VAT 10 %</source>
        <translation>Alv 10 %</translation>
    </message>
    <message>
        <source>VAT 0 %</source>
        <translation>Alv 0 %</translation>
    </message>
    <message>
        <source>VAT-exempt social welfare service</source>
        <translation>Arvonlisäveroton sosiaalihuoltopalvelu</translation>
    </message>
    <message>
        <source>Reverse charge (construction)</source>
        <translation>Käännetty verovelvollisuus (rakentaminen)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Uusi lasku</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Laskuluonnos</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>(valitse asiakas)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Laskun &amp;päivämäärä:</translation>
    </message>
    <message>
        <source>Delivery &amp;from:</source>
        <translation>Toimitus a&amp;lkaen:</translation>
    </message>
    <message>
        <source>Delivery &amp;to:</source>
        <translation>Toimitus &amp;saakka:</translation>
    </message>
    <message>
        <source>&amp;Our reference:</source>
        <translation>&amp;Viitteemme:</translation>
    </message>
    <message>
        <source>&amp;Buyer&apos;s reference:</source>
        <translation>&amp;Ostajan viite:</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Notes on the invoice:</source>
        <translation>Lisä&amp;tiedot laskulla:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Unit price (excl. VAT)</source>
        <translation>À-hinta (alv 0 %)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Alv</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Alennus %</translation>
    </message>
    <message>
        <source>L&amp;ines:</source>
        <translation>&amp;Rivit:</translation>
    </message>
    <message>
        <source>Add unbilled &amp;hours</source>
        <translation>Lisää laskuttamattomat t&amp;unnit</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>Lisää &amp;muu rivi</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Poista r&amp;ivi</translation>
    </message>
    <message>
        <source>The customer has no unbilled approved hours.</source>
        <translation>Asiakkaalla ei ole laskuttamattomia hyväksyttyjä tunteja.</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>kpl</translation>
    </message>
    <message>
        <source>the description is missing</source>
        <translation>kuvaus puuttuu</translation>
    </message>
    <message>
        <source>the quantity must be a number above zero</source>
        <translation>määrän on oltava nollaa suurempi luku</translation>
    </message>
    <message>
        <source>the unit price must be a number, zero or more</source>
        <translation>à-hinnan on oltava luku, vähintään nolla</translation>
    </message>
    <message>
        <source>the discount is 0 to 100 %</source>
        <translation>alennus on 0–100 %</translation>
    </message>
    <message>
        <source>no VAT rate for the delivery date</source>
        <translation>toimituspäivälle ei ole verokantaa</translation>
    </message>
    <message>
        <source>these hours are already on another invoice</source>
        <translation>nämä tunnit ovat jo toisella laskulla</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Rivi %1: %2.</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Kuukautta</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Sijoittui</translation>
    </message>
</context>
<context>
    <name>EInvoiceExport</name>
    <message>
        <source>A draft has no number yet: issue it first.</source>
        <translation>Luonnoksella ei ole vielä numeroa. Tee siitä ensin valmis lasku.</translation>
    </message>
    <message>
        <source>The invoice has no bank account (IBAN) of the cooperative.</source>
        <translation>Laskulla ei ole osuuskunnan pankkitiliä (IBAN).</translation>
    </message>
    <message>
        <source>The cooperative has no e-invoice address. Add it in the settings.</source>
        <translation>Osuuskunnalla ei ole verkkolaskuosoitetta. Lisää se asetuksiin.</translation>
    </message>
    <message>
        <source>The SOAP envelope needs the cooperative&apos;s e-invoice operator. Add it in the settings.</source>
        <translation>SOAP-kehys tarvitsee osuuskunnan verkkolaskuoperaattorin. Lisää se asetuksiin.</translation>
    </message>
    <message>
        <source>The customer has no e-invoice address: send this invoice as a PDF.</source>
        <translation>Asiakkaalla ei ole verkkolaskuosoitetta: lähetä tämä lasku PDF-tiedostona.</translation>
    </message>
    <message>
        <source>The customer&apos;s e-invoice operator is missing.</source>
        <translation>Asiakkaan verkkolaskuoperaattori puuttuu.</translation>
    </message>
    <message>
        <source>Reverse charge needs the customer&apos;s VAT ID, and the invoice has none.</source>
        <translation>Käännetty verovelvollisuus edellyttää asiakkaan ALV-tunnistetta, eikä laskulla ole sitä.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another one.</source>
        <translation>Kansiota ei ole olemassa. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>Choose at least one issued invoice.</source>
        <translation>Valitse vähintään yksi valmis lasku.</translation>
    </message>
    <message>
        <source>Finvoice 3.0</source>
        <translation>Finvoice 3.0</translation>
    </message>
    <message>
        <source>Finvoice 3.0 with the operator&apos;s SOAP envelope</source>
        <translation>Finvoice 3.0 operaattorin SOAP-kehyksellä</translation>
    </message>
    <message>
        <source>Peppol BIS Billing 3.0 (UBL)</source>
        <translation>Peppol BIS Billing 3.0 (UBL)</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Arvo ei kelpaa.</translation>
    </message>
    <message>
        <source>%1 invoices were written into one batch file, %2.</source>
        <translation>%1 laskua tallennettiin yhteen erätiedostoon %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-invoice file(s) written to %1.</source>
        <translation>
            <numerusform>%n verkkolaskutiedosto tallennettiin kansioon %1.</numerusform>
            <numerusform>%n verkkolaskutiedostoa tallennettiin kansioon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-invoices exported</source>
        <translation>Verkkolaskut viety</translation>
    </message>
    <message>
        <source>E-invoices not exported</source>
        <translation>Verkkolaskuja ei viety</translation>
    </message>
    <message>
        <source>No files were written.</source>
        <translation>Yhtään tiedostoa ei tallennettu.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be exported:</source>
        <translation>Laskua %1 ei voi viedä:</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>Writing the e-invoices…</source>
        <translation>Tallennetaan verkkolaskuja…</translation>
    </message>
</context>
<context>
    <name>EInvoiceExportDialog</name>
    <message>
        <source>Export e-invoices</source>
        <translation>Vie verkkolaskut</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen invoice(s) will be written as e-invoice files.</source>
        <translation>
            <numerusform>%n valittu lasku tallennetaan verkkolaskutiedostoksi.</numerusform>
            <numerusform>%n valittua laskua tallennetaan verkkolaskutiedostoiksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>One batch file holding every invoice</source>
        <translation>Kaikki laskut yhteen erätiedostoon</translation>
    </message>
    <message>
        <source>&amp;Operator file:</source>
        <translation>&amp;Erätiedosto:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>Folder for the e-invoices</source>
        <translation>Verkkolaskujen kansio</translation>
    </message>
</context>
<context>
    <name>EInvoiceSendDialog</name>
    <message>
        <source>This customer receives e-invoices (e-invoice address %1, operator %2), so the invoice is not e-mailed. Osuva writes it as a Finvoice 3.0 file into the folder below. Osuva has no connection to e-invoice operators: you then upload the file to your e-invoice operator&apos;s or your bank&apos;s online service yourself, and only from there does it reach the customer. Osuva records the invoice as sent when the file is written.</source>
        <translation>Tämä asiakas vastaanottaa verkkolaskuja (verkkolaskuosoite %1, välittäjä %2), joten laskua ei lähetetä sähköpostilla. Osuva kirjoittaa sen Finvoice 3.0 -tiedostoksi alla olevaan kansioon. Osuvalla ei ole yhteyttä verkkolaskuoperaattoreihin: lataa tiedosto sen jälkeen itse verkkolaskuoperaattorisi tai pankkisi verkkopalveluun. Lasku menee asiakkaalle vasta sieltä. Osuva merkitsee laskun lähetetyksi, kun tiedosto on kirjoitettu.</translation>
    </message>
    <message>
        <source>Send invoice %1 as an e-invoice</source>
        <translation>Lähetä lasku %1 verkkolaskuna</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation>&amp;Tallenna tiedosto</translation>
    </message>
    <message>
        <source>Folder for the e-invoice</source>
        <translation>Verkkolaskun kansio</translation>
    </message>
    <message>
        <source>The e-invoice was written to %1.

Now upload this file to your e-invoice operator&apos;s or your bank&apos;s online service: the invoice reaches the customer only from there.</source>
        <translation>Verkkolasku kirjoitettiin tiedostoon %1.

Lataa tiedosto nyt verkkolaskuoperaattorisi tai pankkisi verkkopalveluun: lasku menee asiakkaalle vasta sieltä.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Only an issued invoice can be sent.</source>
        <translation>Vain laadittu lasku voidaan lähettää.</translation>
    </message>
</context>
<context>
    <name>EarningsDialog</name>
    <message>
        <source>Earnings</source>
        <translation>Ansiot</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Kuukausi:</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Edellinen kuukausi</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Seuraava kuukausi</translation>
    </message>
    <message>
        <source>Members&apos; earnings in the month</source>
        <translation>Jäsenten ansiot kuukaudessa</translation>
    </message>
    <message>
        <source>Gross earnings are the hours times the wage rate valid on each day; volunteer work never counts. Osuva warns at 80 % and 100 % of the member&apos;s own monthly limit. Osuva only warns: it never decides whether anyone is entitled to a benefit. Kela, the unemployment fund or the pension provider decides.</source>
        <translation>Bruttoansiot ovat tunnit kerrottuna kunakin päivänä voimassa olleella tuntipalkalla; vapaaehtoistyö ei koskaan kerrytä ansioita. Osuva varoittaa, kun ansiot ovat 80 % ja 100 % jäsenen omasta kuukausirajasta. Osuva vain varoittaa: se ei koskaan päätä, onko joku oikeutettu etuuteen. Sen päättää Kela, työttömyyskassa tai eläkelaitos.</translation>
    </message>
    <message>
        <source>Wage &amp;rates…</source>
        <translation>&amp;Tuntipalkat…</translation>
    </message>
    <message>
        <source>Wage &amp;basis…</source>
        <translation>Palkka&amp;perusteet…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) at 80 % of their limit or more.</source>
        <translation>
            <numerusform>%n jäsenellä ansiot ovat vähintään 80 % rajasta.</numerusform>
            <numerusform>%n jäsenellä ansiot ovat vähintään 80 % rajasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) at or over their limit.</source>
        <translation>
            <numerusform>%n jäsenellä raja on täynnä tai ylittynyt.</numerusform>
            <numerusform>%n jäsenellä raja on täynnä tai ylittynyt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have hours without a wage rate.</source>
        <translation>
            <numerusform>%n jäsenellä on tunteja ilman tuntipalkkaa.</numerusform>
            <numerusform>%n jäsenellä on tunteja ilman tuntipalkkaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member&apos;s &amp;limits…</source>
        <translation>Jäsenen &amp;ansiorajat…</translation>
    </message>
</context>
<context>
    <name>EarningsModel</name>
    <message>
        <source>⚠ 80 % of the limit</source>
        <translation>⚠ 80 % rajasta</translation>
    </message>
    <message>
        <source>⚠ Limit reached</source>
        <translation>⚠ Raja täynnä</translation>
    </message>
    <message>
        <source>reduced by about %1</source>
        <translation>pienenee noin %1</translation>
    </message>
    <message>
        <source>%1 without a wage rate</source>
        <translation>%1 ilman tuntipalkkaa</translation>
    </message>
    <message>
        <source>%1 volunteer work</source>
        <translation>%1 vapaaehtoistyötä</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Bruttoansiot</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Kuukausiraja</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% rajasta</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Etuus</translation>
    </message>
    <message>
        <source>Effect on the benefit</source>
        <translation>Vaikutus etuuteen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message numerus="yes">
        <source>beyond their own weekly ceiling in %n week(s)</source>
        <translation>
            <numerusform>oma viikkoraja ylittyi %n viikkona</numerusform>
            <numerusform>oma viikkoraja ylittyi %n viikkona</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Save the certificate</source>
        <translation>Tallenna todistus</translation>
    </message>
    <message>
        <source>Employment periods</source>
        <translation>Työsuhteet</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Annetut todistukset</translation>
    </message>
    <message>
        <source>&amp;Add period…</source>
        <translation>&amp;Lisää jakso…</translation>
    </message>
    <message>
        <source>&amp;Edit period…</source>
        <translation>&amp;Muokkaa jaksoa…</translation>
    </message>
    <message>
        <source>&amp;Delete period…</source>
        <translation>&amp;Poista jakso…</translation>
    </message>
    <message>
        <source>&amp;Issue a certificate…</source>
        <translation>&amp;Anna työtodistus…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Tallenna &amp;kopio…</translation>
    </message>
    <message>
        <source>Employment &amp;periods</source>
        <translation>Työ&amp;suhteet</translation>
    </message>
    <message>
        <source>Issued ce&amp;rtificates</source>
        <translation>Annetut &amp;todistukset</translation>
    </message>
    <message>
        <source>Employment: %1</source>
        <translation>Työsuhteet: %1</translation>
    </message>
    <message>
        <source>%1&apos;s employment by the cooperative. The tasks on the certificate are the services the member worked in during these periods.</source>
        <translation>Jäsenen %1 työsuhteet osuuskunnassa. Todistuksen työtehtävät ovat ne palvelut, joissa jäsen on työskennellyt näiden jaksojen aikana.</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>Poista jakso</translation>
    </message>
    <message>
        <source>Delete the selected employment period?</source>
        <translation>Poistetaanko valittu työsuhdejakso?</translation>
    </message>
    <message>
        <source>employment-certificate</source>
        <translation>tyotodistus</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>The fixed-term contract ended</source>
        <translation>Määräaikainen työsopimus päättyi</translation>
    </message>
    <message>
        <source>The employee resigned</source>
        <translation>Työntekijä irtisanoutui</translation>
    </message>
    <message>
        <source>The employer terminated the contract</source>
        <translation>Työnantaja irtisanoi työsopimuksen</translation>
    </message>
    <message>
        <source>Ended by mutual agreement</source>
        <translation>Päättyi yhteisestä sopimuksesta</translation>
    </message>
    <message>
        <source>The employee retired</source>
        <translation>Työntekijä jäi eläkkeelle</translation>
    </message>
    <message>
        <source>Ended for another reason</source>
        <translation>Päättyi muusta syystä</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Record an exit</source>
        <translation>Kirjaa päättyminen</translation>
    </message>
    <message>
        <source>Where the person went on leaving the programme or the cooperative. Follow-ups 3 and 6 months later are scheduled.</source>
        <translation>Mihin henkilö sijoittui lähtiessään valmennuksesta tai osuuskunnasta. Seurannat 3 ja 6 kuukauden kuluttua ajastetaan.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Henkilö</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Päättyi</translation>
    </message>
    <message>
        <source>&amp;Went to</source>
        <translation>&amp;Sijoittui</translation>
    </message>
    <message>
        <source>A new &amp;job</source>
        <translation>Uusi &amp;työpaikka</translation>
    </message>
    <message>
        <source>A new &amp;business</source>
        <translation>Uusi &amp;yritys</translation>
    </message>
    <message>
        <source>Completed a &amp;qualification</source>
        <translation>Suoritti tut&amp;kinnon</translation>
    </message>
    <message>
        <source>Counts for the funder</source>
        <translation>Rahoittajalle raportoitava</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Lisätietoja</translation>
    </message>
</context>
<context>
    <name>ExitTableModel</name>
    <message>
        <source>due %1</source>
        <translation>erääntyy %1</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Sijoittui</translation>
    </message>
    <message>
        <source>After 3 months</source>
        <translation>3 kk kuluttua</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>6 kk kuluttua</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>The check digit does not match: check the business ID (e.g. 1572860-0).</source>
        <translation>Tarkistusnumero ei täsmää: tarkista Y-tunnus (esim. 1572860-0).</translation>
    </message>
    <message>
        <source>A business ID has seven digits, a hyphen and a check digit (1572860-0).</source>
        <translation>Y-tunnuksessa on seitsemän numeroa, väliviiva ja tarkistusnumero (1572860-0).</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: check for a typing mistake.</source>
        <translation>IBANin tarkisteet eivät täsmää: tarkista kirjoitusvirheet.</translation>
    </message>
    <message>
        <source>The IBAN has the wrong length (a Finnish IBAN has 18 characters).</source>
        <translation>IBAN on väärän pituinen (suomalaisessa IBANissa on 18 merkkiä).</translation>
    </message>
    <message>
        <source>This is not an IBAN. A Finnish IBAN starts with FI and 16 digits.</source>
        <translation>Tämä ei ole IBAN. Suomalainen IBAN alkaa FI-kirjaimilla, joita seuraa 16 numeroa.</translation>
    </message>
    <message>
        <source>Check the email address (for example name@example.fi).</source>
        <translation>Tarkista sähköpostiosoite (esimerkiksi nimi@esimerkki.fi).</translation>
    </message>
    <message>
        <source>A Finnish postal code has five digits, for example 06100.</source>
        <translation>Suomalaisessa postinumerossa on viisi numeroa, esimerkiksi 06100.</translation>
    </message>
    <message>
        <source>The payment term is 0 to 365 days.</source>
        <translation>Maksuaika on 0–365 päivää.</translation>
    </message>
    <message>
        <source>Another member already has this identity code.</source>
        <translation>Toisella jäsenellä on jo tämä henkilötunnus.</translation>
    </message>
    <message>
        <source>The check character does not match: check the identity code.</source>
        <translation>Tarkistusmerkki ei täsmää: tarkista henkilötunnus.</translation>
    </message>
    <message>
        <source>The identity code does not start with a valid birth date (DDMMYY).</source>
        <translation>Henkilötunnus ei ala kelvollisella syntymäajalla (PPKKVV).</translation>
    </message>
    <message>
        <source>An identity code looks like 131052-308T (DDMMYY, a century sign, three digits and a check character).</source>
        <translation>Henkilötunnus on muotoa 131052-308T (PPKKVV, välimerkki, kolme numeroa ja tarkistusmerkki).</translation>
    </message>
    <message>
        <source>An identity code has 11 characters, for example 131052-308T.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä, esimerkiksi 131052-308T.</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the identity code.</source>
        <translation>Syntymäaika poikkeaa henkilötunnuksen syntymäajasta.</translation>
    </message>
    <message>
        <source>Write the phone number with digits, for example 040 123 4567.</source>
        <translation>Kirjoita puhelinnumero numeroin, esimerkiksi 040 123 4567.</translation>
    </message>
    <message>
        <source>The application date cannot be after the acceptance date.</source>
        <translation>Hakemuspäivä ei voi olla hyväksymispäivän jälkeen.</translation>
    </message>
    <message>
        <source>The member cannot be accepted before applying.</source>
        <translation>Jäsentä ei voi hyväksyä ennen hakemusta.</translation>
    </message>
    <message>
        <source>The date is before the member joined.</source>
        <translation>Päivämäärä on ennen jäsenen liittymistä.</translation>
    </message>
    <message>
        <source>The rules do not allow a member this many shares.</source>
        <translation>Säännöt eivät salli jäsenelle näin montaa osuutta.</translation>
    </message>
    <message>
        <source>Deduction from wages needs the member&apos;s written consent. Record it first with Wage deduction consent.</source>
        <translation>Palkasta vähentäminen edellyttää jäsenen kirjallista suostumusta. Kirjaa se ensin kohdassa Suostumus palkasta vähentämiseen.</translation>
    </message>
    <message>
        <source>The amount is larger than the open share fee.</source>
        <translation>Summa on suurempi kuin avoin osuusmaksu.</translation>
    </message>
    <message>
        <source>Write the day and month the financial year ends, for example 31.12.</source>
        <translation>Kirjoita tilikauden päättymispäivä ja -kuukausi, esimerkiksi 31.12.</translation>
    </message>
    <message>
        <source>There is no such day. Write it like 31.12. or 30.6.</source>
        <translation>Tällaista päivää ei ole. Kirjoita esimerkiksi 31.12. tai 30.6.</translation>
    </message>
    <message>
        <source>This database already has a cooperative.</source>
        <translation>Tässä tietokannassa on jo osuuskunta.</translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation>Tämä käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <source>Write a user name without spaces.</source>
        <translation>Kirjoita käyttäjätunnus ilman välilyöntejä.</translation>
    </message>
    <message>
        <source>Write the person&apos;s full name.</source>
        <translation>Kirjoita henkilön koko nimi.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Valitse vähintään yksi rooli.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Käytä vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Nykyinen salasana on väärä.</translation>
    </message>
    <message>
        <source>Only an administrator can enter or change an identity code.</source>
        <translation>Vain pääkäyttäjä voi kirjata tai muuttaa henkilötunnuksen.</translation>
    </message>
    <message>
        <source>An organisation needs its business ID; only a household can be without.</source>
        <translation>Yhteisölle tarvitaan Y-tunnus; vain kotitalous voi olla ilman.</translation>
    </message>
    <message>
        <source>Only a household can get the household tax credit.</source>
        <translation>Kotitalousvähennyksen voi saada vain kotitalous.</translation>
    </message>
    <message>
        <source>Write the two-letter country code, for example FI or SE.</source>
        <translation>Kirjoita maan kaksikirjaiminen tunnus, esimerkiksi FI tai SE.</translation>
    </message>
    <message>
        <source>Write the e-invoice address without spaces, for example 003720774740.</source>
        <translation>Kirjoita verkkolaskuosoite ilman välilyöntejä, esimerkiksi 003720774740.</translation>
    </message>
    <message>
        <source>The check digit does not match: an OVT code is 0037 and the business ID&apos;s eight digits; a consumer&apos;s address is their IBAN.</source>
        <translation>Tarkistusnumero ei täsmää: OVT-tunnus on 0037 ja Y-tunnuksen kahdeksan numeroa; kuluttajan verkkolaskuosoite on hänen IBAN-tilinumeronsa.</translation>
    </message>
    <message>
        <source>Write the operator ID, for example BAWCFI22 or 003721291126.</source>
        <translation>Kirjoita välittäjän tunnus, esimerkiksi BAWCFI22 tai 003721291126.</translation>
    </message>
    <message>
        <source>An e-invoice address needs the operator ID too.</source>
        <translation>Verkkolaskuosoitteen lisäksi tarvitaan välittäjän tunnus.</translation>
    </message>
    <message>
        <source>Two agreed prices of one service cover the same days.</source>
        <translation>Saman palvelun kaksi sovittua hintaa koskee samoja päiviä.</translation>
    </message>
    <message>
        <source>A service keeps at least one price.</source>
        <translation>Palvelulla on oltava ainakin yksi hinta.</translation>
    </message>
    <message>
        <source>The service has no price for that day in the price list.</source>
        <translation>Palvelulla ei ole hinnastossa hintaa sille päivälle.</translation>
    </message>
    <message>
        <source>Another service has this code.</source>
        <translation>Toisella palvelulla on jo tämä koodi.</translation>
    </message>
    <message>
        <source>Another customer has this business ID.</source>
        <translation>Toisella asiakkaalla on sama Y-tunnus.</translation>
    </message>
    <message>
        <source>Another price or rate of the same service is valid on some of these days. End it first.</source>
        <translation>Samalle palvelulle on jo voimassa toinen hinta tai palkka osalle näistä päivistä. Päätä se ensin.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>The check digit does not match.</source>
        <translation>Tarkistusmerkki ei täsmää.</translation>
    </message>
    <message>
        <source>The length is wrong.</source>
        <translation>Pituus on väärä.</translation>
    </message>
    <message>
        <source>The format is wrong.</source>
        <translation>Muoto on väärä.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>Päivämäärä ei kelpaa.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Write a number, for example 50,00.</source>
        <translation>Kirjoita luku, esimerkiksi 50,00.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 14.</source>
        <translation>Kirjoita kokonaisluku, esimerkiksi 14.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Teksti on liian pitkä.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>This is already in the register.</source>
        <translation>Tämä on jo rekisterissä.</translation>
    </message>
    <message>
        <source>Write a number greater than zero.</source>
        <translation>Kirjoita nollaa suurempi luku.</translation>
    </message>
    <message>
        <source>The value is not one Osuva knows.</source>
        <translation>Osuva ei tunne tätä arvoa.</translation>
    </message>
    <message>
        <source>Former members cannot be imported; add them by hand.</source>
        <translation>Entisiä jäseniä ei voi tuoda; lisää heidät käsin.</translation>
    </message>
    <message>
        <source>This member number is already in use.</source>
        <translation>Tämä jäsennumero on jo käytössä.</translation>
    </message>
    <message>
        <source>A payment needs a number of shares.</source>
        <translation>Maksu edellyttää osuuksien määrää.</translation>
    </message>
    <message>
        <source>More was paid than the shares cost.</source>
        <translation>Maksettu enemmän kuin osuudet maksavat.</translation>
    </message>
    <message>
        <source>The row has more cells than there are columns.</source>
        <translation>Rivillä on enemmän soluja kuin sarakkeita.</translation>
    </message>
    <message>
        <source>The date is before the application date.</source>
        <translation>Päivämäärä on ennen hakemuspäivää.</translation>
    </message>
    <message>
        <source>The values contradict each other.</source>
        <translation>Arvot ovat ristiriidassa keskenään.</translation>
    </message>
    <message>
        <source>The rules do not allow this many.</source>
        <translation>Säännöt eivät salli näin montaa.</translation>
    </message>
    <message>
        <source>The number is outside the allowed range.</source>
        <translation>Luku on sallitun alueen ulkopuolella.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Loppu on ennen alkua.</translation>
    </message>
    <message>
        <source>Write the hours per week as a number above 0, at most 168.</source>
        <translation>Kirjoita viikkotunnit lukuna, joka on yli 0 ja enintään 168.</translation>
    </message>
    <message>
        <source>Choose a service, a member, or both.</source>
        <translation>Valitse palvelu, jäsen tai molemmat.</translation>
    </message>
    <message>
        <source>Give the end date too, or leave the reason empty.</source>
        <translation>Anna myös päättymispäivä tai jätä syy tyhjäksi.</translation>
    </message>
    <message>
        <source>No employment period has ended with a reason to state.</source>
        <translation>Yksikään työsuhde ei ole päättynyt niin, että syy olisi kirjattu.</translation>
    </message>
    <message>
        <source>Write the assessment of skills and conduct, or untick it.</source>
        <translation>Kirjoita arvio työtaidoista ja käytöksestä tai poista valinta.</translation>
    </message>
    <message>
        <source>The rate is at most 1 000 € per hour.</source>
        <translation>Tuntipalkka voi olla enintään 1 000 € tunnissa.</translation>
    </message>
    <message>
        <source>The dates overlap another period.</source>
        <translation>Päivät ovat päällekkäin toisen jakson kanssa.</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>Hanke ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The last meeting day cannot be before the first.</source>
        <translation>Viimeinen tapaamispäivä ei voi olla ennen ensimmäistä.</translation>
    </message>
    <message>
        <source>No meeting falls between these days on that weekday.</source>
        <translation>Näiden päivien väliin ei osu tapaamisia sinä viikonpäivänä.</translation>
    </message>
    <message>
        <source>That would make more than 60 meetings; choose an earlier last day.</source>
        <translation>Tapaamisia tulisi yli 60; valitse aiempi viimeinen päivä.</translation>
    </message>
    <message>
        <source>Another project has this code.</source>
        <translation>Toisella hankkeella on jo tämä tunnus.</translation>
    </message>
    <message>
        <source>The project already has this group.</source>
        <translation>Hankkeessa on jo tämän niminen ryhmä.</translation>
    </message>
    <message>
        <source>The person is already in this group on that day.</source>
        <translation>Henkilö on jo tässä ryhmässä sinä päivänä.</translation>
    </message>
    <message>
        <source>The plan cannot start before the intake day.</source>
        <translation>Suunnitelma ei voi alkaa ennen aloituspäivää.</translation>
    </message>
    <message>
        <source>The end cannot be before the intake day.</source>
        <translation>Päättymispäivä ei voi olla ennen aloituspäivää.</translation>
    </message>
    <message>
        <source>This member is already linked to another participant.</source>
        <translation>Tämä jäsen on jo liitetty toiseen osallistujaan.</translation>
    </message>
    <message>
        <source>Record the day the person agreed to keep this contact.</source>
        <translation>Kirjaa päivä, jona henkilö antoi suostumuksen tämän yhteystiedon säilyttämiseen.</translation>
    </message>
    <message>
        <source>Choose the person for individual coaching.</source>
        <translation>Valitse henkilö, jota yksilövalmennus koskee.</translation>
    </message>
    <message>
        <source>Write the day the goal was reached or dropped.</source>
        <translation>Kirjoita päivä, jona tavoite saavutettiin tai siitä luovuttiin.</translation>
    </message>
    <message>
        <source>Of whom women cannot be more than the total.</source>
        <translation>Naisia ei voi olla enemmän kuin kaikkiaan.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Valitse yksi luettelosta.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the person left.</source>
        <translation>Seurantaa ei voi päivätä ennen henkilön lähtöä.</translation>
    </message>
    <message>
        <source>The date is before the person&apos;s intake.</source>
        <translation>Päivä on ennen henkilön aloitusta.</translation>
    </message>
    <message>
        <source>The person is not in this group on that day.</source>
        <translation>Henkilö ei ole tässä ryhmässä sinä päivänä.</translation>
    </message>
    <message>
        <source>Consent must be given on or before the day of answering.</source>
        <translation>Suostumus on annettava viimeistään vastauspäivänä.</translation>
    </message>
    <message>
        <source>Choose an answer from 1 to 5.</source>
        <translation>Valitse vastaus väliltä 1–5.</translation>
    </message>
    <message>
        <source>Give at least one answer.</source>
        <translation>Anna vähintään yksi vastaus.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation>Kirjaa seuranta</translation>
    </message>
    <message>
        <source>%1: %2 months after leaving on %3.</source>
        <translation>%1: %2 kuukautta päättymisestä %3.</translation>
    </message>
    <message>
        <source>&amp;Followed up on</source>
        <translation>&amp;Seurattu</translation>
    </message>
    <message>
        <source>&amp;Situation now</source>
        <translation>&amp;Tilanne nyt</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
</context>
<context>
    <name>FunderReportDialog</name>
    <message>
        <source>Report to the funder</source>
        <translation>Raportti rahoittajalle</translation>
    </message>
    <message>
        <source>Planned and realised figures, participants, coaching hours, outcomes and the group&apos;s questionnaire change. Counts under five people are shown as “&lt; 5”; no health information is included.</source>
        <translation>Tavoitteet ja toteuma, osallistujat, valmennustunnit, sijoittuminen ja ryhmän osallisuuskyselyn muutos. Alle viiden henkilön luvut näytetään muodossa ”&lt; 5”; terveystietoja ei ole mukana.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Tallenna…</translation>
    </message>
    <message>
        <source>Every project, each on its own pages</source>
        <translation>Kaikki hankkeet, kukin omille sivuilleen</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Hanke</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-asiakirja</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-työkirja (.xlsx)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Muoto</translation>
    </message>
    <message>
        <source>funder-report</source>
        <translation>rahoittajaraportti</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>Raportti tallennettiin.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>T&amp;avoite:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Tavoite&amp;päivä:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tilanne:</translation>
    </message>
    <message>
        <source>Reached or &amp;dropped on:</source>
        <translation>Saavutettu tai luovuttu, päi&amp;vä:</translation>
    </message>
    <message>
        <source>&amp;Review notes:</source>
        <translation>A&amp;rvioinnit:</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Uusi ryhmä</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Hanke:</translation>
    </message>
    <message>
        <source>&amp;Name, e.g. Monday group:</source>
        <translation>&amp;Nimi, esim. Maanantairyhmä:</translation>
    </message>
</context>
<context>
    <name>GroupResultsDialog</name>
    <message>
        <source>Questionnaire results of the group</source>
        <translation>Ryhmän osallisuuskyselyn tulokset</translation>
    </message>
    <message>
        <source>%1: %2 people answered at the start and at the end.</source>
        <translation>%1: %2 henkilöä vastasi alussa ja lopussa.</translation>
    </message>
    <message>
        <source>%1: fewer than five people answered at the start and at the end, so no results are shown.</source>
        <translation>%1: alle viisi henkilöä vastasi sekä alussa että lopussa, joten tuloksia ei näytetä.</translation>
    </message>
    <message>
        <source>Averages on the scale 1–5 per statement; a missing answer is left out of that statement&apos;s average. Counts under five show as “&lt; 5”.</source>
        <translation>Keskiarvot asteikolla 1–5 väittämittäin; puuttuva vastaus jätetään pois vain kyseisen väittämän keskiarvosta. Alle viiden lukumäärät näytetään muodossa ”&lt; 5”.</translation>
    </message>
    <message>
        <source>Results per statement</source>
        <translation>Tulokset väittämittäin</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over a shift</source>
        <translation>Anna työvuoro sijaiselle</translation>
    </message>
    <message>
        <source>%1 on %2, %3–%4: %5</source>
        <translation>%1, %2 klo %3–%4: %5</translation>
    </message>
    <message>
        <source>&amp;Substitute:</source>
        <translation>&amp;Sijainen:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Ownership and unemployment security</source>
        <translation>Omistus ja työttömyysturva</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under the Unemployment Security Act (1290/2002, chapter 1, section 6) a member who, in a leading position, owns at least 15 % of a cooperative&apos;s shares or votes, or at least 30 % together with family members, counts as an entrepreneur. An entrepreneur&apos;s right to unemployment benefit is assessed differently.&lt;/p&gt;&lt;p&gt;With at least seven members with equal shares and votes nobody reaches 15 %. That is why Osuva warns when the cooperative has fewer than 7 working members or when one member&apos;s share of the shares or votes reaches 15 %.&lt;/p&gt;&lt;p&gt;Osuva only warns. Ask the unemployment fund or the TE services how the rule applies to a particular member.&lt;/p&gt;&lt;p&gt;Sources: Unemployment Security Act 1290/2002, 1:6 (finlex.fi); Pellervo, guide for founders of cooperatives (pellervo.fi).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Työttömyysturvalain (1290/2002) 1 luvun 6 §:n mukaan jäsen, joka johtavassa asemassa omistaa vähintään 15 % osuuskunnan osuuksista tai äänistä tai yhdessä perheenjäsentensä kanssa vähintään 30 %, katsotaan yrittäjäksi. Yrittäjän oikeus työttömyysetuuteen arvioidaan eri tavalla.&lt;/p&gt;&lt;p&gt;Kun jäseniä on vähintään seitsemän ja heillä on yhtä suuret osuudet ja äänet, kukaan ei yllä 15 %:iin. Siksi Osuva varoittaa, jos työjäseniä on alle 7 tai jos yhden jäsenen osuus osuuksista tai äänistä nousee 15 %:iin.&lt;/p&gt;&lt;p&gt;Osuva vain varoittaa. Kysy työttömyyskassasta tai TE-palveluista, miten sääntöä sovelletaan yksittäiseen jäseneen.&lt;/p&gt;&lt;p&gt;Lähteet: työttömyysturvalaki 1290/2002, 1:6 (finlex.fi); Pellervo, osuuskunnan perustajan opas (pellervo.fi).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours of the week</source>
        <translation>Viikon tuntikirjaukset</translation>
    </message>
    <message>
        <source>Space or Enter confirms a planned row as worked and moves to the next one. Type a number to change the hours; Delete clears a row. Save logs everything at once.</source>
        <translation>Välilyönti tai Enter kuittaa suunnitellun rivin tehdyksi ja siirtyy seuraavalle. Kirjoita luku, jos tunnit poikkesivat; Delete tyhjentää rivin. Tallenna kirjaa kaiken kerralla.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Jäsen:</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Työtehtävä:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Edellinen viikko</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Kuluva viikko</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Seuraava viikko</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rivit:</translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation>&amp;Lisää rivi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>T&amp;allenna</translation>
    </message>
    <message>
        <source>Approve se&amp;lected</source>
        <translation>Hyväksy &amp;valitut</translation>
    </message>
    <message>
        <source>Appro&amp;ve the week</source>
        <translation>Hyväksy koko v&amp;iikko</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Kaikki jäsenet</translation>
    </message>
    <message>
        <source>All assignments</source>
        <translation>Kaikki työtehtävät</translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <translation>Viikko %1: %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved hours of this week while you were editing. Nothing was saved; what you typed is still in the grid.

Read the %n row(s) they changed again? What you typed on those rows is then lost; your other rows stay as you typed them.</source>
        <translation>
            <numerusform>Joku muu tallensi tämän viikon tunteja sillä aikaa, kun muokkasit niitä. Mitään ei tallennettu; kirjoittamasi tiedot ovat yhä taulukossa.

Luetaanko hänen muuttamansa rivi uudelleen? Tälle riville kirjoittamasi tiedot menetetään; muut rivisi pysyvät sellaisina kuin ne kirjoitit.</numerusform>
            <numerusform>Joku muu tallensi tämän viikon tunteja sillä aikaa, kun muokkasit niitä. Mitään ei tallennettu; kirjoittamasi tiedot ovat yhä taulukossa.

Luetaanko hänen muuttamansa %n riviä uudelleen? Näille riveille kirjoittamasi tiedot menetetään; muut rivisi pysyvät sellaisina kuin ne kirjoitit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Joku muu tallensi</translation>
    </message>
    <message>
        <source>%1 on %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message>
        <source>The rows someone else changed now show what they saved. Check them, then save again.</source>
        <translation>Toisen käyttäjän muuttamilla riveillä näkyy nyt hänen tallentamansa tieto. Tarkista ne ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>Hours not saved</source>
        <translation>Tunteja ei ole tallennettu</translation>
    </message>
    <message>
        <source>Some hours in the grid are not saved. Leave them unsaved?</source>
        <translation>Osa taulukon tunneista on tallentamatta. Jätetäänkö ne tallentamatta?</translation>
    </message>
</context>
<context>
    <name>HoursGridModel</name>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vapaaehtoistyö</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Read again: saved by someone else</source>
        <translation>Luettu uudelleen: toisen käyttäjän tallentama</translation>
    </message>
    <message>
        <source>To be removed</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Laskutettu</translation>
    </message>
    <message>
        <source>✓ To be logged</source>
        <translation>✓ Kirjataan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Kirjattu</translation>
    </message>
</context>
<context>
    <name>ImpactLabels</name>
    <message>
        <source>Open labour market, full-time</source>
        <translation>Avoimet työmarkkinat, kokoaikainen</translation>
    </message>
    <message>
        <source>Open labour market, part-time</source>
        <translation>Avoimet työmarkkinat, osa-aikainen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Own business or another cooperative</source>
        <translation>Oma yritys tai toinen osuuskunta</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Muut palvelut</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Eläke</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Alussa</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Lopussa</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from a spreadsheet</source>
        <translation>Tuo jäsenet taulukosta</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook with one member per row and the column names on the first row (for example Etunimi, Sukunimi, Lähiosoite, Postinumero, Liittymispäivä, Osuudet). Nothing is saved before you accept the preview.</source>
        <translation>Valitse CSV-tiedosto tai Excel-työkirja, jossa on yksi jäsen riviä kohden ja sarakkeiden nimet ensimmäisellä rivillä (esimerkiksi Etunimi, Sukunimi, Lähiosoite, Postinumero, Liittymispäivä, Osuudet). Mitään ei tallenneta ennen kuin hyväksyt esikatselun.</translation>
    </message>
    <message>
        <source>Choose the member list</source>
        <translation>Valitse jäsenluettelo</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are already in the register or twice in the file.</source>
        <translation>
            <numerusform>Niistä %n on jo rekisterissä tai tiedostossa kahdesti.</numerusform>
            <numerusform>Niistä %n on jo rekisterissä tai tiedostossa kahdesti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n member(s)</source>
        <translation>
            <numerusform>&amp;Tuo %n jäsen</numerusform>
            <numerusform>&amp;Tuo %n jäsentä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n member(s)…</source>
        <translation>
            <numerusform>Tuodaan %n jäsen…</numerusform>
            <numerusform>Tuodaan %n jäsentä…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sukupuoli</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>town</source>
        <translation>postitoimipaikka</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kotikunta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>kind of member</source>
        <translation>jäsenlaji</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>application date</source>
        <translation>hakemuspäivä</translation>
    </message>
    <message>
        <source>joining date</source>
        <translation>liittymispäivä</translation>
    </message>
    <message>
        <source>leaving date</source>
        <translation>eroamispäivä</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>jäsennumero</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>osuudet</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>sarakkeet</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Tiedoston rivit</translation>
    </message>
    <message>
        <source>Import the rows without problems and &amp;skip the others</source>
        <translation>Tuo virheettömät rivit ja &amp;ohita muut</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Taulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Tiedostoa luetaan…</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n row(s).</source>
        <translation>
            <numerusform>Tiedostossa on %n rivi.</numerusform>
            <numerusform>Tiedostossa on %n riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported.</source>
        <translation>
            <numerusform>%n voidaan tuoda.</numerusform>
            <numerusform>%n voidaan tuoda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems.</source>
        <translation>
            <numerusform>%n rivillä on ongelmia.</numerusform>
            <numerusform>%n rivillä on ongelmia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <source>same person as on row %1</source>
        <translation>sama henkilö kuin rivillä %1</translation>
    </message>
    <message>
        <source>member no. %1, %2</source>
        <translation>jäsen nro %1, %2</translation>
    </message>
    <message>
        <source>%1 in the register: %2</source>
        <translation>%1 rekisterissä: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Jäsennro</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Kunnossa</translation>
    </message>
</context>
<context>
    <name>InstallmentModel</name>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
</context>
<context>
    <name>InvoicePdfDialog</name>
    <message>
        <source>Invoice %1 as PDF</source>
        <translation>Lasku %1 PDF-tiedostona</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(luonnos)</translation>
    </message>
    <message>
        <source>The invoice&apos;s language</source>
        <translation>Laskun kieli</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Asiakirjan &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Tallenna PDF-tiedostona…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
</context>
<context>
    <name>InvoiceRunDialog</name>
    <message>
        <source>Invoice run</source>
        <translation>Massalaskutus</translation>
    </message>
    <message>
        <source>Each customer&apos;s unbilled approved hours of the month become one invoice, issued and written as a PDF into the folder. Cancel stops between invoices: what was issued stays whole.</source>
        <translation>Jokaisen asiakkaan kuukauden laskuttamattomista hyväksytyistä tunneista laaditaan yksi lasku, joka tallennetaan PDF-tiedostona kansioon. Keskeytys pysähtyy laskujen väliin: jo laaditut laskut säilyvät ehjinä.</translation>
    </message>
    <message>
        <source>Issue the in&amp;voices</source>
        <translation>Laadi lask&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Month of the hours:</source>
        <translation>&amp;Kuukausi, jonka tunnit laskutetaan:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Laskun &amp;päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>PDF-tiedostojen &amp;sijainti:</translation>
    </message>
    <message>
        <source>&amp;E-mail the invoices to customers with an e-mail address</source>
        <translation>Lähe&amp;tä laskut sähköpostilla asiakkaille, joilla on sähköpostiosoite</translation>
    </message>
    <message>
        <source>No e-mail account is set up: the invoices can be e-mailed once it is set up in Invoice settings.</source>
        <translation>Sähköpostitiliä ei ole asetettu: laskut voi lähettää sähköpostilla, kun tili on asetettu Laskutusasetuksissa.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Veroton yhteensä</translation>
    </message>
    <message>
        <source>&amp;Invoices to issue:</source>
        <translation>&amp;Laskutettavat:</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>PDF-tiedostojen kansio</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) to issue.</source>
        <translation>
            <numerusform>%n lasku laadittavana.</numerusform>
            <numerusform>%n laskua laadittavana.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has unbilled approved hours in this month.</source>
        <translation>Kenelläkään asiakkaalla ei ole laskuttamattomia hyväksyttyjä tunteja tältä kuukaudelta.</translation>
    </message>
    <message>
        <source>Issuing the invoices…</source>
        <translation>Laskuja laaditaan…</translation>
    </message>
    <message>
        <source>Invoices issued: %1. The PDFs are in %2.</source>
        <translation>Laskuja laadittu: %1. PDF-tiedostot ovat kansiossa %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) take e-invoices: their Finvoice files are in the same folder. Upload the file(s) to your e-invoice operator&apos;s or bank&apos;s service; Osuva has no connection to operators.</source>
        <translation>
            <numerusform>%n asiakas ottaa vastaan verkkolaskuja: sen Finvoice-tiedosto on samassa kansiossa. Lataa se verkkolaskuoperaattorisi tai pankkisi palveluun; Osuvalla ei ole yhteyttä operaattoreihin.</numerusform>
            <numerusform>%n asiakasta ottaa vastaan verkkolaskuja: niiden Finvoice-tiedostot ovat samassa kansiossa. Lataa ne verkkolaskuoperaattorisi tai pankkisi palveluun; Osuvalla ei ole yhteyttä operaattoreihin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) not issued:</source>
        <translation>
            <numerusform>%n lasku jäi laatimatta:</numerusform>
            <numerusform>%n laskua jäi laatimatta:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued to %1: check the customer&apos;s address and IDs.</source>
        <translation>Asiakkaalle %1 ei laadittu laskua: tarkista asiakkaan osoite ja tunnukset.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) e-mailed to the customers.</source>
        <translation>
            <numerusform>%n lasku lähetettiin sähköpostilla asiakkaille.</numerusform>
            <numerusform>%n laskua lähetettiin sähköpostilla asiakkaille.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (invoice %2)</source>
        <translation>%1 (lasku %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) to send by hand, as the customer has no e-mail address: %1.</source>
        <translation>
            <numerusform>%n lasku lähetettävä itse, koska asiakkaalla ei ole sähköpostiosoitetta: %1.</numerusform>
            <numerusform>%n laskua lähetettävä itse, koska asiakkailla ei ole sähköpostiosoitetta: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) not sent. They are issued: send them later with E-mail / e-invoice… in the invoice list.</source>
        <translation>
            <numerusform>Lähettämättä jäi %n lasku. Se on laadittu: lähetä se myöhemmin laskuluettelon Lähetä lasku… -painikkeella.</numerusform>
            <numerusform>Lähettämättä jäi %n laskua. Ne on laadittu: lähetä ne myöhemmin laskuluettelon Lähetä lasku… -painikkeella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1 to %2 not sent: the mail server refused it (%3).</source>
        <translation>Laskua %1 asiakkaalle %2 ei lähetetty: sähköpostipalvelin ei hyväksynyt sitä (%3).</translation>
    </message>
    <message>
        <source>Not sent, the mail server could not be reached (%1): %2.</source>
        <translation>Ei lähetetty, sähköpostipalvelimeen ei saatu yhteyttä (%1): %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceSettingsDialog</name>
    <message>
        <source>Invoice settings</source>
        <translation>Laskutuksen asetukset</translation>
    </message>
    <message>
        <source>Issued invoices keep what they were issued with.</source>
        <translation>Jo laaditut laskut säilyvät ennallaan.</translation>
    </message>
    <message>
        <source>Finnish reference (viitenumero)</source>
        <translation>Suomalainen viitenumero</translation>
    </message>
    <message>
        <source>International RF reference</source>
        <translation>Kansainvälinen RF-viite</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>&amp;Viitenumeron tyyppi:</translation>
    </message>
    <message>
        <source>Left window</source>
        <translation>Vasen ikkuna</translation>
    </message>
    <message>
        <source>Right window</source>
        <translation>Oikea ikkuna</translation>
    </message>
    <message>
        <source>&amp;Address in the envelope:</source>
        <translation>&amp;Osoite ikkunakuoressa:</translation>
    </message>
    <message>
        <source>&amp;VAT ID (if not FI + business ID):</source>
        <translation>&amp;ALV-tunniste (jos muu kuin FI + Y-tunnus):</translation>
    </message>
    <message>
        <source>In the &amp;prepayment register</source>
        <translation>Merkitty &amp;ennakkoperintärekisteriin</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>Sähköposti (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rtti:</translation>
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
        <translation>Ei salausta</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Salaus:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>Pass&amp;word (kept in the keyring):</source>
        <translation>Sa&amp;nasana (tallennetaan käyttöjärjestelmän avainnippuun):</translation>
    </message>
    <message>
        <source>Sen&amp;der address:</source>
        <translation>&amp;Lähettäjän osoite:</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päiväys</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
</context>
<context>
    <name>InvoicingTab</name>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Saatavat</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Uusi lasku…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Iss&amp;ue…</source>
        <translation>Las&amp;kuta…</translation>
    </message>
    <message>
        <source>Cr&amp;edit…</source>
        <translation>Hyv&amp;itä…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>Poi&amp;sta luonnos…</translation>
    </message>
    <message>
        <source>Invoice &amp;run…</source>
        <translation>&amp;Massalaskutus…</translation>
    </message>
    <message>
        <source>E-m&amp;ail / e-invoice…</source>
        <translation>L&amp;ähetä lasku…</translation>
    </message>
    <message>
        <source>Invoice se&amp;ttings…</source>
        <translation>Laskutusas&amp;etukset…</translation>
    </message>
    <message>
        <source>Open: %1 · overdue: %2</source>
        <translation>Avoinna: %1 · erääntynyt: %2</translation>
    </message>
    <message>
        <source>Issue the invoice to %1 for %2? It gets the next number and can never be changed again; corrections are made with a credit note.</source>
        <translation>Laskutetaanko %1 summalla %2? Lasku saa seuraavan numeron, eikä sitä voi enää muuttaa; korjaukset tehdään hyvityslaskulla.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Laskuta</translation>
    </message>
    <message>
        <source>Invoice %1 was issued.</source>
        <translation>Lasku %1 on laadittu.</translation>
    </message>
    <message>
        <source>the invoice has no lines</source>
        <translation>laskulla ei ole rivejä</translation>
    </message>
    <message>
        <source>the customer has no complete address (street, postal code and town)</source>
        <translation>asiakkaan osoite on puutteellinen (katuosoite, postinumero ja postitoimipaikka)</translation>
    </message>
    <message>
        <source>a reverse-charge line needs the buyer&apos;s VAT ID: add the customer&apos;s business ID</source>
        <translation>käännetyn verovelvollisuuden rivi vaatii ostajan ALV-tunnisteen: lisää asiakkaan Y-tunnus</translation>
    </message>
    <message>
        <source>The invoice was not issued:
%1</source>
        <translation>Laskua ei laadittu:
%1</translation>
    </message>
    <message>
        <source>Delete the draft invoice to %1? Its hours can be invoiced again.</source>
        <translation>Poistetaanko laskuluonnos asiakkaalle %1? Sen tunnit voi laskuttaa uudelleen.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Poista luonnos</translation>
    </message>
</context>
<context>
    <name>ItemResultModel</name>
    <message>
        <source>Statement</source>
        <translation>Väittämä</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alussa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lopussa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Start 1–5</source>
        <translation>Alussa 1–5</translation>
    </message>
    <message>
        <source>End 1–5</source>
        <translation>Lopussa 1–5</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Lisää %1 ryhmään</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Liittyi:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Working member</source>
        <translation>Työjäsen</translation>
    </message>
    <message>
        <source>Supporting member</source>
        <translation>Kannatusjäsen</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nainen</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mies</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Employment services (TE)</source>
        <translation>Työllisyyspalvelut (TE)</translation>
    </message>
    <message>
        <source>Municipal social services</source>
        <translation>Kunnan sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Mental health services</source>
        <translation>Mielenterveyspalvelut</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>Vammaispalvelut</translation>
    </message>
    <message>
        <source>Parish</source>
        <translation>Seurakunta</translation>
    </message>
    <message>
        <source>Friend or acquaintance</source>
        <translation>Ystävä tai tuttava</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>Ei etuutta</translation>
    </message>
    <message>
        <source>Adjusted unemployment benefit</source>
        <translation>Soviteltu työttömyysetuus</translation>
    </message>
    <message>
        <source>Disability pension (earnings-related)</source>
        <translation>Työkyvyttömyyseläke (työeläke)</translation>
    </message>
    <message>
        <source>Disability pension (Kela)</source>
        <translation>Työkyvyttömyyseläke (Kela)</translation>
    </message>
    <message>
        <source>Rehabilitation subsidy</source>
        <translation>Kuntoutustuki</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Muu etuus</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Eroaminen</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Erottaminen</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Kuolema</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Muu syy</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Additional share</source>
        <translation>Lisäosuus</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <source>Deduction from wages</source>
        <translation>Palkasta vähennys</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Hakija</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Entinen jäsen</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Ei hyväksytty</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Ryhmätapaaminen</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Yksilövalmennus</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Peer-support group</source>
        <translation>Vertaistukiryhmä</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infotilaisuus</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Osittain maksettu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Hyvitetty</translation>
    </message>
</context>
<context>
    <name>LeaveGroupDialog</name>
    <message>
        <source>%1 leaves a group</source>
        <translation>%1 poistuu ryhmästä</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (%2 alkaen)</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Poistui:</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Subscribed</source>
        <translation>Merkitty</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päiväys</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Earnings limit of a year</source>
        <translation>Vuoden ansioraja</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Vuosi</translation>
    </message>
    <message>
        <source>&amp;Benefit</source>
        <translation>&amp;Etuus</translation>
    </message>
    <message>
        <source>Earnings limit per &amp;month (€)</source>
        <translation>Ansioraja &amp;kuukaudessa (€)</translation>
    </message>
    <message>
        <source>Earnings limit per y&amp;ear (€)</source>
        <translation>Ansioraja v&amp;uodessa (€)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Huomautus</translation>
    </message>
</context>
<context>
    <name>LimitModel</name>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Etuus</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Kuukaudessa</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Vuodessa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
</context>
<context>
    <name>LoadWarnings</name>
    <message>
        <source>%1 in the week starting %2: more than the %3 the member has chosen as their most.</source>
        <translation>%1 viikolla, joka alkaa %2: enemmän kuin jäsenen itse valitsema enimmäismäärä %3.</translation>
    </message>
    <message>
        <source>Earnings in %1 would be %2, %3 % of the member&apos;s own monthly limit of %4.</source>
        <translation>Ansiot kuukaudelta %1 olisivat %2 eli %3 % jäsenen omasta kuukausirajasta %4.</translation>
    </message>
    <message>
        <source>Earnings in %1 would be %2 and reach the member&apos;s own monthly limit of %3.</source>
        <translation>Ansiot kuukaudelta %1 olisivat %2, ja jäsenen oma kuukausiraja %3 täyttyisi.</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Vastaanottaja:</translation>
    </message>
    <message>
        <source>No e-mail account is set up: fill in the e-mail part of the invoice settings.</source>
        <translation>Sähköpostitiliä ei ole määritetty: täytä laskutuksen asetusten sähköpostiosa.</translation>
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
        <translation>Pääosiot</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Jäsenet</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>T&amp;yötehtävät</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Valmennus</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Invoicing</source>
        <translation>&amp;Laskutus</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Kirjautunut: %1</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Kirjautunut käyttäjä</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Käytössä oleva tietokanta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New cooperative…</source>
        <translation>&amp;Uusi osuuskunta…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;vaa…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Varmuus&amp;kopioi nyt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>Käyttä&amp;jät…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Tapahtumaloki…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Vaihda oma &amp;salasana…</translation>
    </message>
    <message>
        <source>Sign out %1 / s&amp;witch user</source>
        <translation>Kirjaa %1 ulos / va&amp;ihda käyttäjää</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Suurempi teksti</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Pien&amp;empi teksti</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normaali tekstikoko</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Ownership and unemployment security</source>
        <translation>&amp;Omistus ja työttömyysturva</translation>
    </message>
    <message>
        <source>&amp;About Osuva</source>
        <translation>&amp;Tietoja Osuvasta</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>&amp;Bank statement…</source>
        <translation>&amp;Tiliote…</translation>
    </message>
    <message>
        <source>&amp;Unmatched payments…</source>
        <translation>&amp;Kohdistamattomat maksut…</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>&amp;Muistutukset…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>&amp;Raportit…</translation>
    </message>
    <message>
        <source>Record a payment of the selected &amp;invoice…</source>
        <translation>Kirjaa valitun &amp;laskun maksu…</translation>
    </message>
    <message>
        <source>&amp;E-invoice of the selected invoice…</source>
        <translation>Valitun laskun &amp;verkkolasku…</translation>
    </message>
    <message>
        <source>Choose an issued invoice in the Invoicing tab first.</source>
        <translation>Valitse ensin lähetetty lasku Laskutus-välilehdeltä.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Kirjaa maksu</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Verkkolasku</translation>
    </message>
    <message>
        <source>⚠ Ownership warnings: %1 (see the Members tab)</source>
        <translation>⚠ Omistusvaroituksia: %1 (katso Jäsenet-välilehti)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Osuva %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Member register, work, coaching and invoicing for supported work cooperatives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Osuva %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jäsenrekisteri, työtehtävät, valmennus ja laskutus tuetuille työosuuskunnille.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Osuva</source>
        <translation>Tietoja Osuvasta</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>&amp;Questionnaire…</source>
        <translation>&amp;Osallisuuskysely…</translation>
    </message>
    <message>
        <source>&amp;Outcomes and follow-ups…</source>
        <translation>&amp;Sijoittuminen ja seuranta…</translation>
    </message>
    <message>
        <source>&amp;Funder&apos;s report…</source>
        <translation>&amp;Raportti rahoittajalle…</translation>
    </message>
    <message>
        <source>Participation &amp;certificate…</source>
        <translation>Osallistumis&amp;todistus…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Muokkaa jäsentä</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lisää jäsen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <source>Personal identity &amp;code</source>
        <translation>&amp;Henkilötunnus</translation>
    </message>
    <message>
        <source>Only an administrator can see or change the identity code.</source>
        <translation>Vain pääkäyttäjä voi nähdä tai muuttaa henkilötunnuksen.</translation>
    </message>
    <message>
        <source>Optional. Birth date and gender are taken from it when given.</source>
        <translation>Vapaaehtoinen. Syntymäaika ja sukupuoli saadaan siitä, jos se annetaan.</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>S&amp;yntymäaika</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Sukupu&amp;oli</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Posti&amp;toimipaikka</translation>
    </message>
    <message>
        <source>Municipalit&amp;y of residence</source>
        <translation>Kotik&amp;unta</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>Puheli&amp;n</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>S&amp;ähköposti</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Jäsenyys</translation>
    </message>
    <message>
        <source>&amp;Kind of member</source>
        <translation>&amp;Jäsenlaji</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>H&amp;akemuspäivä</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>Ohjaa&amp;va taho</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Etuudet</translation>
    </message>
    <message>
        <source>Be&amp;nefit</source>
        <translation>Etuu&amp;den laji</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>&amp;Data processing</source>
        <translation>Tietojen käsittely</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>Valokuvat</translation>
    </message>
    <message>
        <source>Contact for ne&amp;ws</source>
        <translation>Yhteydenotot ja tiedotteet</translation>
    </message>
    <message>
        <source>Consents given</source>
        <translation>Annetut suostumukset</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Lisätietoja</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Muuttunut sillä välin: %1</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Joku muu tallensi</translation>
    </message>
    <message>
        <source>Monthly earnings lim&amp;it in %1 (€)</source>
        <translation>Ansio&amp;raja kuukaudessa %1 (€)</translation>
    </message>
    <message>
        <source>Yearly earnings limit in %1 (€)</source>
        <translation>Ansioraja vuodessa %1 (€)</translation>
    </message>
    <message>
        <source>Most hours per week (h)</source>
        <translation>Enintään tunteja viikossa (h)</translation>
    </message>
    <message>
        <source>The member decides their own load. Osuva warns when work goes beyond it.</source>
        <translation>Jäsen päättää itse työmääränsä. Osuva varoittaa, jos työtä tulee enemmän.</translation>
    </message>
    <message>
        <source>Earnings limits by year…</source>
        <translation>Ansiorajat vuosittain…</translation>
    </message>
    <message>
        <source>Other years</source>
        <translation>Muut vuodet</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Liittynyt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Osuudet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Open share fee</source>
        <translation>Maksamatta osuusmaksua</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Palautus erääntyy</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Nykyiset jäsenet</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Hakijat</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Entiset jäsenet</translation>
    </message>
    <message>
        <source>Supporting members</source>
        <translation>Kannatusjäsenet</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>L&amp;isää jäsen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Mem&amp;bership</source>
        <translation>Jä&amp;senyys</translation>
    </message>
    <message>
        <source>&amp;Accept as member…</source>
        <translation>&amp;Hyväksy jäseneksi…</translation>
    </message>
    <message>
        <source>Record &amp;notice of resignation…</source>
        <translation>Kirjaa &amp;eroilmoitus…</translation>
    </message>
    <message>
        <source>&amp;End membership…</source>
        <translation>&amp;Päätä jäsenyys…</translation>
    </message>
    <message>
        <source>Share fee &amp;paid back…</source>
        <translation>Osuusmaksu pa&amp;lautettu…</translation>
    </message>
    <message>
        <source>&amp;Reject application…</source>
        <translation>H&amp;ylkää hakemus…</translation>
    </message>
    <message>
        <source>&amp;Delete application…</source>
        <translation>Po&amp;ista hakemus…</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Näyt&amp;ä:</translation>
    </message>
    <message>
        <source>Sha&amp;res…</source>
        <translation>Os&amp;uudet…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Asiakirjat</translation>
    </message>
    <message>
        <source>Membership and share &amp;certificate…</source>
        <translation>Jäsen- ja osuus&amp;todistus…</translation>
    </message>
    <message>
        <source>Share fee &amp;statement…</source>
        <translation>Osuusmaksu&amp;erittely…</translation>
    </message>
    <message>
        <source>Member &amp;register for the board…</source>
        <translation>Jäsenluettelo &amp;hallitukselle…</translation>
    </message>
    <message>
        <source>&amp;Public member register…</source>
        <translation>&amp;Julkinen jäsenluettelo…</translation>
    </message>
    <message>
        <source>S&amp;preadsheet</source>
        <translation>Tauluk&amp;ko</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Tuo jäseniä…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Vie luettelo…</translation>
    </message>
    <message>
        <source>Wa&amp;ge deductions…</source>
        <translation>&amp;Palkkavähennykset…</translation>
    </message>
    <message>
        <source>Member register</source>
        <translation>Jäsenluettelo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were imported.</source>
        <translation>
            <numerusform>%n jäsen tuotiin.</numerusform>
            <numerusform>%n jäsentä tuotiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) were written to %1.</source>
        <translation>
            <numerusform>%n jäsen kirjoitettiin tiedostoon %1.</numerusform>
            <numerusform>%n jäsentä kirjoitettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>Vie jäsenluettelo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV Exceliin (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>&amp;Employment and certificates…</source>
        <translation>Työ&amp;suhteet ja työtodistukset…</translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <source>Accept as member</source>
        <translation>Hyväksy jäseneksi</translation>
    </message>
    <message>
        <source>The board accepts %1 as a member. The next member number is given.</source>
        <translation>Hallitus hyväksyy jäseneksi: %1. Hän saa seuraavan jäsennumeron.</translation>
    </message>
    <message>
        <source>&amp;Accepted on</source>
        <translation>&amp;Hyväksytty</translation>
    </message>
    <message>
        <source>Board &amp;decision</source>
        <translation>Hallituksen &amp;päätös</translation>
    </message>
    <message>
        <source>e.g. board meeting 3/2026, § 5</source>
        <translation>esim. hallituksen kokous 3/2026, § 5</translation>
    </message>
    <message>
        <source>Notice of resignation</source>
        <translation>Eroilmoitus</translation>
    </message>
    <message>
        <source>Record the written notice of %1. End the membership when the notice takes effect.</source>
        <translation>Kirjaa jäsenen %1 kirjallinen eroilmoitus. Päätä jäsenyys, kun ero tulee voimaan.</translation>
    </message>
    <message>
        <source>&amp;Notice received on</source>
        <translation>Ilmoitus &amp;saapui</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>Päätä jäsenyys</translation>
    </message>
    <message>
        <source>The membership of %1 ends. The paid share fee is refunded one year after the end of the financial year; the register keeps the person until then.</source>
        <translation>Jäsenen %1 jäsenyys päättyy. Maksettu osuusmaksu palautetaan vuoden kuluttua tilikauden päättymisestä; henkilö pysyy jäsenluettelossa siihen asti.</translation>
    </message>
    <message>
        <source>Membership &amp;ends on</source>
        <translation>Jäsenyys &amp;päättyy</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>E&amp;xplanation (required for expulsion)</source>
        <translation>Se&amp;litys (pakollinen erottamisessa)</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Hylkää hakemus</translation>
    </message>
    <message>
        <source>The board did not accept %1 as a member.</source>
        <translation>Hallitus ei hyväksynyt jäseneksi: %1.</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Päätetty</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>P&amp;erustelu</translation>
    </message>
    <message>
        <source>Share fee paid back</source>
        <translation>Osuusmaksu palautettu</translation>
    </message>
    <message>
        <source>Record that the share fee was paid back to %1. After this the person leaves the member register.</source>
        <translation>Kirjaa, että osuusmaksu on palautettu: %1. Sen jälkeen henkilö poistuu jäsenluettelosta.</translation>
    </message>
    <message>
        <source>&amp;Paid back on</source>
        <translation>Palautettu &amp;päivänä</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Poista hakemus</translation>
    </message>
    <message>
        <source>Delete the application of %1? Use this only for an application entered by mistake. This cannot be undone.</source>
        <translation>Poistetaanko hakemus: %1? Käytä tätä vain vahingossa kirjattuun hakemukseen. Poistoa ei voi perua.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a shift</source>
        <translation>Siirrä työvuoro</translation>
    </message>
    <message>
        <source>%1 on %2, %3–%4. Everyone on it moves.</source>
        <translation>%1, %2 klo %3–%4. Kaikki vuorossa olevat siirtyvät.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Alkaa klo:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Loppuu klo:</translation>
    </message>
</context>
<context>
    <name>NewCooperativeDialog</name>
    <message>
        <source>New cooperative</source>
        <translation>Uusi osuuskunta</translation>
    </message>
    <message>
        <source>&amp;Name of the cooperative</source>
        <translation>Osuuskunnan &amp;nimi</translation>
    </message>
    <message>
        <source>&amp;Business ID (Y-tunnus)</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Posti&amp;toimipaikka</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>BI&amp;C (optional)</source>
        <translation>BI&amp;C (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Sha&amp;re price (€)</source>
        <translation>Osuuden &amp;hinta (€)</translation>
    </message>
    <message>
        <source>You, the first administrator</source>
        <translation>Sinä, ensimmäinen pääkäyttäjä</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>&amp;Oma koko nimi</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Käyttäjät&amp;unnus</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Salasana uu&amp;delleen</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Your user account does not have the right to do this. Nothing was saved. Ask the administrator if you need it.</source>
        <translation>Käyttäjätunnuksellasi ei ole oikeutta tähän. Mitään ei tallennettu. Pyydä oikeutta pääkäyttäjältä, jos tarvitset sitä.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it. Nothing was saved; your entries are still in the form. Check the changes and save again.</source>
        <translation>Joku muu muutti tätä sillä aikaa, kun muokkasit sitä. Mitään ei tallennettu; kirjoittamasi tiedot ovat yhä lomakkeella. Tarkista muutokset ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Nothing was saved; try again.</source>
        <translation>Tietokanta käsittelee toisen käyttäjän muutosta. Mitään ei tallennettu; yritä uudelleen.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Nothing was saved; try again.</source>
        <translation>Joku muu muutti samaa tietoa samaan aikaan. Mitään ei tallennettu; yritä uudelleen.</translation>
    </message>
    <message>
        <source>Something unexpected happened and the action was not completed. Whatever it was about to save was not saved. If this happens again, send the details to your support person.</source>
        <translation>Tapahtui jotain odottamatonta, eikä toimintoa suoritettu loppuun. Mitään ei tallennettu. Jos tämä toistuu, lähetä tiedot tukihenkilöllesi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Ei valmistunut</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <source>Outcomes and follow-ups</source>
        <translation>Sijoittuminen ja seuranta</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Erääntyvät seurannat</translation>
    </message>
    <message>
        <source>Exits recorded</source>
        <translation>Kirjatut päättymiset</translation>
    </message>
    <message>
        <source>Follow-ups 3 and 6 months after someone left: overdue ones and those due in the next two weeks. Press Enter on a row to record the result.</source>
        <translation>Seurannat 3 ja 6 kuukautta henkilön lähdön jälkeen: myöhässä olevat ja seuraavan kahden viikon aikana erääntyvät. Kirjaa tulos painamalla rivillä Enteriä.</translation>
    </message>
    <message>
        <source>Record an &amp;exit…</source>
        <translation>Kirjaa &amp;päättyminen…</translation>
    </message>
    <message>
        <source>Record the &amp;follow-up…</source>
        <translation>Kirjaa seura&amp;nta…</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Myöhässä pv</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Muistutukset</translation>
    </message>
    <message>
        <source>Next reminder from</source>
        <translation>Seuraava aikaisintaan</translation>
    </message>
</context>
<context>
    <name>OwnershipWarnings</name>
    <message>
        <source>%1 holds %2 % of the shares and %3 % of the votes. From 15 % a member in a leading position counts as an entrepreneur for unemployment security.</source>
        <translation>Jäsenellä %1 on %2 % osuuksista ja %3 % äänistä. 15 %:sta alkaen johtavassa asemassa oleva jäsen on työttömyysturvassa yrittäjä.</translation>
    </message>
    <message numerus="yes">
        <source>The cooperative has %n working member(s), fewer than 7. Members may then count as entrepreneurs for unemployment security.</source>
        <translation>
            <numerusform>Osuuskunnassa on %n työjäsen, alle 7. Jäseniä voidaan silloin pitää yrittäjinä työttömyysturvassa.</numerusform>
            <numerusform>Osuuskunnassa on %n työjäsentä, alle 7. Jäseniä voidaan silloin pitää yrittäjinä työttömyysturvassa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ja %n muu.</numerusform>
            <numerusform>…ja %n muuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: Unemployment Security Act 1:6, as explained in Pellervo&apos;s guide for founders of cooperatives.</source>
        <translation>Lähde: työttömyysturvalaki 1:6 Pellervon osuuskunnan perustajan oppaan mukaan.</translation>
    </message>
    <message>
        <source>Why does this matter?</source>
        <translation>Miksi tällä on väliä?</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Uusi osallistuja</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;Intake day:</source>
        <translation>&amp;Aloituspäivä (alkuhaastattelu):</translation>
    </message>
    <message>
        <source>&amp;Member number, if a member:</source>
        <translation>&amp;Jäsennumero, jos on jäsen:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Suku&amp;puoli:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>S&amp;yntymäaika:</translation>
    </message>
    <message>
        <source>or birth &amp;year:</source>
        <translation>tai syntymä&amp;vuosi:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;uhelin:</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>Sä&amp;hköposti:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Labour-market &amp;status at start:</source>
        <translation>&amp;Työmarkkina-asema alussa:</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>K&amp;oulutus:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>Kohde&amp;ryhmä:</translation>
    </message>
    <message>
        <source>Intake &amp;note (does the cooperative suit the situation now?):</source>
        <translation>Alkuhaastattelun &amp;muistiinpano (sopiiko osuuskunta tilanteeseen nyt?):</translation>
    </message>
    <message>
        <source>&amp;Consent to data processing on:</source>
        <translation>Suostumus tietojen käsitte&amp;lyyn:</translation>
    </message>
    <message>
        <source>Consent to the &amp;questionnaire on:</source>
        <translation>Suostumus osall&amp;isuuskyselyyn:</translation>
    </message>
    <message>
        <source>Coaching &amp;ended on:</source>
        <translation>Valme&amp;nnus päättyi:</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Jäsennro</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lisää henkilö…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Add to a &amp;group…</source>
        <translation>Lisää &amp;ryhmään…</translation>
    </message>
    <message>
        <source>&amp;Leave a group…</source>
        <translation>P&amp;oistu ryhmästä…</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Suunnitelma…</translation>
    </message>
    <message>
        <source>Support &amp;network…</source>
        <translation>&amp;Tukiverkosto…</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF-tiedostoa laaditaan…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostona</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>The PDF was saved.</source>
        <translation>PDF-tiedosto tallennettiin.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Edit employment period</source>
        <translation>Muokkaa työsuhdejaksoa</translation>
    </message>
    <message>
        <source>Add employment period</source>
        <translation>Lisää työsuhdejakso</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Alkoi</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Päättyi</translation>
    </message>
    <message>
        <source>&amp;Reason for ending</source>
        <translation>Päättymisen &amp;syy</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <source>Start</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Päättymisen syy</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Personal plan: %1</source>
        <translation>Oma suunnitelma: %1</translation>
    </message>
    <message>
        <source>Intake %1: %2</source>
        <translation>Alkuhaastattelu %1: %2</translation>
    </message>
    <message>
        <source>Plan &amp;started on:</source>
        <translation>Suunnitelma &amp;aloitettu:</translation>
    </message>
    <message>
        <source>&amp;First step:</source>
        <translation>&amp;Ensimmäinen vaihe:</translation>
    </message>
    <message>
        <source>Next &amp;review on:</source>
        <translation>Seuraava &amp;tarkistus:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Yhteenveto:</translation>
    </message>
    <message>
        <source>Steps on the path</source>
        <translation>Polun vaiheet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>&amp;Move to a step…</source>
        <translation>&amp;Siirry vaiheeseen…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoitepäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>&amp;Lisää tavoite…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Muokkaa tavoitetta…</translation>
    </message>
    <message>
        <source>Individual coaching sessions</source>
        <translation>Yksilövalmennukset</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Prin&amp;t the plan…</source>
        <translation>T&amp;ulosta suunnitelma…</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>The new price holds from the day given. Work done before it keeps the old price; a change on the day another starts replaces that price.</source>
        <translation>Uusi hinta on voimassa annetusta päivästä alkaen. Sitä ennen tehty työ säilyttää vanhan hinnan; muutos samalle päivälle, jolta toinen hinta alkaa, korvaa sen.</translation>
    </message>
    <message>
        <source>Change the price of %1</source>
        <translation>Muuta hintaa: %1</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Voimassa &amp;alkaen</translation>
    </message>
    <message>
        <source>New net &amp;price (€)</source>
        <translation>Uusi &amp;nettohinta (€)</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list</source>
        <translation>Hinnasto</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Dated prices</source>
        <translation>Päivätyt hinnat</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Palvelut:</translation>
    </message>
    <message>
        <source>&amp;Dated list prices:</source>
        <translation>&amp;Hinnat päivämäärittäin:</translation>
    </message>
    <message>
        <source>Agreed prices</source>
        <translation>Sovitut hinnat</translation>
    </message>
    <message>
        <source>Agreed wit&amp;h customers (not changed by the list price; Enter opens):</source>
        <translation>Asiakkaiden kanssa sovitut hinnat (hinnaston muutos ei koske niitä; Enter avaa &amp;asiakkaan):</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Lisää palvelu…</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>&amp;Muokkaa palvelua…</translation>
    </message>
    <message>
        <source>&amp;Change price…</source>
        <translation>Muuta hin&amp;taa…</translation>
    </message>
    <message>
        <source>&amp;Remove price change</source>
        <translation>P&amp;oista hinnanmuutos</translation>
    </message>
    <message>
        <source>&amp;Dated list prices of %1:</source>
        <translation>&amp;Hinnat: %1</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Valid from</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Saakka</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettohinta</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Uusi hanke</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Tunnus:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Rahoittaja:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>&amp;Participants started:</source>
        <translation>A&amp;loittaneita osallistujia:</translation>
    </message>
    <message>
        <source>– of w&amp;hom women:</source>
        <translation>– jo&amp;ista naisia:</translation>
    </message>
    <message>
        <source>– of whom wo&amp;men:</source>
        <translation>– joi&amp;sta naisia:</translation>
    </message>
    <message>
        <source>Planned figures</source>
        <translation>Suunnitellut tavoitemäärät</translation>
    </message>
    <message>
        <source>– of &amp;whom women:</source>
        <translation>– &amp;joista naisia:</translation>
    </message>
    <message>
        <source>New &amp;jobs:</source>
        <translation>&amp;Uusia työpaikkoja:</translation>
    </message>
    <message>
        <source>– of wh&amp;om women:</source>
        <translation>– j&amp;oista naisia:</translation>
    </message>
    <message>
        <source>New &amp;businesses:</source>
        <translation>Uusia &amp;yrityksiä:</translation>
    </message>
    <message>
        <source>Completed &amp;qualifications:</source>
        <translation>Suoritettuja tut&amp;kintoja:</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Projects and groups</source>
        <translation>Hankkeet ja ryhmät</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Hankkeet:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>In it today</source>
        <translation>Mukana tänään</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Ryhmät:</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Uusi hanke…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Muokkaa hanketta…</translation>
    </message>
    <message>
        <source>New g&amp;roup…</source>
        <translation>Uusi r&amp;yhmä…</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Participation questionnaire</source>
        <translation>Osallisuuskysely</translation>
    </message>
    <message>
        <source>Enter the answers one person gave on paper. Answering is voluntary; a statement left unanswered is saved as missing. Results are shown only for a group of at least five people who answered at the start and at the end.</source>
        <translation>Kirjaa yhden henkilön paperille antamat vastaukset. Vastaaminen on vapaaehtoista; vastaamatta jätetty väittämä tallennetaan puuttuvana. Tulokset näytetään vain ryhmälle, jossa vähintään viisi henkilöä vastasi sekä alussa että lopussa.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Ryhmä</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>&amp;Vastattu</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Henkilö</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Milloin</translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <translation>&amp;Suostumus annettu</translation>
    </message>
    <message>
        <source>The statements are placeholders: enter THL&apos;s official wording with Statements… before using the questionnaire.</source>
        <translation>Väittämät ovat paikkamerkkejä: syötä THL:n viralliset sanamuodot kohdassa Väittämien tekstit… ennen kyselyn käyttöä.</translation>
    </message>
    <message>
        <source>— no answer —</source>
        <translation>— ei vastausta —</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Vastaus %1</translation>
    </message>
    <message>
        <source>Group &amp;results…</source>
        <translation>Ryhmän &amp;tulokset…</translation>
    </message>
    <message>
        <source>S&amp;tatements…</source>
        <translation>Väittämien te&amp;kstit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Saved the answers of %1. Enter the next sheet.</source>
        <translation>Henkilön %1 vastaukset tallennettiin. Syötä seuraava lomake.</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Reference rate</source>
        <translation>Viitekorko</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Reference rates</source>
        <translation>Viitekorot</translation>
    </message>
    <message>
        <source>Suomen Pankki publishes the reference rate for each half-year (from 1 January and 1 July). Late interest is the reference rate plus 7 percentage points, or 8 between businesses.</source>
        <translation>Suomen Pankki julkaisee viitekoron kullekin puolivuotiskaudelle (1. tammikuuta ja 1. heinäkuuta alkaen). Viivästyskorko on viitekorko lisättynä 7 prosenttiyksiköllä, yritysten välillä 8:lla.</translation>
    </message>
    <message>
        <source>&amp;Add a rate…</source>
        <translation>&amp;Lisää korko…</translation>
    </message>
    <message>
        <source>Add a reference rate</source>
        <translation>Lisää viitekorko</translation>
    </message>
    <message>
        <source>&amp;Half-year from</source>
        <translation>&amp;Kausi alkaen</translation>
    </message>
    <message>
        <source>&amp;Reference rate (%)</source>
        <translation>&amp;Viitekorko (%)</translation>
    </message>
    <message>
        <source>A half-year starts on 1 January or 1 July.</source>
        <translation>Puolivuotiskausi alkaa 1. tammikuuta tai 1. heinäkuuta.</translation>
    </message>
    <message>
        <source>This half-year already has a rate.</source>
        <translation>Tälle puolivuotiskaudelle on jo korko.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search…</source>
        <translation>Hae…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rivejä: %1</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>Record a payment for invoice %1</source>
        <translation>Kirjaa maksu laskulle %1</translation>
    </message>
    <message>
        <source>%1 · issued %2 · due %3 · total %4 · open %5</source>
        <translation>%1 · laskutettu %2 · eräpäivä %3 · yhteensä %4 · avoinna %5</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Summa (€)</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Maksupäivä</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Maksu&amp;tapa</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>Ma&amp;ksaja</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Lisätieto</translation>
    </message>
    <message>
        <source>The payment date is before the invoice date. Check the date.</source>
        <translation>Maksupäivä on ennen laskun päivämäärää. Tarkista päivämäärä.</translation>
    </message>
    <message>
        <source>The invoice is now overpaid by %1: refund it or use it later.</source>
        <translation>Laskua on nyt maksettu %1 liikaa: palauta summa tai käytä se myöhemmin.</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Maksu kirjattu</translation>
    </message>
</context>
<context>
    <name>ReminderMailDialog</name>
    <message>
        <source>It claims %1 in all: open %2, fee %3, late interest %4.</source>
        <translation>Se vaatii yhteensä %1: avoinna %2, maksu %3, viivästyskorko %4.</translation>
    </message>
    <message>
        <source>The reminder recorded on %1 goes again as it was recorded; only the sending is added to the invoice.</source>
        <translation>%1 kirjattu muistutus lähetetään uudelleen sellaisena kuin se kirjattiin; laskulle lisätään vain tämä lähetys.</translation>
    </message>
    <message>
        <source>The reminder dated %1 goes as a PDF attachment from the cooperative&apos;s address, in the invoice&apos;s language. It is recorded only when the mail server accepts it, so if sending fails you can simply try again.</source>
        <translation>%1 päivätty muistutus lähtee PDF-liitteenä osuuskunnan osoitteesta laskun kielellä. Se kirjataan vasta, kun sähköpostipalvelin on ottanut sen vastaan, joten jos lähetys epäonnistuu, voit yksinkertaisesti yrittää uudelleen.</translation>
    </message>
    <message>
        <source>E-mail the reminder for invoice %1</source>
        <translation>Lähetä laskun %1 maksumuistutus sähköpostilla</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <source>Sending the reminder…</source>
        <translation>Lähetetään muistutusta…</translation>
    </message>
    <message>
        <source>The reminder was sent to %1.</source>
        <translation>Muistutus lähetettiin osoitteeseen %1.</translation>
    </message>
    <message>
        <source>The mail server did not accept the reminder, and nothing was recorded. Check the e-mail settings and the connection, then try again.</source>
        <translation>Sähköpostipalvelin ei ottanut muistutusta vastaan, eikä mitään kirjattu. Tarkista sähköpostiasetukset ja yhteys ja yritä sitten uudelleen.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>A reminder to a consumer may be sent no earlier than 14 days after the due date or the previous reminder: from %1.</source>
        <translation>Kuluttajalle saa lähettää muistutuksen aikaisintaan 14 päivää eräpäivän tai edellisen muistutuksen jälkeen: %1 alkaen.</translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 is missing. Add it under Reference rates (Suomen Pankki publishes it).</source>
        <translation>%1 alkavan puolivuotiskauden viitekorko puuttuu. Lisää se kohdassa Viitekorot (Suomen Pankki julkaisee sen).</translation>
    </message>
    <message>
        <source>The invoice is paid.</source>
        <translation>Lasku on maksettu.</translation>
    </message>
    <message>
        <source>A reminder for this invoice was already recorded on this date. Preview prints it again.</source>
        <translation>Laskulle on jo kirjattu muistutus tälle päivälle. Esikatselu tulostaa sen uudelleen.</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Maksumuistutukset</translation>
    </message>
    <message>
        <source>Invoices past their due date with money still open. A reminder claims the open amount, the fee the law allows (consumers and associations at most 5 €, from 14 days after the due date; businesses and public bodies the 40 € compensation once) and late interest to its date, with the calculation shown.</source>
        <translation>Laskut, joiden eräpäivä on mennyt ja joissa on vielä avointa summaa. Muistutus vaatii avoimen summan, lain salliman maksun (kuluttajilta ja yhdistyksiltä enintään 5 €, aikaisintaan 14 päivää eräpäivän jälkeen; yrityksiltä ja julkisyhteisöiltä kerran 40 €:n vakiokorvaus) sekä viivästyskoron muistutuksen päivään asti laskelmineen.</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Muistutuksen päiväys</translation>
    </message>
    <message>
        <source>Reminder &amp;date</source>
        <translation>Muistutuksen &amp;päiväys</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Erääntyneet laskut</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Esikatsele…</translation>
    </message>
    <message>
        <source>&amp;Send reminder…</source>
        <translation>&amp;Lähetä muistutus…</translation>
    </message>
    <message>
        <source>&amp;E-mail reminder…</source>
        <translation>Muistutus &amp;sähköpostilla…</translation>
    </message>
    <message>
        <source>Reference &amp;rates…</source>
        <translation>&amp;Viitekorot…</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue invoice(s).</source>
        <translation>
            <numerusform>%n erääntynyt lasku.</numerusform>
            <numerusform>%n erääntynyttä laskua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be reminded on this date.</source>
        <translation>
            <numerusform>%n voidaan muistuttaa tänä päivänä.</numerusform>
            <numerusform>%n voidaan muistuttaa tänä päivänä.</numerusform>
        </translation>
    </message>
    <message>
        <source>reminder-%1.pdf</source>
        <translation>maksumuistutus-%1.pdf</translation>
    </message>
    <message>
        <source>Record a reminder for invoice %1 dated %2? It claims %3 in all: open %4, fee %5, late interest %6.</source>
        <translation>Kirjataanko laskulle %1 muistutus päivätty %2? Se vaatii yhteensä %3: avoinna %4, maksu %5, viivästyskorko %6.</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Lähetä muistutus</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ei muistutusta</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Receivables aging (on the end date)</source>
        <translation>Myyntisaamisten ikäjakauma (loppupäivänä)</translation>
    </message>
    <message>
        <source>Sales per customer</source>
        <translation>Myynti asiakkaittain</translation>
    </message>
    <message>
        <source>Sales per service</source>
        <translation>Myynti palveluittain</translation>
    </message>
    <message>
        <source>VAT per rate for the VAT return</source>
        <translation>Arvonlisävero verokannoittain veroilmoitusta varten</translation>
    </message>
    <message>
        <source>Invoice journal</source>
        <translation>Laskupäiväkirja</translation>
    </message>
    <message>
        <source>Money reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Raportti</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkupäivä</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Loppupäivä</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Save as &amp;CSV or Excel…</source>
        <translation>Tallenna &amp;CSV- tai Excel-tiedostoksi…</translation>
    </message>
    <message>
        <source>Write the dates as d.m.yyyy.</source>
        <translation>Kirjoita päivämäärät muodossa p.k.vvvv.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Loppupäivä on ennen alkupäivää.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV Exceliin (*.csv)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>Raportti tallennettiin.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Uusi salasana käyttäjälle %1</translation>
    </message>
    <message>
        <source>Tell the new password to the user in person, not by email.</source>
        <translation>Kerro uusi salasana käyttäjälle henkilökohtaisesti, älä sähköpostilla.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Uusi &amp;salasana</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
</context>
<context>
    <name>RoleBoxes</name>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Pääkäyttäjä</translation>
    </message>
    <message>
        <source>&amp;Treasurer</source>
        <translation>&amp;Rahastonhoitaja</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator</source>
        <translation>&amp;Valmentaja</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Rahastonhoitaja</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Valmentaja</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>%1 (not in the group)</source>
        <translation>%1 (ei ryhmässä)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Ei merkitty</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send invoice %1 by e-mail</source>
        <translation>Lähetä lasku %1 sähköpostitse</translation>
    </message>
    <message>
        <source>The invoice goes as a PDF attachment from the cooperative&apos;s address.</source>
        <translation>Lasku lähtee PDF-liitteenä osuuskunnan osoitteesta.</translation>
    </message>
    <message>
        <source>Sending the invoice…</source>
        <translation>Laskua lähetetään…</translation>
    </message>
    <message>
        <source>The invoice was sent to %1.</source>
        <translation>Lasku lähetettiin osoitteeseen %1.</translation>
    </message>
    <message>
        <source>This customer receives e-invoices, not e-mail.</source>
        <translation>Tämä asiakas vastaanottaa verkkolaskuja, ei sähköpostia.</translation>
    </message>
    <message>
        <source>The mail server did not accept the invoice. Check the e-mail settings and the connection, then try again.</source>
        <translation>Sähköpostipalvelin ei hyväksynyt laskua. Tarkista sähköpostiasetukset ja yhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be sent.</source>
        <translation>Vain laadittu lasku voidaan lähettää.</translation>
    </message>
</context>
<context>
    <name>SendingHistory</name>
    <message>
        <source>%1: payment reminder %2 by e-mail to %3</source>
        <translation>%1: %2. maksumuistutus sähköpostilla osoitteeseen %3</translation>
    </message>
    <message>
        <source>%1: e-invoice file for the address %2 (to be uploaded to the operator)</source>
        <translation>%1: verkkolaskutiedosto osoitteeseen %2 (ladattava operaattorin palveluun)</translation>
    </message>
    <message>
        <source>%1: the invoice by e-mail to %2</source>
        <translation>%1: lasku sähköpostilla osoitteeseen %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not sent from Osuva yet.</source>
        <translation>Ei vielä lähetetty Osuvasta.</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Lähetetty:</translation>
    </message>
    <message>
        <source>Sending history</source>
        <translation>Lähetyshistoria</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New weekly meeting</source>
        <translation>Uusi viikoittainen tapaaminen</translation>
    </message>
    <message>
        <source>Creates a session for every meeting day. Public holidays are left out when chosen; single meetings can later be skipped or moved.</source>
        <translation>Luo tapaamisen jokaiselle tapaamispäivälle. Arkipyhät jätetään pois, jos niin valitaan; yksittäisen tapaamisen voi myöhemmin perua tai siirtää.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ei ryhmää</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Viikonpäivä:</translation>
    </message>
    <message>
        <source>E&amp;very … weeks:</source>
        <translation>&amp;Joka … viikko:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Ensimmäinen päivä:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Viimeinen &amp;päivä:</translation>
    </message>
    <message>
        <source>Leave out public &amp;holidays</source>
        <translation>Jätä arkipyhät p&amp;ois</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>&amp;Alkaa klo:</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>&amp;Kesto (minuuttia):</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Ai&amp;he:</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Viikkotapaaminen</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pa&amp;ikka:</translation>
    </message>
    <message>
        <source>&amp;Show the meeting days</source>
        <translation>&amp;Näytä tapaamispäivät</translation>
    </message>
    <message>
        <source>Meeting days</source>
        <translation>Tapaamispäivät</translation>
    </message>
    <message>
        <source>%1 meetings:</source>
        <translation>%1 tapaamista:</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Muokkaa palvelua</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lisää palvelu</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish</source>
        <translation>Nimi &amp;suomeksi</translation>
    </message>
    <message>
        <source>Name in &amp;Swedish</source>
        <translation>Nimi &amp;ruotsiksi</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Nimi &amp;englanniksi</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Yksikkö</translation>
    </message>
    <message>
        <source>&amp;VAT</source>
        <translation>A&amp;LV</translation>
    </message>
    <message>
        <source>Work counts for the &amp;household tax credit</source>
        <translation>Työosuus oikeuttaa kotitalous&amp;vähennykseen</translation>
    </message>
    <message>
        <source>Tax credit</source>
        <translation>Kotitalousvähennys</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>Aktiivi&amp;nen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Net &amp;price (€)</source>
        <translation>Netto&amp;hinta (€)</translation>
    </message>
    <message>
        <source>Price valid f&amp;rom</source>
        <translation>Hinta voimassa &amp;alkaen</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>Only an applicant can be accepted or rejected.</source>
        <translation>Vain hakijan voi hyväksyä tai hylätä.</translation>
    </message>
    <message>
        <source>This is possible only for a current member.</source>
        <translation>Tämä on mahdollista vain nykyiselle jäsenelle.</translation>
    </message>
    <message>
        <source>A former member cannot subscribe shares.</source>
        <translation>Entinen jäsen ei voi merkitä osuuksia.</translation>
    </message>
    <message>
        <source>Someone else changed the same information at the same time. Nothing was saved: refresh the view (F5) and try again.</source>
        <translation>Joku muu muutti samaa tietoa samaan aikaan. Mitään ei tallennettu: päivitä näkymä (F5) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The membership has ended and the share fee refund is already set. Record the money with the refund instead.</source>
        <translation>Jäsenyys on päättynyt ja osuusmaksun palautus on jo määritetty. Kirjaa raha palautuksen yhteydessä.</translation>
    </message>
    <message>
        <source>The member has no share subscription yet. Subscribe shares first.</source>
        <translation>Jäsenellä ei ole vielä osuusmerkintää. Merkitse ensin osuudet.</translation>
    </message>
    <message>
        <source>This member has shares, work or coaching history and cannot be deleted. End the membership instead.</source>
        <translation>Jäsenellä on osuuksia, töitä tai valmennusta, joten häntä ei voi poistaa. Päätä jäsenyys sen sijaan.</translation>
    </message>
    <message>
        <source>The refund has already been paid.</source>
        <translation>Palautus on jo maksettu.</translation>
    </message>
    <message>
        <source>This member&apos;s personal data has been erased.</source>
        <translation>Jäsenen henkilötiedot on poistettu.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the view (F5).</source>
        <translation>Tietoa ei enää ole. Päivitä näkymä (F5).</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Käyttäjäroolisi ei salli tätä.</translation>
    </message>
    <message>
        <source>This invoice is still a draft: issue it before recording payments.</source>
        <translation>Lasku on vielä luonnos: lähetä se ennen maksujen kirjaamista.</translation>
    </message>
    <message>
        <source>This payment was already allocated, perhaps by another user. Refresh the list (F5).</source>
        <translation>Maksu on jo kohdistettu, ehkä toisen käyttäjän toimesta. Päivitä lista (F5).</translation>
    </message>
    <message>
        <source>Osuva found no invoice to suggest for this payment: allocate it by hand.</source>
        <translation>Osuva ei löytänyt maksulle ehdotettavaa laskua: kohdista se itse.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited; a draft can simply be changed.</source>
        <translation>Vain lähetetyn laskun voi hyvittää; luonnosta voi yksinkertaisesti muuttaa.</translation>
    </message>
    <message>
        <source>An issued invoice never changes. Correct it with a credit note and a new invoice.</source>
        <translation>Lähetetty lasku ei muutu koskaan. Korjaa se hyvityslaskulla ja uudella laskulla.</translation>
    </message>
    <message>
        <source>The payment reference of this invoice is already used by another invoice or a share fee, so the invoice was not issued. Check the invoice series and the reference type in the invoice settings.</source>
        <translation>Laskun viitenumero on jo toisen laskun tai osuusmaksun käytössä, joten laskua ei laadittu. Tarkista laskusarja ja viitenumeron tyyppi laskutusasetuksista.</translation>
    </message>
    <message>
        <source>Only an issued invoice can get a payment reminder.</source>
        <translation>Maksumuistutuksen voi lähettää vain lähetetystä laskusta.</translation>
    </message>
    <message>
        <source>A reminder of this invoice was already recorded today.</source>
        <translation>Laskusta on jo kirjattu muistutus tänään.</translation>
    </message>
    <message>
        <source>The invoice is paid: no reminder is needed.</source>
        <translation>Lasku on maksettu: muistutusta ei tarvita.</translation>
    </message>
    <message>
        <source>It is too early for a reminder: the law requires 14 days after the due date or after the previous reminder.</source>
        <translation>Muistutukselle on liian aikaista: laki edellyttää 14 päivää eräpäivästä tai edellisestä muistutuksesta.</translation>
    </message>
    <message>
        <source>The payment is larger than the share fee still open.</source>
        <translation>Maksu on suurempi kuin avoinna oleva osuusmaksu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The first row must name the columns, for example Etunimi;Sukunimi.</source>
        <translation>Ensimmäisellä rivillä on oltava sarakkeiden nimet, esimerkiksi Etunimi;Sukunimi.</translation>
    </message>
    <message>
        <source>The file is not a CSV file or Excel workbook that Osuva can read.</source>
        <translation>Tiedosto ei ole CSV-tiedosto tai Excel-työkirja, jonka Osuva osaa lukea.</translation>
    </message>
    <message>
        <source>The file has too many rows for a member list (at most 20 000).</source>
        <translation>Tiedostossa on liikaa rivejä jäsenluetteloksi (enintään 20 000).</translation>
    </message>
    <message>
        <source>The file is too large for a member list.</source>
        <translation>Tiedosto on liian suuri jäsenluetteloksi.</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file. In Excel, save the list as CSV or as a workbook.</source>
        <translation>Valitse .csv- tai .xlsx-tiedosto. Tallenna luettelo Excelissä CSV-tiedostona tai työkirjana.</translation>
    </message>
    <message>
        <source>The file needs at least the columns for first name and last name (Etunimi, Sukunimi).</source>
        <translation>Tiedostossa on oltava vähintään sarakkeet etunimelle ja sukunimelle (Etunimi, Sukunimi).</translation>
    </message>
    <message>
        <source>Two columns of the file mean the same thing. Remove one of them.</source>
        <translation>Tiedoston kaksi saraketta tarkoittaa samaa. Poista toinen niistä.</translation>
    </message>
    <message>
        <source>Some rows have problems. Correct them, or choose to skip them.</source>
        <translation>Joillakin riveillä on ongelmia. Korjaa ne tai valitse niiden ohittaminen.</translation>
    </message>
    <message>
        <source>The register changed after the preview. Choose the file again.</source>
        <translation>Rekisteri muuttui esikatselun jälkeen. Valitse tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved.</source>
        <translation>Tuonti epäonnistui, eikä mitään tallennettu.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own user account. Ask another administrator to do it.</source>
        <translation>Et voi poistaa omaa käyttäjätunnustasi käytöstä. Pyydä toista pääkäyttäjää tekemään se.</translation>
    </message>
    <message>
        <source>At least one active user must stay an administrator. Make someone else an administrator first.</source>
        <translation>Vähintään yhden käytössä olevan käyttäjän on oltava pääkäyttäjä. Tee ensin joku muu pääkäyttäjäksi.</translation>
    </message>
    <message>
        <source>The file has identity codes. Only an administrator can import them; remove the column or ask the administrator.</source>
        <translation>Tiedostossa on henkilötunnuksia. Vain pääkäyttäjä voi tuoda niitä; poista sarake tai pyydä pääkäyttäjää tuomaan tiedosto.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Nothing was saved; try again.</source>
        <translation>Tietokanta käsittelee toisen käyttäjän muutosta. Mitään ei tallennettu; yritä uudelleen.</translation>
    </message>
    <message>
        <source>The file needs a column for the customer&apos;s name (Nimi, Namn or Name) on its first row.</source>
        <translation>Tiedoston ensimmäisellä rivillä on oltava sarake asiakkaan nimelle (Nimi, Namn tai Name).</translation>
    </message>
    <message>
        <source>The customer has work or invoices and cannot be deleted. Deactivate it in the customer form instead.</source>
        <translation>Asiakkaalla on työtehtäviä tai laskuja, joten sitä ei voi poistaa. Merkitse se asiakaslomakkeella passiiviseksi.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it. Nothing was saved; check the changes and save again.</source>
        <translation>Joku muu muutti tätä sillä välin, kun muokkasit sitä. Mitään ei tallennettu; tarkista muutokset ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>The action could not be completed. Nothing was saved.</source>
        <translation>Toimintoa ei voitu tehdä. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ei mahdollista</translation>
    </message>
    <message>
        <source>The member has no employment periods. Add the period first.</source>
        <translation>Jäsenellä ei ole työsuhdejaksoja. Lisää jakso ensin.</translation>
    </message>
    <message>
        <source>Some hours have no wage rate. Add the missing rates under Wage rates.</source>
        <translation>Osalla tunneista ei ole tuntipalkkaa. Lisää puuttuvat tuntipalkat kohdassa Tuntipalkat.</translation>
    </message>
    <message>
        <source>Attendance was taken for this meeting, so it cannot be skipped.</source>
        <translation>Tapaamisen läsnäolot on jo kirjattu, joten sitä ei voi perua.</translation>
    </message>
    <message>
        <source>This session is not part of a weekly meeting.</source>
        <translation>Tämä tapaaminen ei kuulu viikoittaisiin tapaamisiin.</translation>
    </message>
    <message>
        <source>Info-session attendees are counted, not listed: write the number in the session.</source>
        <translation>Infotilaisuuden osallistujat lasketaan, ei nimetä: kirjoita määrä tapaamisen tietoihin.</translation>
    </message>
    <message>
        <source>The meeting was cancelled. Restore it first to take attendance.</source>
        <translation>Tapaaminen on peruttu. Palauta se ensin, niin voit kirjata läsnäolot.</translation>
    </message>
    <message>
        <source>This person&apos;s exit is already recorded. Nothing was saved.</source>
        <translation>Henkilön päättyminen on jo kirjattu. Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>Hinta tänään</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Household tax credit</source>
        <translation>Kotitalousvähennys</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New coaching session</source>
        <translation>Uusi valmennustapaaminen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>&amp;Alkaa klo:</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>&amp;Kesto (minuuttia):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ei ryhmää</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Henkil&amp;ö:</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Ei valittu</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Ai&amp;he:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pa&amp;ikka:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Ohjaaja:</translation>
    </message>
    <message>
        <source>&amp;Agenda, one item a line:</source>
        <translation>A&amp;sialista, yksi asia riville:</translation>
    </message>
    <message>
        <source>Ca&amp;rry over open items from the last meeting</source>
        <translation>Siirrä a&amp;voimet asiat edellisestä tapaamisesta</translation>
    </message>
    <message>
        <source>&amp;Items left open:</source>
        <translation>Avoimiksi jää&amp;neet asiat:</translation>
    </message>
    <message>
        <source>Attendee &amp;count:</source>
        <translation>Osallistu&amp;jia (lkm):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Nothing to carry over</source>
        <translation>Ei siirrettävää</translation>
    </message>
    <message>
        <source>The last meeting left no open items.</source>
        <translation>Edellisestä tapaamisesta ei jäänyt avoimia asioita.</translation>
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
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (peruttu)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Kirjautuneena: %1.</translation>
    </message>
    <message>
        <source>Settings of the cooperative</source>
        <translation>Osuuskunnan asetukset</translation>
    </message>
    <message>
        <source>&amp;Name of the cooperative</source>
        <translation>Osuuskunnan &amp;nimi</translation>
    </message>
    <message>
        <source>&amp;Business ID (Y-tunnus)</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Posti&amp;toimipaikka</translation>
    </message>
    <message>
        <source>Home m&amp;unicipality</source>
        <translation>K&amp;otikunta</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Sähköposti</translation>
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
        <translation>&amp;Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>E-invoice &amp;operator</source>
        <translation>Verkkolaskuop&amp;eraattori</translation>
    </message>
    <message>
        <source>Pa&amp;yment term (days)</source>
        <translation>&amp;Maksuaika (päivää)</translation>
    </message>
    <message>
        <source>Share p&amp;rice (€)</source>
        <translation>Osuuden &amp;hinta (€)</translation>
    </message>
    <message>
        <source>Re&amp;minder fee (€)</source>
        <translation>Muistutusm&amp;aksu (€)</translation>
    </message>
    <message>
        <source>&amp;Financial year ends (day.month.)</source>
        <translation>Tilikausi p&amp;äättyy (pv.kk.)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum shares per member (empty: no limit)</source>
        <translation>Osuuksia enintään jäsentä koh&amp;den (tyhjä: ei rajaa)</translation>
    </message>
    <message>
        <source>Si&amp;gns certificates</source>
        <translation>Todistusten allekirjoitta&amp;ja</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le</source>
        <translation>A&amp;llekirjoittajan asema</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Joku muu tallensi</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Shares of %1</source>
        <translation>Osuudet: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Installment plan</source>
        <translation>Maksuerät</translation>
    </message>
    <message>
        <source>Share events</source>
        <translation>Osuustapahtumat</translation>
    </message>
    <message>
        <source>&amp;Subscribe shares…</source>
        <translation>&amp;Merkitse osuuksia…</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Kirjaa maksu…</translation>
    </message>
    <message>
        <source>&amp;Wage deduction consent…</source>
        <translation>&amp;Palkasta vähentämisen suostumus…</translation>
    </message>
    <message>
        <source>Shares: %1 · subscribed %2 · paid %3 · &lt;b&gt;open %4&lt;/b&gt; · payment reference %5</source>
        <translation>Osuuksia: %1 · merkitty %2 · maksettu %3 · &lt;b&gt;avoinna %4&lt;/b&gt; · viitenumero %5</translation>
    </message>
    <message>
        <source>Refund of %1 due on %2.</source>
        <translation>Palautus %1 erääntyy %2.</translation>
    </message>
    <message>
        <source>Subscribe shares</source>
        <translation>Merkitse osuuksia</translation>
    </message>
    <message>
        <source>&amp;Number of shares</source>
        <translation>Osuuksien &amp;määrä</translation>
    </message>
    <message>
        <source>Subscribed &amp;on</source>
        <translation>Merkintä&amp;päivä</translation>
    </message>
    <message>
        <source>&amp;Installment per month (€, optional)</source>
        <translation>Maksuer&amp;ä kuukaudessa (€, vapaaehtoinen)</translation>
    </message>
    <message>
        <source>&amp;First installment due</source>
        <translation>&amp;Ensimmäinen eräpäivä</translation>
    </message>
    <message>
        <source>Record a share fee payment</source>
        <translation>Kirjaa osuusmaksun maksu</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Summa (€)</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Maksupäivä</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Maksu&amp;tapa</translation>
    </message>
    <message>
        <source>&amp;Reference or receipt</source>
        <translation>&amp;Viite tai kuitti</translation>
    </message>
    <message>
        <source>&amp;Wage month (deductions)</source>
        <translation>&amp;Palkkakuukausi (vähennykset)</translation>
    </message>
    <message>
        <source>Larger than the open share fee</source>
        <translation>Suurempi kuin avoin osuusmaksu</translation>
    </message>
    <message>
        <source>The payment %1 is larger than the open share fee %2. Was more paid on purpose? Answer No to correct the amount.</source>
        <translation>Maksu %1 on suurempi kuin avoin osuusmaksu %2. Maksettiinko enemmän tarkoituksella? Vastaa Ei, jos haluat korjata summan.</translation>
    </message>
    <message>
        <source>Wage deduction consent</source>
        <translation>Suostumus palkasta vähentämiseen</translation>
    </message>
    <message>
        <source>Record that the member has signed a written consent to pay share fees by deduction from wages. Keep the signed paper.</source>
        <translation>Kirjaa, että jäsen on allekirjoittanut kirjallisen suostumuksen osuusmaksun perimiseen palkasta. Säilytä allekirjoitettu paperi.</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Allekirjoitettu</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Kirjaudu — %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Kirjautumisen viesti</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Ki&amp;rjaudu</translation>
    </message>
    <message>
        <source>This is the demo cooperative. Sign in as &lt;b&gt;admin&lt;/b&gt;, &lt;b&gt;treasurer&lt;/b&gt; or &lt;b&gt;facilitator&lt;/b&gt;; the password is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Tämä on esittelyosuuskunta. Kirjaudu tunnuksella &lt;b&gt;admin&lt;/b&gt;, &lt;b&gt;treasurer&lt;/b&gt; tai &lt;b&gt;facilitator&lt;/b&gt;; salasana on &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Käyttäjätunnus tai salasana on väärin.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Try again.</source>
        <translation>Käyttäjätunnus tai salasana on väärin. Yritä uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>The user name or password is wrong. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Käyttäjätunnus tai salasana on väärin. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Käyttäjätunnus tai salasana on väärin. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Move to a step on the path</source>
        <translation>Siirry polun vaiheeseen</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;Why, what was agreed:</source>
        <translation>&amp;Miksi, mitä sovittiin:</translation>
    </message>
</context>
<context>
    <name>SupportContactDialog</name>
    <message>
        <source>New support contact</source>
        <translation>Uusi tukiverkoston yhteyshenkilö</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Tukiverkoston yhteyshenkilö</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>The person &amp;agreed on:</source>
        <translation>Suostumus &amp;annettu:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Huomio:</translation>
    </message>
</context>
<context>
    <name>SupportNetworkDialog</name>
    <message>
        <source>Support network: %1</source>
        <translation>Tukiverkosto: %1</translation>
    </message>
    <message>
        <source>People the participant has agreed the facilitator may keep in touch with. Visible to facilitators only.</source>
        <translation>Henkilöt, joihin osallistuja on antanut ohjaajalle luvan pitää yhteyttä. Näkyy vain ohjaajille.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Yhteyshenkilöt:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Remove (consent withdrawn)…</source>
        <translation>&amp;Poista (suostumus peruttu)…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Remove %1 from the support network?</source>
        <translation>Poistetaanko %1 tukiverkostosta?</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Poista yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>UnbilledDialog</name>
    <message>
        <source>Approved hours not yet invoiced</source>
        <translation>Hyväksytyt, laskuttamattomat tunnit</translation>
    </message>
    <message>
        <source>Approved hours by customer, assignment and service, ready to be invoiced. Volunteer work is never invoiced and is not shown.</source>
        <translation>Hyväksytyt tunnit asiakkaittain, työtehtävittäin ja palveluittain laskutusta varten. Vapaaehtoistyötä ei koskaan laskuteta, eikä sitä näytetä.</translation>
    </message>
    <message>
        <source>In all: %1 hours</source>
        <translation>Yhteensä %1 tuntia</translation>
    </message>
</context>
<context>
    <name>UnbilledModel</name>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something unexpected happened and the action was not completed. Whatever it was about to save was not saved. If this happens again, send the details to your support person.</source>
        <translation>Tapahtui jotain odottamatonta, eikä toimintoa tehty loppuun. Mitä se oli tallentamassa, jäi tallentamatta. Jos näin käy uudelleen, lähetä tiedot tukihenkilöllesi.</translation>
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
        <translation>Kohdistamaton</translation>
    </message>
    <message>
        <source>Suggestion: invoice %1</source>
        <translation>Ehdotus: lasku %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <source>Reference or message</source>
        <translation>Viite tai viesti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Unmatched payments</source>
        <translation>Kohdistamattomat maksut</translation>
    </message>
    <message>
        <source>Money that arrived without a reference Osuva knows. Confirm Osuva&apos;s suggestion, allocate the payment to one or more invoices or a share fee, or ignore it (for example a refund to the cooperative).</source>
        <translation>Rahat, jotka tulivat ilman Osuvan tuntemaa viitenumeroa. Vahvista Osuvan ehdotus, kohdista maksu yhdelle tai useammalle laskulle tai osuusmaksuun, tai ohita se (esimerkiksi osuuskunnalle tullut palautus).</translation>
    </message>
    <message>
        <source>payer or reference</source>
        <translation>maksaja tai viite</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>C&amp;onfirm suggestion</source>
        <translation>&amp;Vahvista ehdotus</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Kohdista…</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ohita</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in all.</source>
        <translation>
            <numerusform>%n maksu, yhteensä %1.</numerusform>
            <numerusform>%n maksua, yhteensä %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This payment was handled meanwhile, perhaps by another user. The list now shows what still waits.</source>
        <translation>Maksu on jo käsitelty, ehkä toisen käyttäjän toimesta. Luettelossa näkyvät nyt odottavat maksut.</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Add user</source>
        <translation>Lisää käyttäjä</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Muokkaa käyttäjää %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Käyttäjä&amp;tunnus</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Koko nimi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>Ei (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>Users are never deleted, because the audit log names them: deactivate a user who no longer signs in.</source>
        <translation>Käyttäjiä ei koskaan poisteta, koska tapahtumaloki nimeää heidät: poista käytöstä käyttäjä, joka ei enää kirjaudu.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lisää käyttäjä…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Aseta uusi salasana…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Poista &amp;käytöstä</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
</context>
<context>
    <name>WageBasisDialog</name>
    <message>
        <source>No wage rate for %1 in %2 for %3.</source>
        <translation>Jäsenellä %1 ei ole tuntipalkkaa palvelussa %2 kuukaudelle %3.</translation>
    </message>
    <message>
        <source>Add the missing rates under Wage rates. Nothing was saved.</source>
        <translation>Lisää puuttuvat tuntipalkat kohdassa Tuntipalkat. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Hours per service and rate, kilometres, gross wages by the wage rates and the share fees to deduct from wages, per member, with totals. Volunteer hours are listed separately and earn no wage.</source>
        <translation>Jäsenittäin tunnit palveluittain ja tuntipalkoittain, kilometrit, bruttopalkat tuntipalkkojen mukaan ja palkasta vähennettävät osuusmaksut sekä yhteissummat. Vapaaehtoistyön tunnit näytetään erikseen, eikä niistä makseta palkkaa.</translation>
    </message>
    <message>
        <source>Wage basis for payroll</source>
        <translation>Palkanlaskennan palkkaperusteet</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-työkirja (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV Exceliin (.csv)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Kuukausi</translation>
    </message>
    <message>
        <source>&amp;File type</source>
        <translation>Tiedoston &amp;muoto</translation>
    </message>
    <message>
        <source>Wage rate missing</source>
        <translation>Tuntipalkka puuttuu</translation>
    </message>
    <message numerus="yes">
        <source>The wage basis of %n member(s) was saved to %1.</source>
        <translation>
            <numerusform>%n jäsenen palkkaperusteet tallennettiin tiedostoon %1.</numerusform>
            <numerusform>%n jäsenen palkkaperusteet tallennettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WageDeductionModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Deduct this month</source>
        <translation>Vähennetään tässä kuussa</translation>
    </message>
    <message>
        <source>Already deducted</source>
        <translation>Jo vähennetty</translation>
    </message>
</context>
<context>
    <name>WageDeductionsDialog</name>
    <message>
        <source>Share fees deducted from wages</source>
        <translation>Palkasta vähennettävät osuusmaksut</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Kuukausi:</translation>
    </message>
    <message>
        <source>Wage deductions of the month</source>
        <translation>Kuukauden palkkavähennykset</translation>
    </message>
    <message>
        <source>&amp;Copy for payroll</source>
        <translation>K&amp;opioi palkanlaskentaan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Tallenna PDF-tiedostona…</translation>
    </message>
    <message>
        <source>&amp;Record as deducted…</source>
        <translation>Kirjaa &amp;vähennetyiksi…</translation>
    </message>
    <message>
        <source>Members who have given written consent to pay share fees by deduction from wages, and what is due by the end of the month.</source>
        <translation>Jäsenet, jotka ovat antaneet kirjallisen suostumuksen osuusmaksun perimiseen palkasta, ja kuun loppuun mennessä erääntyvä summa.</translation>
    </message>
    <message>
        <source>To deduct in total: %1</source>
        <translation>Vähennetään yhteensä: %1</translation>
    </message>
    <message>
        <source>Record deductions</source>
        <translation>Kirjaa vähennykset</translation>
    </message>
    <message>
        <source>Record the amounts of this list as paid by deduction from wages today?</source>
        <translation>Kirjataanko listan summat tänään palkasta vähennetyiksi maksuiksi?</translation>
    </message>
</context>
<context>
    <name>WageRateDialog</name>
    <message>
        <source>Edit wage rate</source>
        <translation>Muokkaa tuntipalkkaa</translation>
    </message>
    <message>
        <source>Add wage rate</source>
        <translation>Lisää tuntipalkka</translation>
    </message>
    <message>
        <source>All services (a personal rate)</source>
        <translation>Kaikki palvelut (henkilökohtainen tuntipalkka)</translation>
    </message>
    <message>
        <source>Everyone (the service&apos;s rate)</source>
        <translation>Kaikki (palvelun tuntipalkka)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Jäsen</translation>
    </message>
    <message>
        <source>&amp;Gross wage per hour (€)</source>
        <translation>&amp;Bruttopalkka tunnilta (€)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>&amp;Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Voimassa &amp;asti</translation>
    </message>
    <message>
        <source>A member&apos;s personal rate wins over the service&apos;s rate; a personal rate for one service wins over both. Rates for the same service and member may not overlap: end the old rate the day before the new one starts.</source>
        <translation>Jäsenen henkilökohtainen tuntipalkka menee palvelun tuntipalkan edelle, ja yhden palvelun henkilökohtainen tuntipalkka molempien edelle. Saman palvelun ja jäsenen tuntipalkat eivät saa olla päällekkäin: päätä vanha tuntipalkka uutta edeltävään päivään.</translation>
    </message>
</context>
<context>
    <name>WageRateModel</name>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Kaikki palvelut</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Tunnilta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
</context>
<context>
    <name>WageRatesDialog</name>
    <message>
        <source>Wage rates</source>
        <translation>Tuntipalkat</translation>
    </message>
    <message>
        <source>Gross wage per hour worked. Earnings and the wage basis use these rates.</source>
        <translation>Bruttopalkka tehtyä tuntia kohden. Ansiot ja palkkaperusteet lasketaan näillä tuntipalkoilla.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Delete wage rate</source>
        <translation>Poista tuntipalkka</translation>
    </message>
    <message>
        <source>Delete the selected rate?</source>
        <translation>Poistetaanko valittu tuntipalkka?</translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <source>Week plan</source>
        <translation>Viikkosuunnitelma</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Edellinen viikko</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Kuluva viikko</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Seuraava viikko</translation>
    </message>
    <message>
        <source>Shifts of the week</source>
        <translation>Viikon työvuorot</translation>
    </message>
    <message>
        <source>S&amp;hifts:</source>
        <translation>&amp;Työvuorot:</translation>
    </message>
    <message>
        <source>No shifts are planned for this week.</source>
        <translation>Tälle viikolle ei ole suunniteltu työvuoroja.</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>&amp;Anna sijaiselle…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <translation>Viikko %1: %2–%3</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>S&amp;iirrä…</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>&amp;Jätä väliin…</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a member is booked on two shifts at once this week.</source>
        <translation>
            <numerusform>%n päällekkäinen varaus tällä viikolla: jäsen on kahdessa työvuorossa yhtä aikaa.</numerusform>
            <numerusform>%n päällekkäistä varausta tällä viikolla: jäsen on kahdessa työvuorossa yhtä aikaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out %1 on %2 for everyone on it? The other days stay as planned.</source>
        <translation>Jätetäänkö työvuoro %1 (%2) väliin kaikilta vuorossa olevilta? Muut päivät pysyvät ennallaan.</translation>
    </message>
    <message>
        <source>Skip a shift</source>
        <translation>Jätä työvuoro väliin</translation>
    </message>
</context>
<context>
    <name>WeekPlanModel</name>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Työtehtävä</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Sijaisena henkilölle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Booked twice at this time</source>
        <translation>Päällekkäinen varaus</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Osuva</source>
        <translation>Tervetuloa Osuvaan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Osuva&lt;/h2&gt;&lt;p&gt;Osuva keeps your cooperative&apos;s member register, work, coaching and invoices. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tervetuloa Osuvaan&lt;/h2&gt;&lt;p&gt;Osuvassa pidät osuuskuntasi jäsenluettelon, työtehtävät, valmennuksen ja laskut. Miten haluat aloittaa?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a new cooperative</source>
        <translation>&amp;Luo uusi osuuskunta</translation>
    </message>
    <message>
        <source>Start with your own cooperative&apos;s name, business ID and bank account.</source>
        <translation>Aloita oman osuuskuntasi nimellä, Y-tunnuksella ja pankkitilillä.</translation>
    </message>
    <message>
        <source>Open the &amp;demo cooperative</source>
        <translation>Avaa &amp;esittelyosuuskunta</translation>
    </message>
    <message>
        <source>Try Osuva with made-up members, work and invoices.</source>
        <translation>Kokeile Osuvaa keksityillä jäsenillä, töillä ja laskuilla.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Avaa olemassa oleva tietokanta…</translation>
    </message>
    <message>
        <source>Choose an Osuva database file, for example a copy from another computer.</source>
        <translation>Valitse Osuvan tietokantatiedosto, esimerkiksi toiselta tietokoneelta kopioitu.</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>Questionnaire statements</source>
        <translation>Kyselyn väittämät</translation>
    </message>
    <message>
        <source>Copy THL&apos;s official statements and answer options exactly as published (thl.fi, osallisuusindikaattori). THL allows only its own unaltered wording; Osuva never changes what you enter.</source>
        <translation>Kopioi THL:n viralliset väittämät ja vastausvaihtoehdot täsmälleen julkaistussa muodossa (thl.fi, osallisuusindikaattori). THL sallii vain omat, muuttamattomat sanamuotonsa; Osuva ei muuta syöttämääsi tekstiä.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Väittämä %1</translation>
    </message>
    <message>
        <source>Answer option %1</source>
        <translation>Vastausvaihtoehto %1</translation>
    </message>
</context>
<context>
    <name>WorkMessages</name>
    <message>
        <source>Write the hours, or the start and end time.</source>
        <translation>Kirjoita tunnit tai alkamis- ja päättymisaika.</translation>
    </message>
    <message>
        <source>The hours must be more than 0.</source>
        <translation>Tuntien on oltava enemmän kuin 0.</translation>
    </message>
    <message>
        <source>A day has at most 24 hours.</source>
        <translation>Vuorokaudessa on enintään 24 tuntia.</translation>
    </message>
    <message>
        <source>The member&apos;s hours on this day add up to more than 24.</source>
        <translation>Jäsenen tunteja on tälle päivälle yhteensä yli 24.</translation>
    </message>
    <message>
        <source>Already invoiced: it cannot be changed. Correct it with a credit note.</source>
        <translation>Jo laskutettu, joten kirjausta ei voi muuttaa. Korjaa se hyvityslaskulla.</translation>
    </message>
    <message>
        <source>Already invoiced: it cannot be removed. Correct it with a credit note.</source>
        <translation>Jo laskutettu, joten kirjausta ei voi poistaa. Korjaa se hyvityslaskulla.</translation>
    </message>
    <message>
        <source>The times overlap another entry of the same member on this day.</source>
        <translation>Ajat menevät päällekkäin saman jäsenen toisen kirjauksen kanssa samana päivänä.</translation>
    </message>
    <message>
        <source>Give both the start and the end time.</source>
        <translation>Anna sekä alkamis- että päättymisaika.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Päättymisajan on oltava alkamisajan jälkeen.</translation>
    </message>
    <message>
        <source>The assignment is cancelled: no hours can be logged on it.</source>
        <translation>Työtehtävä on peruttu, joten sille ei voi kirjata tunteja.</translation>
    </message>
    <message>
        <source>Choose the assignment.</source>
        <translation>Valitse työtehtävä.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Valitse jäsen.</translation>
    </message>
    <message>
        <source>The date is before the member joined the cooperative.</source>
        <translation>Päivä on ennen kuin jäsen liittyi osuuskuntaan.</translation>
    </message>
    <message>
        <source>This assignment is already invoiced up to this date.</source>
        <translation>Tämä työtehtävä on jo laskutettu tähän päivään asti.</translation>
    </message>
    <message>
        <source>Write the date.</source>
        <translation>Kirjoita päivämäärä.</translation>
    </message>
    <message>
        <source>Kilometres cannot be negative.</source>
        <translation>Kilometrit eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>Someone removed this entry meanwhile.</source>
        <translation>Joku poisti tämän kirjauksen sillä välin.</translation>
    </message>
    <message>
        <source>A member cannot substitute for themselves.</source>
        <translation>Jäsen ei voi olla oma sijaisensa.</translation>
    </message>
    <message>
        <source>This member is already on the shift.</source>
        <translation>Tämä jäsen on jo samassa työvuorossa.</translation>
    </message>
    <message>
        <source>Choose another member than the one on the shift.</source>
        <translation>Valitse joku muu kuin vuorossa oleva jäsen.</translation>
    </message>
    <message>
        <source>The shifts would end before they start: check the end date.</source>
        <translation>Työvuorot päättyisivät ennen kuin ne alkavat: tarkista päättymispäivä.</translation>
    </message>
    <message>
        <source>The shift must end after it starts.</source>
        <translation>Vuoron on päätyttävä alkamisen jälkeen.</translation>
    </message>
    <message>
        <source>Write the time like 9.00.</source>
        <translation>Kirjoita aika muodossa 9.00.</translation>
    </message>
    <message>
        <source>Write the time like 12.30.</source>
        <translation>Kirjoita aika muodossa 12.30.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Valitse vähintään yksi viikonpäivä.</translation>
    </message>
    <message>
        <source>Choose every 1 to 52 weeks.</source>
        <translation>Valitse väliksi 1–52 viikkoa.</translation>
    </message>
    <message>
        <source>Write the dates like 24.11.2026, 26.11.2026.</source>
        <translation>Kirjoita päivät muodossa 24.11.2026, 26.11.2026.</translation>
    </message>
    <message>
        <source>Could not read what was typed: write e.g. 3,5 hours, 9.30 or 24.11.2026.</source>
        <translation>Kirjoitettua ei voitu lukea: kirjoita esim. 3,5 tuntia, 9.30 tai 24.11.2026.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>Someone else changed these hours meanwhile.</source>
        <translation>Joku muu muutti näitä tunteja sillä välin.</translation>
    </message>
    <message>
        <source>Someone else logged hours for this member, assignment and day meanwhile.</source>
        <translation>Joku muu kirjasi sillä välin tunteja tälle jäsenelle samaan työtehtävään samana päivänä.</translation>
    </message>
    <message>
        <source>Someone else removed these hours meanwhile.</source>
        <translation>Joku muu poisti nämä tunnit sillä välin.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Arvo ei kelpaa.</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work assignments</source>
        <translation>Työtehtävät</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Uusi työtehtävä…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Week &amp;plan…</source>
        <translation>Viikko&amp;suunnitelma…</translation>
    </message>
    <message>
        <source>H&amp;ours of the week…</source>
        <translation>Tunti&amp;kirjaukset…</translation>
    </message>
    <message>
        <source>Hours to &amp;bill…</source>
        <translation>Laskutettavat tunn&amp;it…</translation>
    </message>
    <message>
        <source>Earnin&amp;gs…</source>
        <translation>&amp;Ansiot…</translation>
    </message>
</context>
</TS>

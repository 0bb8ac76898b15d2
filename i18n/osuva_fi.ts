<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
        <source>User's role</source>
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
        <source>Plan review</source>
        <translation>Suunnitelman arviointi</translation>
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
        <source>price per share</source>
        <translation>osuuden hinta</translation>
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
        <source>Note: the statement is for another account than the cooperative's.</source>
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
    <name>CoachingTab</name>
    <message>
        <source>Coaching sessions</source>
        <translation>Valmennuskerrat</translation>
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
        <source>Osuva backs up database files only. Back up a server database with the server's own tools.</source>
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
        <source>The IBAN's check digits do not match: check for a typing mistake.</source>
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
        <source>Deduction from wages needs the member's written consent. Record it first with Wage deduction consent.</source>
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
        <source>Write the person's full name.</source>
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
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Ownership and unemployment security</source>
        <translation>Omistus ja työttömyysturva</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under the Unemployment Security Act (1290/2002, chapter 1, section 6) a member who, in a leading position, owns at least 15 % of a cooperative's shares or votes, or at least 30 % together with family members, counts as an entrepreneur. An entrepreneur's right to unemployment benefit is assessed differently.&lt;/p&gt;&lt;p&gt;With at least seven members with equal shares and votes nobody reaches 15 %. That is why Osuva warns when the cooperative has fewer than 7 working members or when one member's share of the shares or votes reaches 15 %.&lt;/p&gt;&lt;p&gt;Osuva only warns. Ask the unemployment fund or the TE services how the rule applies to a particular member.&lt;/p&gt;&lt;p&gt;Sources: Unemployment Security Act 1290/2002, 1:6 (finlex.fi); Pellervo, guide for founders of cooperatives (pellervo.fi).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Työttömyysturvalain (1290/2002) 1 luvun 6 §:n mukaan jäsen, joka johtavassa asemassa omistaa vähintään 15 % osuuskunnan osuuksista tai äänistä tai yhdessä perheenjäsentensä kanssa vähintään 30 %, katsotaan yrittäjäksi. Yrittäjän oikeus työttömyysetuuteen arvioidaan eri tavalla.&lt;/p&gt;&lt;p&gt;Kun jäseniä on vähintään seitsemän ja heillä on yhtä suuret osuudet ja äänet, kukaan ei yllä 15 %:iin. Siksi Osuva varoittaa, jos työjäseniä on alle 7 tai jos yhden jäsenen osuus osuuksista tai äänistä nousee 15 %:iin.&lt;/p&gt;&lt;p&gt;Osuva vain varoittaa. Kysy työttömyyskassasta tai TE-palveluista, miten sääntöä sovelletaan yksittäiseen jäseneen.&lt;/p&gt;&lt;p&gt;Lähteet: työttömyysturvalaki 1290/2002, 1:6 (finlex.fi); Pellervo, osuuskunnan perustajan opas (pellervo.fi).&lt;/p&gt;</translation>
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
        <source>Choose the member list</source>
        <translation>Valitse jäsenluettelo</translation>
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
</context>
<context>
    <name>InvoicingTab</name>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
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
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käynnissä</translation>
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
        <source>Monthly earnings lim&amp;it (€)</source>
        <translation>Ansio&amp;raja kuukaudessa (€)</translation>
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
        <source>The database is busy with another user's change. Nothing was saved; try again.</source>
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
        <source>Source: Unemployment Security Act 1:6, as explained in Pellervo's guide for founders of cooperatives.</source>
        <translation>Lähde: työttömyysturvalaki 1:6 Pellervon osuuskunnan perustajan oppaan mukaan.</translation>
    </message>
    <message>
        <source>Why does this matter?</source>
        <translation>Miksi tällä on väliä?</translation>
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
        <source>Invoices past their due date with money still open. A reminder claims the open amount, the fee the law allows (consumers at most 5 €, from 14 days after the due date; businesses the 40 € compensation once) and late interest to its date, with the calculation shown.</source>
        <translation>Laskut, joiden eräpäivä on mennyt ja joissa on vielä avointa summaa. Muistutus vaatii avoimen summan, lain salliman maksun (kuluttajilta enintään 5 €, aikaisintaan 14 päivää eräpäivän jälkeen; yrityksiltä kerran 40 €:n vakiokorvaus) sekä viivästyskoron muistutuksen päivään asti laskelmineen.</translation>
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
        <source>This member's personal data has been erased.</source>
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
        <source>The database is busy with another user's change. Nothing was saved; try again.</source>
        <translation>Tietokanta käsittelee toisen käyttäjän muutosta. Mitään ei tallennettu; yritä uudelleen.</translation>
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
        <source>Signer's tit&amp;le</source>
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
        <source>Money that arrived without a reference Osuva knows. Confirm Osuva's suggestion, allocate the payment to one or more invoices or a share fee, or ignore it (for example a refund to the cooperative).</source>
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
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Osuva</source>
        <translation>Tervetuloa Osuvaan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Osuva&lt;/h2&gt;&lt;p&gt;Osuva keeps your cooperative's member register, work, coaching and invoices. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tervetuloa Osuvaan&lt;/h2&gt;&lt;p&gt;Osuvassa pidät osuuskuntasi jäsenluettelon, työtehtävät, valmennuksen ja laskut. Miten haluat aloittaa?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a new cooperative</source>
        <translation>&amp;Luo uusi osuuskunta</translation>
    </message>
    <message>
        <source>Start with your own cooperative's name, business ID and bank account.</source>
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
    <name>WorkTab</name>
    <message>
        <source>Work assignments</source>
        <translation>Työtehtävät</translation>
    </message>
</context>
</TS>
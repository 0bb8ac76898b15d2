<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
        <source>Osuva backs up database files only. Back up a server database with the server&apos;s own tools.</source>
        <translation>Osuva varmuuskopioi vain tietokantatiedostoja. Palvelimella olevan tietokannan varmuuskopioi palvelimen omilla työkaluilla.</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Varmuuskopio tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
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
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>The check digit does not match: check the business ID (e.g. 1234567-8).</source>
        <translation>Tarkistusnumero ei täsmää: tarkista Y-tunnus (esim. 1234567-8).</translation>
    </message>
    <message>
        <source>A business ID has seven digits, a hyphen and a check digit (1234567-8).</source>
        <translation>Y-tunnuksessa on seitsemän numeroa, väliviiva ja tarkistusnumero (1234567-8).</translation>
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
        <source>This database already has a cooperative.</source>
        <translation>Tässä tietokannassa on jo osuuskunta.</translation>
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
        <source>The number is outside the allowed range.</source>
        <translation>Luku on sallitun alueen ulkopuolella.</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Osuva</source>
        <translation>&amp;Tietoja Osuvasta</translation>
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
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Member register</source>
        <translation>Jäsenluettelo</translation>
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
        <source>Share &amp;price (€)</source>
        <translation>Osuuden &amp;hinta (€)</translation>
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
    <message>
        <source>Shown %1 of %2</source>
        <translation>Näytetään %1 / %2</translation>
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
        <source>&amp;Home municipality</source>
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
        <source>Payment &amp;term (days)</source>
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
        <source>Signs &amp;certificates</source>
        <translation>Todistusten allekirjoitta&amp;ja</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le</source>
        <translation>A&amp;llekirjoittajan asema</translation>
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
    <name>WorkTab</name>
    <message>
        <source>Work assignments</source>
        <translation>Työtehtävät</translation>
    </message>
</context>
</TS>

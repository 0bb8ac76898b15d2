<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
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
        <source>Osuva backs up database files only. Back up a server database with the server&apos;s own tools.</source>
        <translation>Osuva säkerhetskopierar bara databasfiler. Säkerhetskopiera en serverdatabas med serverns egna verktyg.</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Säkerhetskopian sparades: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
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
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>The check digit does not match: check the business ID (e.g. 1234567-8).</source>
        <translation>Kontrollsiffran stämmer inte: kontrollera FO-numret (t.ex. 1234567-8).</translation>
    </message>
    <message>
        <source>A business ID has seven digits, a hyphen and a check digit (1234567-8).</source>
        <translation>Ett FO-nummer har sju siffror, ett bindestreck och en kontrollsiffra (1234567-8).</translation>
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
        <source>This database already has a cooperative.</source>
        <translation>Den här databasen har redan ett andelslag.</translation>
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
        <source>The number is outside the allowed range.</source>
        <translation>Talet ligger utanför det tillåtna intervallet.</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Osuva</source>
        <translation>&amp;Om Osuva</translation>
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
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Member register</source>
        <translation>Medlemsförteckning</translation>
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
        <source>Share &amp;price (€)</source>
        <translation>Andelens p&amp;ris (€)</translation>
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
    <message>
        <source>Shown %1 of %2</source>
        <translation>Visas %1 av %2</translation>
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
        <source>&amp;Home municipality</source>
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
        <source>Payment &amp;term (days)</source>
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
        <source>Signs &amp;certificates</source>
        <translation>Undertec&amp;knar intyg</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le</source>
        <translation>Undertecknarens &amp;ställning</translation>
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
    <name>WorkTab</name>
    <message>
        <source>Work assignments</source>
        <translation>Arbetsuppdrag</translation>
    </message>
</context>
</TS>

"""Texts of the funder's report and the participation certificate, in fi, sv and en.

Kept apart from texts.py so that these documents and their spreadsheet share one source.
"""

from __future__ import annotations

LANGS = ("fi", "sv", "en")

# key: (Finnish, Finland-Swedish, English)
_RAW: dict[str, dict[str, tuple[str, str, str]]] = {
    "funder_report": {
        "title": ("Raportti rahoittajalle", "Rapport till finansiären", "Report to the funder"),
        "project": ("Hanke", "Projekt", "Project"),
        "code": ("Hankekoodi", "Projektkod", "Project code"),
        "funder": ("Rahoittaja", "Finansiär", "Funder"),
        "project_period": ("Hankkeen kesto", "Projektets löptid", "Project duration"),
        "period": ("Raportointikausi", "Rapporteringsperiod", "Reporting period"),
        "small_note": (
            "Alle viiden henkilön luvut näytetään muodossa ”< 5”. Jos taulukosta piilotettaisiin "
            "vain yksi luku, myös seuraavaksi pienin piilotetaan (”..”), jottei pientä lukua voi "
            "laskea yhteissummasta; samoin ”joista naisia”, jos muita on alle viisi. Raportissa "
            "ei ole terveys- eikä työkykytietoja.",
            "Antal under fem personer visas som ”< 5”. Om bara ett tal i en tabell skulle döljas, "
            "döljs även det näst minsta (”..”), så att det lilla talet inte kan räknas ut ur "
            "totalen; likaså ”varav kvinnor” om de övriga är färre än fem. Rapporten innehåller "
            "inga uppgifter om hälsa eller arbetsförmåga.",
            "Counts of fewer than five people are shown as “< 5”. Where only one count of a table "
            "would be hidden, the next smallest is hidden too (“..”), so that the small count "
            "cannot be worked out from the total; likewise “of whom women” when the others are "
            "fewer than five. The report contains no health or work-ability data.",
        ),
        "col_step": ("Saavutettu vaihe", "Uppnått steg", "Step reached"),
        "col_destination": ("Mihin", "Vart", "Went to"),
        "targets": ("Tavoitteet ja toteuma", "Mål och utfall", "Planned and realised"),
        "col_indicator": ("Indikaattori", "Indikator", "Indicator"),
        "col_planned": ("Tavoite", "Mål", "Planned"),
        "col_period": ("Toteuma kaudella", "Utfall under perioden", "Realised in the period"),
        "col_to_date": ("Toteuma yhteensä", "Utfall totalt", "Realised to date"),
        "of_whom_women": ("joista naisia", "varav kvinnor", "of whom women"),
        "to_date_note": (
            "Toteuma yhteensä: hankkeen alusta raportointikauden loppuun.",
            "Utfall totalt: från projektets start till periodens slut.",
            "Realised to date: from the project's start to the end of the period.",
        ),
        "fig_started": (
            "Aloittaneet osallistujat",
            "Deltagare som inlett",
            "Participants who started",
        ),
        "fig_new_jobs": ("Uudet työpaikat", "Nya arbetsplatser", "New jobs"),
        "fig_new_businesses": ("Uudet yritykset", "Nya företag", "New businesses"),
        "fig_qualifications": (
            "Suoritetut tutkinnot",
            "Avlagda examina",
            "Completed qualifications",
        ),
        "participants": ("Osallistujat kaudella", "Deltagare under perioden", "Participants"),
        "col_group": ("Ryhmä", "Grupp", "Group"),
        "col_count": ("Henkilöä", "Personer", "People"),
        "total": ("Yhteensä", "Totalt", "Total"),
        "bd_status": ("Tilanne kauden lopussa", "Läge vid periodens slut", "At the period's end"),
        "bd_gender": ("Sukupuoli", "Kön", "Gender"),
        "bd_age": (
            "Ikä kauden alussa",
            "Ålder vid periodens början",
            "Age at the period's start",
        ),
        "bd_labour_market_status": (
            "Työmarkkina-asema aloittaessa",
            "Ställning på arbetsmarknaden vid start",
            "Labour-market status at start",
        ),
        "bd_education": ("Koulutus (ISCED)", "Utbildning (ISCED)", "Education (ISCED)"),
        "bd_track": ("Osallistujaryhmä", "Deltagargrupp", "Track"),
        "status_active": ("Mukana", "Deltar", "Active"),
        "status_ended": ("Päättyneet", "Avslutade", "Ended"),
        "gender_female": ("Nainen", "Kvinna", "Woman"),
        "gender_male": ("Mies", "Man", "Man"),
        "gender_other": ("Muu", "Annat", "Other"),
        "unknown": ("Ei tiedossa", "Okänt", "Unknown"),
        "age_under_25": ("Alle 25", "Under 25", "Under 25"),
        "age_25_54": ("25–54", "25–54", "25–54"),
        "age_over_54": ("Yli 54", "Över 54", "Over 54"),
        "lm_unemployed": ("Työtön", "Arbetslös", "Unemployed"),
        "lm_long_term_unemployed": (
            "Pitkäaikaistyötön",
            "Långtidsarbetslös",
            "Long-term unemployed",
        ),
        "lm_inactive": (
            "Työvoiman ulkopuolella",
            "Utanför arbetskraften",
            "Outside the labour force",
        ),
        "lm_employed": ("Työssä", "I arbete", "Employed"),
        "ed_isced_0_2": ("ISCED 0–2", "ISCED 0–2", "ISCED 0–2"),
        "ed_isced_3_4": ("ISCED 3–4", "ISCED 3–4", "ISCED 3–4"),
        "ed_isced_5_8": ("ISCED 5–8", "ISCED 5–8", "ISCED 5–8"),
        "track_work_only_missing": (
            "1 Vain työ puuttuu",
            "1 Bara arbetet saknas",
            "1 Only work is missing",
        ),
        "track_coaching_and_supported_work": (
            "2 Valmennus ja tuettu työ",
            "2 Coachning och stött arbete",
            "2 Coaching and supported work",
        ),
        "track_participation_work": (
            "3 Osallistava työ",
            "3 Deltagande arbete",
            "3 Participation work",
        ),
        "coaching": ("Valmennus kaudella", "Coachning under perioden", "Coaching delivered"),
        "group_hours": (
            "Ryhmävalmennusta (tuntia)",
            "Gruppcoachning (timmar)",
            "Group coaching (hours)",
        ),
        "individual_hours": (
            "Yksilövalmennusta (tuntia)",
            "Individuell coachning (timmar)",
            "Individual coaching (hours)",
        ),
        "attendance_rate": ("Läsnäoloaste", "Närvarograd", "Attendance rate"),
        "no_attendance": ("ei kirjauksia", "inga anteckningar", "none recorded"),
        "steps": (
            "Eteneminen polulla kaudella",
            "Framsteg på stigen under perioden",
            "Steps moved on the path",
        ),
        "steps_note": (
            "Henkilöt, joiden vaihe polulla muuttui kaudella, viimeisimmän vaiheen mukaan.",
            "Personer vars steg på stigen ändrades under perioden, enligt det senaste steget.",
            "People whose step on the path changed in the period, by the step reached last.",
        ),
        "step_participation_work": ("Osallistava työ", "Deltagande arbete", "Participation work"),
        "step_supported_work": (
            "Valmennus ja tuettu työ",
            "Coachning och stött arbete",
            "Coaching and supported work",
        ),
        "step_paid_work": (
            "Palkkatyö osuuskunnassa",
            "Avlönat arbete i andelslaget",
            "Paid work in the cooperative",
        ),
        "step_open_labour_market": (
            "Avoimet työmarkkinat",
            "Öppna arbetsmarknaden",
            "Open labour market",
        ),
        "step_education": ("Koulutus", "Utbildning", "Education"),
        "step_entrepreneurship": ("Yrittäjyys", "Företagande", "Entrepreneurship"),
        "step_other": ("Muu", "Annat", "Other"),
        "outcomes": (
            "Sijoittuminen päättyessä",
            "Placering vid avslut",
            "Where people went on leaving",
        ),
        "followups": ("Seurannan tulokset", "Uppföljningens resultat", "Follow-up results"),
        "followup_3": ("3 kk seuranta", "Uppföljning efter 3 mån", "After 3 months"),
        "followup_6": ("6 kk seuranta", "Uppföljning efter 6 mån", "After 6 months"),
        "dest_open_full_time": (
            "Avoimet työmarkkinat, kokoaikainen",
            "Öppna arbetsmarknaden, heltid",
            "Open labour market, full-time",
        ),
        "dest_open_part_time": (
            "Avoimet työmarkkinat, osa-aikainen",
            "Öppna arbetsmarknaden, deltid",
            "Open labour market, part-time",
        ),
        "dest_education": ("Koulutus", "Utbildning", "Education"),
        "dest_own_business": (
            "Oma yritys tai toinen osuuskunta",
            "Eget företag eller annat andelslag",
            "Own business or another cooperative",
        ),
        "dest_other_services": ("Muut palvelut", "Andra tjänster", "Other services"),
        "dest_pension": ("Eläke", "Pension", "Pension"),
        "dest_unknown": ("Ei tiedossa", "Okänt", "Unknown"),
        "questionnaire": (
            "Osallisuuskysely ryhmittäin (THL:n osallisuusindikaattori)",
            "Delaktighetsenkät per grupp (THL:s delaktighetsindikator)",
            "Participation questionnaire by group (THL participation indicator)",
        ),
        "questionnaire_note": (
            "Tulokset vain ryhmittäin: mukana ne, jotka vastasivat sekä alussa että lopussa, "
            "ja vain kun heitä on vähintään viisi. Puuttuva vastaus jätetään pois vain kyseisen "
            "väittämän keskiarvosta. Asteikko 1–5; keskiarvot väittämittäin, ei yhteispistemäärää.",
            "Resultat endast per grupp: med är de som svarade både i början och i slutet, och "
            "bara när de är minst fem. Ett svar som saknas lämnas bort endast ur det påståendets "
            "medelvärde. Skala 1–5; medelvärden per påstående, ingen totalpoäng.",
            "Results only by group: counting people who answered both at the start and at the "
            "end, and only when at least five did. A missing answer is left out of that "
            "statement's average only. Scale 1–5; averages per statement, no total score.",
        ),
        "group_respondents": (
            "{group}: {n} vastaajaa alussa ja lopussa",
            "{group}: {n} svarande i början och i slutet",
            "{group}: {n} people answered at the start and the end",
        ),
        "group_too_few": (
            "{group}: alle viisi vastaajaa alussa ja lopussa – tuloksia ei näytetä.",
            "{group}: färre än fem svarande i början och i slutet – inga resultat visas.",
            "{group}: fewer than five answered at the start and the end – no results shown.",
        ),
        "col_statement": ("Väittämä", "Påstående", "Statement"),
        "col_start": ("Alussa", "I början", "Start"),
        "col_end": ("Lopussa", "I slutet", "End"),
        "col_change": ("Muutos", "Förändring", "Change"),
        "col_n": ("n", "n", "n"),
        "col_distribution": (
            "Jakauma 1–5 alussa → lopussa",
            "Fördelning 1–5 i början → i slutet",
            "Distribution 1–5, start → end",
        ),
        "placeholder_warning": (
            "Väittämien tekstit ovat vielä paikkamerkkejä: syötä THL:n viralliset sanamuodot.",
            "Påståendena är ännu platshållare: ange THL:s officiella formuleringar.",
            "The statements are still placeholders: enter THL's official wording.",
        ),
        "no_projects": (
            "Kaudelle ei osu yhtään hanketta.",
            "Inga projekt under perioden.",
            "No project falls in the period.",
        ),
        "small": ("< 5", "< 5", "< 5"),
        "sheet_summary": ("Yhteenveto", "Sammandrag", "Summary"),
    },
    "participation_certificate": {
        "title": (
            "Todistus valmennukseen osallistumisesta",
            "Intyg över deltagande i coachning",
            "Certificate of participation in coaching",
        ),
        "body": (
            "{coop} ({bid_label} {bid}) todistaa, että <b>{name}</b> on osallistunut "
            "osuuskunnan järjestämään valmennukseen ajalla {start}–{end}.",
            "{coop} ({bid_label} {bid}) intygar att <b>{name}</b> har deltagit i coachning "
            "som andelslaget ordnat under tiden {start}–{end}.",
            "{coop} ({bid_label} {bid}) certifies that <b>{name}</b> took part in coaching "
            "arranged by the cooperative from {start} to {end}.",
        ),
        "participant": ("Osallistuja", "Deltagare", "Participant"),
        "period": ("Ajanjakso", "Period", "Period"),
        "sessions": ("Valmennuskertoja", "Coachningstillfällen", "Sessions attended"),
        "hours": ("Tunteja", "Timmar", "Hours"),
        "group_sessions": (
            "joista ryhmätapaamisia ja koulutuksia",
            "varav gruppträffar och utbildningar",
            "of which group meetings and training",
        ),
        "individual_sessions": (
            "joista yksilövalmennusta",
            "varav individuell coachning",
            "of which individual coaching",
        ),
        "topics": ("Käsitellyt aiheet", "Behandlade teman", "Topics covered"),
        "statement": ("Valmentajan lausunto", "Coachens utlåtande", "The facilitator's statement"),
        "individual_topic": ("Yksilövalmennus", "Individuell coachning", "Individual coaching"),
        "signer": ("Valmentaja", "Coach", "Facilitator"),
    },
}

TEXTS: dict[str, dict[str, dict[str, str]]] = {
    document: {key: dict(zip(LANGS, values, strict=True)) for key, values in keys.items()}
    for document, keys in _RAW.items()
}


def text(document: str, key: str, lang: str) -> str:
    return TEXTS[document][key][lang]

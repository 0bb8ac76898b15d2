"""Texts of the coaching documents (meeting sheet, personal plan) in fi, sv and en.

Kept beside the shared texts and added to them on import, so each area edits its own file.
"""

from __future__ import annotations

from .texts import LANGS, TEXTS

_RAW: dict[str, dict[str, tuple[str, str, str]]] = {
    "meeting_sheet": {
        "title": ("Viikkotapaaminen", "Veckomöte", "Weekly meeting"),
        "when": ("{date} klo {start}–{end}", "{date} kl. {start}–{end}", "{date}, {start}–{end}"),
        "group": ("Ryhmä", "Grupp", "Group"),
        "time": ("Aika", "Tid", "Time"),
        "place": ("Paikka", "Plats", "Place"),
        "facilitator": ("Ohjaaja", "Handledare", "Facilitator"),
        "topic": ("Aihe", "Tema", "Topic"),
        "agenda": ("Asialista", "Föredragningslista", "Agenda"),
        "carried": (
            "Edellisestä tapaamisesta avoimeksi jääneet",
            "Öppna punkter från förra mötet",
            "Left open at the last meeting",
        ),
        "work_plan": (
            "Viikon työvuorot",
            "Veckans arbetspass",
            "This week's work",
        ),
        "col_day": ("Päivä", "Dag", "Day"),
        "col_who": ("Kuka", "Vem", "Who"),
        "col_where": ("Missä", "Var", "Where"),
        "col_hours": ("Klo", "Kl.", "Time"),
        "col_where_when": ("Missä ja milloin", "Var och när", "Where and when"),
        "substitute_for": ("sijaisena: {name}", "vikarie för {name}", "substituting {name}"),
        "expected": ("Osallistujat", "Deltagare", "Participants"),
        "col_number": ("#", "#", "#"),
        "col_name": ("Nimi", "Namn", "Name"),
        "col_signature": ("Allekirjoitus", "Underskrift", "Signature"),
        "nobody": (
            "Ryhmässä ei ole ketään tänä päivänä.",
            "Ingen hör till gruppen denna dag.",
            "Nobody is in the group on this day.",
        ),
        "no_agenda": ("Asialistaa ei ole kirjattu.", "Ingen föredragningslista.", "No agenda yet."),
    },
    "coaching_plan": {
        "title": ("Oma suunnitelma", "Personlig plan", "Personal plan"),
        "printed": ("Tulostettu {date}", "Utskriven {date}", "Printed {date}"),
        "name": ("Nimi", "Namn", "Name"),
        "started": ("Suunnitelma aloitettu", "Planen påbörjad", "Plan started"),
        "step_now": ("Vaihe nyt", "Nuvarande steg", "Current step"),
        "next_review": ("Seuraava tarkistus", "Nästa uppföljning", "Next review"),
        "summary": ("Suunnitelman tiivistelmä", "Sammanfattning", "Summary"),
        "path": ("Polku", "Vägen framåt", "The path"),
        "col_since": ("Alkaen", "Från", "From"),
        "col_step": ("Vaihe", "Steg", "Step"),
        "col_note": ("Huomiot", "Anteckningar", "Notes"),
        "goals": ("Tavoitteet", "Mål", "Goals"),
        "col_goal": ("Tavoite", "Mål", "Goal"),
        "col_target": ("Tavoitepäivä", "Måldatum", "Target date"),
        "col_status": ("Tilanne", "Läge", "Status"),
        "col_review": ("Arvioinnit", "Uppföljning", "Review notes"),
        "sessions": ("Henkilökohtaiset ohjaukset", "Individuell coachning", "Individual coaching"),
        "col_date": ("Päivä", "Datum", "Date"),
        "col_topic": ("Aihe", "Tema", "Topic"),
        "col_minutes": ("Kesto", "Längd", "Length"),
        "minutes": ("{n} min", "{n} min", "{n} min"),
        "intake": (
            "Alkuhaastattelu {date}: sopiiko osuuskunta tilanteeseeni nyt?",
            "Inledande samtal {date}: passar andelslaget min situation nu?",
            "Intake {date}: does the cooperative suit my situation now?",
        ),
        "none": ("Ei kirjauksia.", "Inga anteckningar.", "Nothing recorded."),
        "no_plan": (
            "Suunnitelmaa ei ole vielä laadittu.",
            "Planen har ännu inte gjorts.",
            "The plan has not been made yet.",
        ),
        "confidential": (
            "Luottamuksellinen – henkilökohtainen kappale",
            "Konfidentiell – personligt exemplar",
            "Confidential – personal copy",
        ),
        "step_participation_work": ("Osallistava työ", "Deltagande arbete", "Participation work"),
        "step_supported_work": (
            "Valmennus ja tuettu työ",
            "Coachning och stött arbete",
            "Coaching and supported work",
        ),
        "step_paid_work": (
            "Palkkatyö osuuskunnassa",
            "Lönearbete i andelslaget",
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
        "goal_open": ("Avoin", "Öppet", "Open"),
        "goal_reached": ("Saavutettu {date}", "Uppnått {date}", "Reached {date}"),
        "goal_dropped": ("Luovuttu {date}", "Avstått {date}", "Dropped {date}"),
    },
}

TEXTS.update(
    {
        document: {key: dict(zip(LANGS, values, strict=True)) for key, values in keys.items()}
        for document, keys in _RAW.items()
    }
)

"""Realistic German demo data: people, firms, call notes, callbacks and referrals, stage
histories (``demo_journeys``), asks for a recommendation or a review, and the client's voice.

The same seed and the same "now" give the same data, so screenshots and benchmarks repeat.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from beziehung.core import demo_journeys
from beziehung.core.services.bulk import BulkBatch, BulkContact, BulkNote, BulkReminder
from beziehung.core.text import fold

GIVEN_NAMES = (
    "Jürgen Jörg Björn Sören Günther Uwe Klaus Stefan Thomas Andreas Michael Matthias Frank Peter "
    "Wolfgang Hans-Peter Karl-Heinz Lukas Jonas Felix Maximilian Niklas Tobias Florian Sebastian "
    "Mehmet Emre Paweł Anna Petra Sabine Claudia Andrea Susanne Birgit Gisela Käthe Jutta Ursula "
    "Monika Renate Heike Anja Katrin Julia Lena Lea Hannah Sophie Marie Charlotte Jülide Özlem "
    "Ayşe Agnieszka Małgorzata Françoise René Zoë Dörte Mareike Wiebke Frauke"
).split()

FAMILY_NAMES = (
    "Müller Müller Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
    "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger "
    "Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier "
    "Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung "
    "Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann "
    "Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger "
    "Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kühn Pohl "
    "Engel Horn Busch Bergmann Voigt Sauer Arnold Pfeiffer Öztürk Yılmaz Straßmann Nowak "
    "Kowalski Süßmuth Großkopf Dürr Löffler Brückner Näher Häußler"
).split()
PARTICLE_NAMES = ("von Bergen", "von der Heide", "zu Salm", "van Dijk", "de Vries")
TITLES = (None,) * 12 + ("Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing.")
CITIES = (
    "Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen "
    "Dresden Hannover Nürnberg Münster Würzburg Göttingen Lübeck Osnabrück Saarbrücken"
).split()
ORG_PATTERNS = (
    "{a} & {b} Rechtsanwälte",
    "{a} Steuerberatung GmbH",
    "Kanzlei {a}",
    "{a} Bau GmbH",
    "Stadtwerke {city}",
    "{a} & Söhne KG",
    "{city}er Versicherungsmakler",
    "Autohaus {a}",
    "{a} Immobilien",
    "Praxis Dr. {a}",
    "{a} Maschinenbau AG",
    "Bäckerei {a}",
    "{a} IT-Beratung",
    "Hotel {a}hof",
    "{city} Logistik GmbH",
)
ROLES = (
    "Geschäftsführer",
    "Geschäftsführerin",
    "Inhaber",
    "Inhaberin",
    "Prokurist",
    "Leiterin Finanzen",
    "Einkauf",
    "Personalleiterin",
    "Vorstand",
    None,
    None,
)
STAGE_WEIGHTS = (
    ("interessent", 25),
    ("kunde", 40),
    ("stammkunde", 20),
    ("empfehler", 10),
    ("ehemalig", 5),
)
TAGS = ("Mandant", "Privat", "Gewerbe", "Erbrecht", "Steuern", "Mietrecht", "VIP", "Netzwerk")
PREFERRED_TIMES = (
    "vormittags",
    "nach 17 Uhr",
    "nicht montags",
    "mittwochs nachmittags",
    "nur nach Terminabsprache",
    None,
)
ABOUT = (
    "Mag es kurz und direkt, lieber telefonisch als per E-Mail.",
    "Legt Wert auf schriftliche Zusammenfassungen nach jedem Gespräch.",
    "Hat zwei Kinder, Tochter studiert in {city}.",
    "Segelt in der Freizeit; im August meist nicht erreichbar.",
    "Kam über eine Empfehlung, erwartet schnelle Rückmeldung.",
    "Skeptisch bei neuen Themen, braucht Zeit für Entscheidungen.",
    "Duzt sich mit uns seit dem Sommerfest.",
    "",
)
TOPICS = (
    "Jahresabschluss",
    "Nachfolgeregelung im Familienbetrieb",
    "Verlängerung des Mietvertrags",
    "Erbschaftsangelegenheit",
    "Arbeitsvertrag eines neuen Mitarbeiters",
    "Finanzierung der neuen Halle",
    "Förderantrag bei der KfW",
    "Umsatzsteuervoranmeldung",
    "Datenschutz auf der Website",
    "Gesellschaftsvertrag",
    "Lieferantenstreit",
    "Betriebsprüfung",
    "Testament und Vorsorgevollmacht",
    "Kündigung eines Gewerbemietvertrags",
)
SAID = (
    "{name} ist mit dem bisherigen Verlauf zufrieden, hat aber Sorge wegen der Fristen.",
    "{name} hat nachgefragt, ob wir die Unterlagen bis Monatsende prüfen können.",
    "{name} klang gestresst; der Termin beim Finanzamt wurde vorgezogen.",
    "{name} möchte die Angelegenheit diesmal ohne Gericht lösen.",
    "{name} hat uns einem Geschäftspartner weiterempfohlen und fragt nach einem Kennenlernen.",
    "{name} wünscht sich mehr Übersicht über die laufenden Kosten.",
    "{name} hat die Lieferung der Unterlagen für nächste Woche zugesagt.",
    "{name} ist unsicher, ob die Änderung wirklich nötig ist, und möchte Alternativen hören.",
    "{name} bedankt sich für die schnelle Hilfe beim letzten Mal.",
)
NEXT_STEPS = (
    "Entwurf bis Freitag schicken.",
    "Rückruf nach Eingang der Unterlagen.",
    "Termin in der Kanzlei vereinbaren.",
    "Angebot überarbeiten und erneut zusenden.",
    "Kurz per E-Mail zusammenfassen.",
    "Mit Steuerberater abstimmen und zurückmelden.",
    "Nichts weiter, Thema erledigt.",
)
OUTCOMES = (
    "Einigung erzielt.",
    "Offene Fragen geklärt.",
    "Entscheidung vertagt.",
    "Zusage erhalten.",
    "Unterlagen fehlen noch.",
    "",
)
CHANNELS = (
    ("phone", 55),
    ("meeting", 15),
    ("video", 10),
    ("email", 12),
    ("message", 5),
    ("letter", 2),
    ("social", 1),
)
REASONS = (
    "Rückruf wie vereinbart",
    "Nachfassen zum Angebot",
    "Unterlagen angefordert, nachfragen",
    "Termin für Jahresgespräch abstimmen",
    "Frist prüfen und Mandant informieren",
    "Zum Geburtstag gratulieren",
)
# What a client said that the notebook keeps apart: (kind, weight, what the note says).
VOICES = (
    ("wish", 35, "Wunsch: {name} hätte gern einen festen Ansprechpartner für Rückfragen."),
    ("idea", 20, "Idee von {name}: die Unterlagen künftig über ein Online-Postfach austauschen."),
    ("praise", 30, "Lob: {name} ist sehr zufrieden mit der schnellen Bearbeitung."),
    ("complaint", 15, "Beschwerde: {name} ärgert sich über die späte Rechnung."),
)
ASKS = (
    ("recommendation", 70, "Um eine Empfehlung gebeten."),
    ("review", 30, "Um eine Bewertung im Netz gebeten."),
)
ASK_ANSWERS = (("yes", 50), ("no", 25), ("open", 25))
# The complaints still open are from the last weeks.
OPEN_COMPLAINT_DAYS = 30


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _email(given: str, family: str, domain: str) -> str:
    local = f"{given}.{family}".casefold()
    for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), (" ", "-")):
        local = local.replace(src, dst)
    return "".join(ch for ch in local if ch.isascii()) + "@" + domain


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"0{rng.choice((151, 160, 170, 171, 172, 176))} {rng.randint(1000000, 9999999)}"
    area = rng.choice(("30", "40", "89", "221", "69", "711", "211", "341"))
    return f"+49 {area} {rng.randint(100000, 9999999)}"


def build(now: datetime, contacts: int = 200, notes: int = 2000, seed: int = 1) -> BulkBatch:
    """A batch of demo data; notes are generated lazily as the batch is written."""
    rng = random.Random(seed)
    org_count = max(1, contacts // 4)
    organisations = []
    for _ in range(org_count):
        pattern = rng.choice(ORG_PATTERNS)
        organisations.append(
            pattern.format(
                a=rng.choice(FAMILY_NAMES), b=rng.choice(FAMILY_NAMES), city=rng.choice(CITIES)
            )
        )
    people = []
    for _ in range(contacts):
        given = rng.choice(GIVEN_NAMES)
        family = rng.choice(PARTICLE_NAMES) if rng.random() < 0.02 else rng.choice(FAMILY_NAMES)
        org = rng.randrange(org_count) if rng.random() < 0.8 else None
        if org is not None:
            domain = (fold(organisations[org].split()[0]).replace(" ", "") or "firma") + ".de"
        else:
            domain = rng.choice(("web.de", "gmx.de", "t-online.de", "posteo.de"))
        people.append(
            BulkContact(
                given_name=given,
                family_name=family,
                title=rng.choice(TITLES),
                salutation=None,
                organisation=org,
                role=rng.choice(ROLES) if org is not None else None,
                birthday=(
                    date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
                    if rng.random() < 0.6
                    else None
                ),
                about=rng.choice(ABOUT).format(city=rng.choice(CITIES)),
                preferred_channel=rng.choice(("phone", "email", "meeting", None)),
                preferred_time=rng.choice(PREFERRED_TIMES),
                stage=_weighted(rng, STAGE_WEIGHTS),
                cadence_days=rng.choice((None, None, 30, 60, 90, 180)),
                emails=[_email(given, family, domain)] if rng.random() < 0.9 else [],
                phones=[_phone(rng) for _ in range(rng.choice((0, 1, 1, 1, 2)))],
                tags=rng.sample(TAGS, rng.choice((0, 1, 1, 2))),
                created_at=now - timedelta(days=rng.randint(30, 1500)),
            )
        )
    reminders = []
    for index in range(0, contacts, 12):
        day = now + timedelta(days=rng.randint(-3, 21))
        # Business hours in Germany (07:00 to 16:45 UTC is 08:00 to 17:45 in winter).
        due = day.replace(
            hour=rng.randint(7, 16), minute=rng.choice((0, 15, 30, 45)), second=0, microsecond=0
        )
        reminders.append(
            BulkReminder(
                contact=index,
                due_at=due,
                reason=rng.choice(REASONS),
                created_at=min(now, due) - timedelta(days=rng.randint(1, 20)),
            )
        )
    journeys = random.Random(seed + 2)
    found = demo_journeys.referrals(journeys, people, now)
    for person in people:
        created = person.created_at or now
        person.steps = demo_journeys.stage_steps(journeys, person.stage, created, now)
    return BulkBatch(
        organisations=organisations,
        contacts=people,
        notes=_notes(random.Random(seed + 1), random.Random(seed + 3), people, notes, now),
        note_count=notes,
        reminders=reminders,
        referrals=found,
    )


def _business_time(rng: random.Random, now: datetime, days: int = 3 * 365) -> datetime:
    """A moment of the last ``days`` on a working day between 08:00 and 18:00 German time."""
    while True:
        day = now - timedelta(days=rng.randint(0, days))
        moment = day.replace(
            hour=rng.randint(7, 16), minute=rng.randint(0, 59), second=0, microsecond=0
        )
        if moment.weekday() < 5 and moment < now:
            return moment


def _notes(
    rng: random.Random,
    extra: random.Random,
    people: list[BulkContact],
    count: int,
    now: datetime,
) -> Iterator[BulkNote]:
    if not people:
        return
    beyond = _BeyondTheTalk(extra, people, now, open_complaints=max(3, count // 20_000))
    for _ in range(count):
        index = rng.randrange(len(people))
        person = people[index]
        channel = _weighted(rng, CHANNELS)
        topic = rng.choice(TOPICS)
        name = person.given_name if rng.random() < 0.3 else f"{person.family_name}"
        said = rng.choice(SAID).format(name=name)
        body = (
            f"{'Anruf' if channel == 'phone' else 'Gespräch'} wegen {topic}. {said} "
            f"{rng.choice(SAID).format(name='Sie' if rng.random() < 0.5 else 'Er')} "
            f"Wir haben die nächsten Schritte besprochen."
        )
        note = BulkNote(
            contact=index,
            occurred_at=_business_time(rng, now),
            body=body,
            channel=channel,
            direction="in" if rng.random() < 0.35 else "out",
            duration_minutes=rng.randint(2, 60)
            if channel in ("phone", "meeting", "video")
            else None,
            subject=topic,
            outcome=rng.choice(OUTCOMES),
            next_step=rng.choice(NEXT_STEPS),
        )
        beyond.add(note, person)
        yield note


class _BeyondTheTalk:
    """What a note records beyond the conversation (the client's voice, an ask, colleagues
    who took part), drawn from a generator of its own so that the conversations stay the
    same when this changes."""

    def __init__(
        self, rng: random.Random, people: list[BulkContact], now: datetime, open_complaints: int
    ) -> None:
        self.rng = rng
        self.now = now
        # The first complaints drawn are recent and still unanswered; all later ones were
        # answered, so that a few (not thousands) wait on the Today page.
        self.open_left = open_complaints
        self.colleagues: dict[int, list[int]] = {}
        for index, person in enumerate(people):
            if person.organisation is not None:
                self.colleagues.setdefault(person.organisation, []).append(index)

    def add(self, note: BulkNote, person: BulkContact) -> None:
        rng = self.rng
        draw = rng.random()
        if draw < 0.03:
            kind = rng.choices([v[0] for v in VOICES], weights=[v[1] for v in VOICES])[0]
            note.voice = kind
            note.body += " " + next(v[2] for v in VOICES if v[0] == kind).format(
                name=person.family_name
            )
            if kind == "complaint" and self.open_left > 0:
                self.open_left -= 1
                note.occurred_at = _business_time(rng, self.now, days=OPEN_COMPLAINT_DAYS)
            else:
                answered = note.occurred_at + timedelta(days=rng.randint(1, 10))
                note.voice_answered_at = min(self.now, answered)
        elif draw < 0.05 and person.stage != "interessent":
            kind = rng.choices([a[0] for a in ASKS], weights=[a[1] for a in ASKS])[0]
            note.ask_kind = kind
            note.ask_answer = _weighted(rng, ASK_ANSWERS)
            note.body += " " + next(a[2] for a in ASKS if a[0] == kind)
        if note.channel in ("meeting", "video") and person.organisation is not None:
            team = self.colleagues[person.organisation]
            if len(team) > 1 and rng.random() < 0.1:
                others = [i for i in team if i != note.contact]
                note.participants = rng.sample(others, min(len(others), rng.randint(1, 2)))

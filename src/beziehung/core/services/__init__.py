"""Use cases: the only way data changes. Each call is one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from sqlalchemy import Engine

from beziehung.clock import Clock
from beziehung.core import search
from beziehung.core.services.agenda import AgendaService
from beziehung.core.services.archive import ArchiveService
from beziehung.core.services.asks import AskService
from beziehung.core.services.attention import AttentionService
from beziehung.core.services.base import LOCAL_LOGIN, Context
from beziehung.core.services.bulk import BulkService
from beziehung.core.services.contacts import ContactService
from beziehung.core.services.custom_fields import CustomFieldService
from beziehung.core.services.funnel import StageService
from beziehung.core.services.history import HistoryService
from beziehung.core.services.importing import ImportService
from beziehung.core.services.insight import InsightService
from beziehung.core.services.listing import ContactListing
from beziehung.core.services.merge import MergeService
from beziehung.core.services.network import NetworkService
from beziehung.core.services.notes import NoteService
from beziehung.core.services.organisations import OrganisationService
from beziehung.core.services.privacy import PrivacyService
from beziehung.core.services.referrals import ReferralService
from beziehung.core.services.relations import RelationService
from beziehung.core.services.reminders import ReminderService
from beziehung.core.services.settings import SettingsService
from beziehung.core.services.tags import TagService
from beziehung.core.services.undo import UndoService
from beziehung.core.services.users import UserService
from beziehung.core.services.voice import VoiceService


class SearchService:
    def __init__(self, context: Context) -> None:
        self.context = context

    def search(self, query: str, limit: int = 50) -> list[search.SearchHit]:
        """Contacts first, then conversation notes, newest first."""
        with self.context.engine.connect() as conn:
            return search.search(conn, query, limit)


@dataclass(frozen=True)
class Services:
    context: Context
    contacts: ContactService
    notes: NoteService
    reminders: ReminderService
    referrals: ReferralService
    bulk: BulkService
    search: SearchService
    listing: ContactListing
    merge: MergeService
    organisations: OrganisationService
    settings: SettingsService
    agenda: AgendaService
    history: HistoryService
    importing: ImportService
    archive: ArchiveService
    privacy: PrivacyService
    undo: UndoService
    network: NetworkService
    stages: StageService
    attention: AttentionService
    tags: TagService
    users: UserService
    insight: InsightService
    relations: RelationService
    fields: CustomFieldService
    asks: AskService
    voice: VoiceService

    @classmethod
    def build(
        cls,
        engine: Engine,
        clock: Clock,
        tz: tzinfo | None = None,
        *,
        user_login: str = LOCAL_LOGIN,
    ) -> Services:
        """Every service on one context; ``user_login`` is who makes the changes."""
        context = Context(engine, clock, tz, user_login=user_login)
        settings = SettingsService(context)
        network = NetworkService(context)
        stages = StageService(context)
        voice = VoiceService(context)
        asks = AskService(context)
        return cls(
            context=context,
            contacts=ContactService(context),
            notes=NoteService(context),
            reminders=ReminderService(context),
            referrals=ReferralService(context),
            bulk=BulkService(context),
            search=SearchService(context),
            listing=ContactListing(context),
            merge=MergeService(context),
            organisations=OrganisationService(context),
            settings=settings,
            agenda=AgendaService(context, settings),
            history=HistoryService(context),
            importing=ImportService(context),
            archive=ArchiveService(context),
            privacy=PrivacyService(context),
            undo=UndoService(context),
            network=network,
            stages=stages,
            attention=AttentionService(context, settings),
            tags=TagService(context),
            users=UserService(context),
            insight=InsightService(context, stages, network, voice, asks),
            relations=RelationService(context),
            fields=CustomFieldService(context),
            asks=asks,
            voice=voice,
        )

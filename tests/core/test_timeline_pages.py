"""The timeline's note pages: together they are the notes ``ContactService.get`` reads."""

from datetime import timedelta

from beziehung.core.services.inputs import ContactInput, NoteInput


def _contact(services, name: str) -> int:
    return services.contacts.create(ContactInput(name=name))


def test_pages_continue_without_gap_or_repeat_even_across_equal_times(services, clock):
    anna = _contact(services, "Anna Alt")
    ben = _contact(services, "Ben Berg")
    start = clock.now() - timedelta(days=400)
    for i in range(23):
        # Pairs of notes at the same minute, some of them across page boundaries.
        services.notes.log(
            NoteInput(
                contact_id=ben if i % 4 == 0 else anna,
                with_contacts=[anna] if i % 4 == 0 else [],
                body=f"Notiz {i}",
                occurred_at=start + timedelta(hours=i // 2),
            )
        )
    expected = services.contacts.get(anna).notes
    pages = [services.contacts.note_page(anna, None, 5)]
    while pages[-1].more:
        pages.append(services.contacts.note_page(anna, pages[-1].last, 5))
    paged = [n for page in pages for n in page.notes]
    assert paged == expected
    assert [len(p.notes) for p in pages] == [5, 5, 5, 5, 3]
    assert any(n.participants for n in paged)


def test_a_page_as_long_as_all_notes_says_nothing_more(services, clock):
    anna = _contact(services, "Anna Alt")
    for i in range(3):
        services.notes.log(NoteInput(contact_id=anna, body=f"Notiz {i}"))
    page = services.contacts.note_page(anna, None, 3)
    assert len(page.notes) == 3
    assert not page.more
    assert services.contacts.note_page(anna, page.last, 3).notes == []


def test_last_ask_is_the_newest_own_note_that_asked(services, clock):
    anna = _contact(services, "Anna Alt")
    ben = _contact(services, "Ben Berg")
    assert services.contacts.last_ask(anna) is None
    base = clock.now() - timedelta(days=10)
    older = services.notes.log(
        NoteInput(contact_id=anna, body="a", ask_kind="review", ask_answer="yes", occurred_at=base)
    )
    services.notes.log(
        NoteInput(
            contact_id=ben,
            with_contacts=[anna],
            body="b",
            ask_kind="recommendation",
            occurred_at=base + timedelta(days=1),
        )
    )
    services.notes.log(NoteInput(contact_id=anna, body="ohne", occurred_at=base + timedelta(2)))
    asked = services.contacts.last_ask(anna)
    assert asked is not None
    assert (asked.id, asked.ask_kind, asked.ask_answer) == (older.id, "review", "yes")

from beziehung.core.text import (
    fold,
    fts_query,
    index_text,
    matches_word_starts,
    snippet,
    word_forms,
)


def test_umlauts_are_indexed_transcribed_and_plain():
    assert word_forms("Müller") == ("mueller", "muller")
    assert word_forms("Straßmann") == ("strassmann",)
    assert word_forms("Öztürk") == ("oeztuerk", "ozturk")
    assert index_text("Jürgen Müller") == "juergen jurgen mueller muller"


def test_fold_uses_the_transcribed_form():
    assert fold("Dr. Jürgen  Müller") == "dr juergen mueller"


def test_user_text_is_never_fts_syntax():
    assert fts_query('foo" OR bar*') == '"foo" AND "or" AND "bar"*'
    assert fts_query("NEAR(a b)") == '"near" AND "a" AND "b"*'
    assert fts_query("  -- ") is None


def test_only_the_last_word_is_a_prefix():
    assert fts_query("Jürgen Mül") == '("juergen" OR "jurgen") AND ("muel"* OR "mul"*)'


def test_word_starts_in_any_order():
    assert matches_word_starts("jür mü", "Jürgen Müller")
    assert matches_word_starts("mueller", "Jürgen Müller")
    assert not matches_word_starts("ller", "Jürgen Müller")
    assert matches_word_starts("müller jürgen", "Jürgen Müller")
    assert not matches_word_starts("jürgen jürgen", "Jürgen Müller")
    assert matches_word_starts("j ju", "Julia Jo")
    assert not matches_word_starts("", "Jürgen Müller")


def test_snippet_centres_on_the_match():
    text = "Anfang " + "füllwort " * 40 + "Straßmann hat angerufen " + "ende " * 40
    excerpt = snippet(text, "strassmann", width=60)
    assert "Straßmann hat angerufen" in excerpt
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert len(excerpt) <= 62
    assert snippet("kurz", "x") == "kurz"


def test_snippet_starts_at_a_word():
    text = "Jahresabschluss · " + "Anruf wegen Betriebsprüfung. " * 6 + "Straßmann dankt."
    excerpt = snippet(text, "straßmann", width=50)
    assert excerpt[1].isalnum(), excerpt

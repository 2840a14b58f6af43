"""The scenario schema: mini.yaml lands in the dataclasses, and small edits of it fail right.

The edit table changes one spot of mini.yaml and expects exactly one problem, at the
place of a marker text in the edited file, with a key phrase of its message.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from game.content import ContentError, load_scenario
from game.core.scenario import Delayed, Slot, Text

MINI = Path(__file__).parent / "content" / "good" / "mini.yaml"


@pytest.fixture(scope="module")
def mini():
    return load_scenario(str(MINI))


# -- mini.yaml, loaded ------------------------------------------------------------------

def test_top_level(mini):
    assert mini.id == "mini"
    assert mini.path == str(MINI)
    assert mini.languages == ("en", "de")
    assert mini.title == Text({"en": "Harmony Mini", "de": "Harmony Mini"})
    assert (mini.score_min, mini.score_max) == (350, 950)
    assert mini.credits.get("de") == "Für einen Workshop gemacht."


def test_points_system(mini):
    assert [d.id for d in mini.dimensions] == ["reliability", "conduct", "network"]
    network = mini.dimension("network")
    assert (network.weight, network.start, network.visible) == (1, 40, False)
    assert mini.dimension("conduct").weight == 1.5
    assert [(t.id, t.min) for t in mini.tiers] == [
        ("watch", 350), ("citizen", 550), ("trusted", 750)]
    assert mini.tier("watch").bans == ("no_travel",) and mini.tier("watch").perks == ()
    assert mini.tier("trusted").perks == ("fast_lane",)
    assert mini.perks["fast_lane"].name.get("de") == "Überholspur"
    assert mini.bans["no_travel"].days == 30
    assert mini.partners["insurer"].kind == "insurance"
    assert list(mini.categories) == ["payments", "street", "social"]


def test_lengths_and_overnight(mini):
    assert (mini.lengths["kiosk"].days, mini.lengths["kiosk"].cards_per_day) == (2, 2)
    assert (mini.lengths["workshop"].days, mini.lengths["workshop"].cards_per_day) == (3, 2)
    assert mini.overnight.dimensions == ("network",)
    assert (mini.overnight.low, mini.overnight.high) == (-2, 1)


def test_onboarding(mini):
    assert [c.id for c in mini.onboarding] == ["contacts", "location"]
    contacts = mini.onboarding[0]
    assert contacts.kind == "choice"
    accept = contacts.option("accept")
    assert accept.effects == {"network": 5}
    assert (accept.data, accept.shares) == (40, ("bank",))
    assert (accept.tags, accept.claims) == (("shared_contacts",), ("A2",))
    decline = contacts.option("decline")
    assert decline.reason is None and decline.outcome is None and decline.data == 0


def test_cards(mini):
    assert [c.id for c in mini.cards] == [
        "coffee", "jaywalk", "train", "clinic", "neighbour", "new_rules"]
    coffee = mini.card("coffee")
    assert coffee.lengths == ("kiosk", "workshop") and coffee.at == {}
    assert coffee.option("app").outcome.get("de") == "Bezahlt. Danke!"
    assert coffee.option("app").shares == ("bank", "insurer")
    assert mini.card("train").option("buy").blocked_by_ban == "no_travel"
    assert mini.card("clinic").option("fast_lane").requires_perk == ("fast_lane",)
    assert mini.card("clinic").option("leave").leaves is True
    assert mini.card("neighbour").option("report").effects == {"conduct": 3, "network": -1}


def test_scheduled_card_with_impact_and_delayed_option(mini):
    jaywalk = mini.card("jaywalk")
    assert jaywalk.at == {"kiosk": Slot(1, 1), "workshop": Slot(1, None)}
    assert jaywalk.impact.effects == {"conduct": -4}
    assert jaywalk.impact.reason.get("en") == "Traffic offence"
    assert jaywalk.impact.data == 3
    assert (jaywalk.impact.shares, jaywalk.impact.claims) == (("insurer",), ("A5",))
    rejected = Text({"en": "Your appeal was rejected.", "de": "Dein Einspruch wurde abgelehnt."})
    assert jaywalk.option("appeal").delayed == Delayed(2, {"conduct": -3}, rejected)
    assert jaywalk.punishment == "machine_error" and jaywalk.option("appeal").refuses
    assert mini.card("coffee").punishment is None and mini.card("coffee").option("cash").refuses


def test_rules_card(mini):
    rules = mini.card("new_rules")
    assert rules.kind == "rules" and rules.lengths == ("workshop",)
    assert rules.at == {"workshop": Slot(3, 2)}
    assert [(r.tag, r.effects) for r in rules.rules] == [("cashless", {"reliability": 1})]


def test_debrief_content(mini):
    assert mini.facts["camera_fines"].tag == "exaggerated"
    # One string stands for every language; a source can also be a Text of its own.
    assert mini.facts["credit_scores"].source.by_lang == {"en": "Consumer report, 2023",
                                                          "de": "Consumer report, 2023"}
    assert [(m.claim, m.facts) for m in mini.mechanics] == [("A1", ("credit_scores",)), ("A5", ())]
    assert [p.when for p in mini.prompts] == ["always"] * 3


def test_path_is_kept_as_given(tmp_path):
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(MINI.read_bytes())
    assert load_scenario(copy).path == str(copy)


# -- one edit of mini.yaml, one problem -----------------------------------------------------

CREDITS = 'credits: {en: "Made for a workshop.", de: "Für einen Workshop gemacht."}'
EDITS = [
    # (name, old text, new text, marker: its first occurrence from the new text on is the
    # spot of the problem, phrase of the message)
    ("unquoted_no_language", "languages: [en, de]", "languages: [en, no]", "no]",
     "expected a string, got a boolean (quote yes/no/on/off"),
    ("text_as_plain_string", CREDITS, "credits: Made for a workshop.", "Made for",
     "expected a Text"),
    ("infinite_weight", "weight: 1.5", "weight: .inf", ".inf", "greater than 0"),
    ("zero_weight", "weight: 1.5", "weight: 0", "0\n", "greater than 0"),
    ("leaves_as_string", "leaves: true", 'leaves: "yes"', '"yes"', "expected true or false"),
    ("delayed_days", "days: 2\n", "days: 0\n", "0\n", "must be between 1 and 14, got 0"),
    ("data_negative", "data: 40", "data: -1", "-1", "must be between 0 and 500"),
    ("unknown_length", "lengths: [workshop]", "lengths: [workshop, cinema]", "cinema",
     "unknown length 'cinema'"),
    ("duplicate_claim", "claim: A5", "claim: A1", "A1\n    name: {en: \"Automatic",
     "duplicate mechanic claim 'A1'"),
    ("unknown_ban_in_tier", "bans: [no_travel]", "bans: [no_trip]", "no_trip",
     "unknown ban 'no_trip'"),
    ("unknown_rule_tag", "tag: cashless", "tag: cashfree", "cashfree", "unknown tag 'cashfree'"),
    ("dead_end", '      - id: buy\n        label: {en: "Buy the ticket", de: "Ticket kaufen"}\n'
     '        effects: {reliability: 1}\n        blocked_by_ban: no_travel\n'
     '      - id: stay\n        label: {en: "Stay home", de: "Zu Hause bleiben"}\n'
     '        effects: {network: -2}\n',
     '      - id: buy\n        label: {en: "Buy the ticket", de: "Ticket kaufen"}\n'
     '        effects: {reliability: 1}\n        blocked_by_ban: no_travel\n'
     '      - id: stay\n        label: {en: "Stay home", de: "Zu Hause bleiben"}\n'
     '        effects: {network: -2}\n        requires_perk: fast_lane\n',
     "- id: buy", "give at least one option none of these"),
    ("no_kiosk_onboarding", "onboarding:\n  - id: contacts\n",
     "onboarding:\n  - id: contacts\n    lengths: [workshop]\n", "- id: contacts",
     "no onboarding card for the kiosk length"),
    ("engine_claim", "claims: [A15]", "claims: [A4]", "A4]",
     "A4 is recorded by the game itself"),
    ("onboarding_unknown_length", "    lengths: [workshop]\n    category: street",
     "    lengths: [workshop, museum]\n    category: street", "museum",
     "unknown length 'museum'"),
    ("score_reversed", "score: {min: 350, max: 950}", "score: {min: 350, max: 300}", "300",
     "must be greater than min (350)"),
    ("format_2", "format: 1", "format: 2", "2", "unsupported format 2"),
    ("partner_kind_not_a_word", "kind: insurance", "kind: Insurance Co", "Insurance",
     "not a valid id"),
    ("too_many_options", "      - id: fast_lane\n",
     '      - id: extra\n        label: {en: "x", de: "x"}\n        effects: {}\n'
     '      - id: extra2\n        label: {en: "y", de: "y"}\n        effects: {}\n'
     "      - id: fast_lane\n", "- id: extra", "needs between 1 and 4 entries, has 5"),
    ("top_level_unknown_key", "format: 1", "format: 1\nauthor: someone", "author",
     "unknown key 'author'; allowed: format, id, title"),
    ("language_code", "languages: [en, de]", "languages: [en, German]", "German",
     "'German' is not a language code"),
    ("scorer_start_outside_range", "    start: 50\n    reads:", "    start: 500\n    reads:",
     "500", "must be between 0 and 100, got 500"),
    ("scorer_weight_not_a_number", "tags: {cashless: 5}", "tags: {cashless: lots}", "lots",
     "expected a number"),
    ("scorer_unknown_partner", "partners: {bank: 2}", "partners: {bnak: 2}", "bnak",
     "unknown partner 'bnak'"),
    ("scorer_first_band", "      - {min: 0, label: {en: \"Risky\"",
     "      - {min: 10, label: {en: \"Risky\"", "10,", "the first band must start at"),
    ("scorer_bands_order", "{min: 60, label: {en: \"Safe\"", "{min: 0, label: {en: \"Safe\"",
     "0, label", "bands must be in ascending order"),
    ("scorer_unknown_fact", "    fact: camera_fines", "    fact: camera_fine", "camera_fine",
     "unknown fact 'camera_fine'"),
    ("epilogue_unknown_tag", "    - tag: reported\n", "    - tag: reporter\n", "reporter",
     "unknown tag 'reporter'"),
    ("agency_unknown_cause", "drop: {causes: [choice], sign: loss}",
     "drop: {causes: [choices], sign: loss}", "choices", "unknown cause 'choices'"),
    ("agency_drop_everything", "drop: {unexplained: true}", "drop: {}", "{}",
     "would drop every change"),
    ("agency_sign", "sign: loss}", "sign: losses}", "losses", "unknown sign 'losses'"),
    ("refusal_fined", "        effects: {}\n        refuses: true\n  - id: jaywalk",
     "        effects: {reliability: -2}\n        refuses: true\n  - id: jaywalk", "{reliability",
     "a refusing option may earn less, not lose points (reliability -2)"),
    ("impact_fined_without_punishment", "  - id: train\n    category: payments\n",
     "  - id: train\n    category: payments\n    impact: {effects: {network: -2}}\n",
     "{network: -2}}",
     "a card's appearance may not cost points (network -2)"),
    ("unknown_punishment", "punishment: machine_error", "punishment: fine", "fine",
     "unknown punishment 'fine'"),
    ("claims_on_card", "    options:\n      - id: pay_fine",
     "    claims: [A5]\n    options:\n      - id: pay_fine", "[A5]\n    options",
     "a card's claims would count the moment it appears"),
]


@pytest.mark.parametrize("name,old,new,marker,phrase", EDITS, ids=[e[0] for e in EDITS])
def test_one_edit_one_problem(tmp_path, name, old, new, marker, phrase):
    text = MINI.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{name}: {old!r} is not in mini.yaml"
    edited = text.replace(old, new, 1)
    path = tmp_path / f"{name}.yaml"
    path.write_text(edited, encoding="utf-8")
    index = edited.index(marker, edited.index(new))
    line = edited.count("\n", 0, index) + 1
    col = index - (edited.rfind("\n", 0, index) + 1) + 1
    with pytest.raises(ContentError) as caught:
        load_scenario(path)
    problems = caught.value.problems
    assert [(p.line, p.col) for p in problems] == [(line, col)], [str(p) for p in problems]
    assert phrase in problems[0].message


def test_problems_come_sorted_by_position(tmp_path):
    text = MINI.read_text(encoding="utf-8")
    # The reference problem (found last) sits before the type problem in the file.
    text = text.replace("effects: {network: 5}", "effects: {netwerk: 5}")
    text = text.replace("data: 60", "data: lots")
    path = tmp_path / "two.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_scenario(path)
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 2
    assert "unknown dimension 'netwerk'" in messages[0] and "got a string" in messages[1]


def test_a_source_can_be_given_in_every_language(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(MINI.read_text(encoding="utf-8").replace(
        'source: "Consumer report, 2023"',
        'source: {en: "Consumer report, 2023", de: "Verbraucherbericht, 2023"}'),
        encoding="utf-8")
    source = load_scenario(path).facts["credit_scores"].source
    assert source.get("de") == "Verbraucherbericht, 2023"

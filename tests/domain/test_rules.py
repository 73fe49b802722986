"""The rules files: loaded, cited, versioned, and refused with file and key when broken."""

import shutil

import pytest

from consult.domain.errors import RulesError
from consult.domain.rules import load_rules

SCAR_TYPES = {
    "macular_erythematous": ("A-a", None, 1),
    "macular_pigmented": ("A-a", None, 1),
    "macular_hypopigmented": ("A-a", None, 1),
    "rolling_mild": ("A-b", "m_shaped", 2),
    "rolling_moderate": ("B-a", "m_shaped", 3),
    "boxcar_shallow": ("B-b", "u_shaped", 3),
    "atrophic_broad_shallow": ("B-c", "m_shaped", 3),
    "boxcar_deep": ("C-a", "u_shaped", 4),
    "icepick": ("C-b", "v_shaped", 4),
    "linear_trough": ("C-c", None, 4),
    "atrophic_broad_deep": ("C-d", "m_shaped", 4),
    "papular": ("D-a", None, 2),
    "hypertrophic_keloid": ("D-b", "hypertrophic_under_2_years", 4),
    "elastolysis": (None, "elastolysis", 2),
    "bridge_tunnel": (None, None, 4),
}
# Scored and referred, never needled nor graded from (DECISIONS.md 7.7, 7.14).
NOT_NEEDLED = {"papular", "hypertrophic_keloid", "bridge_tunnel"}
ZONES = {
    "forehead": (0.5, 0.75),
    "temple_left": (0.5, 0.75),
    "temple_right": (0.5, 0.75),
    "nose": (0.25, 0.5),
    "perioral": (0.25, 0.75),
    "cheek_left": (1.0, 1.5),
    "cheek_right": (1.0, 1.5),
    "chin": (1.0, 1.5),
    "jaw_left": (1.0, 1.5),
    "jaw_right": (1.0, 1.5),
}


def test_scar_types_match_decisions_table(rules):
    found = {s.id: (s.gb_row, s.ecca_item, s.typical_grade) for s in rules.scar_types.values()}
    assert found == SCAR_TYPES
    assert rules.scar_types["hypertrophic_keloid"].by_area
    assert {s.id for s in rules.scar_types.values() if not s.drives_plan} == NOT_NEEDLED


def test_zones_and_depth_ranges_match_decisions_table(rules):
    found = {z.id: (z.depth_low_mm, z.depth_high_mm) for z in rules.zones.values()}
    assert found == ZONES
    accepted = {z.id: z.depth_accepted_max_mm for z in rules.zones.values()}
    assert accepted == {**dict.fromkeys(ZONES), "cheek_left": 2.0, "cheek_right": 2.0}
    assert rules.plan.depth.step_mm == 0.25


def test_ecca_weights(rules):
    weights = {item.id: item.weight for item in rules.ecca.items}
    assert weights == {
        "v_shaped": 15,
        "u_shaped": 20,
        "m_shaped": 25,
        "elastolysis": 10,
        "hypertrophic_under_2_years": 50,
        "hypertrophic_2_years_or_more": 60,
    }


def test_every_cited_source_exists_and_carries_an_evidence_tag(rules):
    assert rules.version
    for source in rules.sources.values():
        assert source.citation and source.evidence in {"V", "S", "M", "D"}


@pytest.fixture
def broken_rules(tmp_path, rules_dir):
    """A writable copy of the rules and a function to edit one file in it."""
    copy = tmp_path / "rules"
    shutil.copytree(rules_dir, copy)

    def edit(name, old, new):
        path = copy / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return copy

    return edit


BROKEN = [
    ("plan.toml", "sessions_max = 8", 'sessions_max = "eight"', "grade[3].sessions_max"),
    (
        "plan.toml",
        "sessions_suggested = 6",
        "sessions_suggested = 9",
        "grade[3].sessions_suggested",
    ),
    ("scores.toml", "maximum = 84", "maximum = 85", "goodman_baron.maximum"),
    ("scores.toml", "weight = 60", "weight = 61", "ecca.maximum"),
    ("scar_types.toml", 'gb_row = "C-b"', 'gb_row = "C-x"', "scar_type[8].gb_row"),
    ("zones.toml", 'source = "drpen_depth_chart"', 'source = "nowhere"', "zone[0].source"),
    (
        "zones.toml",
        "depth_low_mm = 0.25\ndepth_high_mm = 0.5",
        "depth_low_mm = 0.75\ndepth_high_mm = 0.5",
        "zone[3].depth_high_mm",
    ),
    ("screening.toml", 'level = "block"', 'level = "maybe"', "item[0].level"),
    ("screening.toml", "window_months = 6\n", "", "item[17].window_months"),
    (
        "screening.toml",
        'derived_from_scar_types = ["hypertrophic_keloid"]',
        'derived_from_scar_types = ["hypertrophic_keloids"]',
        "item[21].derived_from_scar_types",
    ),
    (
        "screening.toml",
        'derived_from_items = ["active_cold_sore"]',
        'derived_from_items = ["active_cold_sores"]',
        "item[20].derived_from_items",
    ),
    # A question in a section the checklist does not have, or in none: refused, not lost.
    ("screening.toml", 'section = "medicines"', 'section = "medicine"', "item[17].section"),
    (
        "screening.toml",
        'id = "active_infection"\nsection = "skin_today"\n',
        'id = "active_infection"\n',
        "item[0].section",
    ),
    ("screening.toml", 'title = "Health"', 'title = ""', "section[1].title"),
    ("screening.toml", 'id = "expectations"\ntitle', 'id = "health"\ntitle', "section[4].id"),
    ("plan.toml", "weeks_before_first_session = 4", "", "test_patch.weeks_before_first_session"),
    ("plan.toml", "step_mm = 0.25", "step_mm = 0", "depth.step_mm"),
    (
        "zones.toml",
        "depth_accepted_max_mm = 2.0",
        "depth_accepted_max_mm = 1.25",
        "zone[5].depth_accepted_max_mm",
    ),
    ("plan.toml", 'version = "2026.12.5"', 'version = "1999.1"', "version"),
    ("plan.toml", '"fri"]', '"fri", "funday"]', "schedule.working_days"),
    ("fitzpatrick.toml", "up_to = 13", "up_to = 5", "band[1].up_to"),
    (
        "scar_types.toml",
        "typical_grade = 2\nmeasure",
        "typical_grade = 2\nmesure = 1\nmeasure",
        "scar_type[3].mesure",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "key"), BROKEN, ids=[b[3] for b in BROKEN])
def test_a_broken_rules_file_is_refused_naming_file_and_key(broken_rules, name, old, new, key):
    folder = broken_rules(name, old, new)
    with pytest.raises(RulesError) as refused:
        load_rules(folder)
    assert refused.value.file.endswith(name)
    assert refused.value.key == key
    assert name in str(refused.value) and key in str(refused.value)


def test_a_screening_item_in_an_unknown_section_is_refused_saying_which_exist(broken_rules):
    folder = broken_rules("screening.toml", 'section = "medicines"', 'section = "drugs"')
    with pytest.raises(RulesError) as refused:
        load_rules(folder)
    assert "item[17].section" in str(refused.value)
    assert "'drugs'" in str(refused.value) and "skin_today" in str(refused.value)


def test_a_screening_section_with_no_question_is_refused(broken_rules):
    folder = broken_rules("screening.toml", 'section = "expectations"', 'section = "health"')
    with pytest.raises(RulesError, match=r"no item is in section 'expectations'"):
        load_rules(folder)


def test_every_screening_section_has_a_title_and_blocks_lead_their_section(rules):
    sections = rules.screening_sections
    assert [s.title for s in sections.values()] == [
        "Skin today",
        "Health",
        "Medicines",
        "History and allergies",
        "Expectations",
    ]
    order = list(rules.screening)
    # The active acne question says mild comedonal acne is asked next: it is.
    assert order.index("mild_comedonal_acne") == order.index("active_acne") + 1
    assert rules.screening["mild_comedonal_acne"].section == rules.screening["active_acne"].section
    for section in sections:
        levels = [i.level for i in rules.screening.values() if i.section == section]
        assert levels == sorted(levels, key=lambda level: level != "block"), section


def test_an_unparsable_file_is_named(broken_rules):
    folder = broken_rules("zones.toml", "[[zone]]", "[[zone]")
    with pytest.raises(RulesError, match=r"zones\.toml: not valid TOML"):
        load_rules(folder)


def test_a_missing_file_is_named(broken_rules):
    folder = broken_rules("plan.toml", "", "")
    (folder / "plan.toml").unlink()
    with pytest.raises(RulesError, match=r"plan\.toml: file not found"):
        load_rules(folder)


def test_shown_source_texts_carry_no_team_notes(rules):
    """Citations and notes are shown to practitioners: where the team traced a source
    (FACTS.md, DECISIONS.md) goes in `trace`, which nobody sees."""
    for source in rules.sources.values():
        for shown in (source.citation, source.note):
            assert "FACTS" not in shown and "DECISIONS" not in shown, source.id
    assert any(source.trace for source in rules.sources.values())

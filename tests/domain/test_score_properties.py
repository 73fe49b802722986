"""Properties of both scores over any findings: never negative, never above the maximum,
and never lower when a count or an area grows."""

from hypothesis import given, settings
from hypothesis import strategies as st

from consult.config import resource_path
from consult.domain.model import Finding
from consult.domain.rules import load_rules
from consult.domain.scores import ecca, goodman_baron_quantitative

RULES = load_rules(resource_path("rules"))
ZONES = sorted(RULES.zones)
COUNTED = sorted(t for t, s in RULES.scar_types.items() if not s.by_area)
SCORES = (goodman_baron_quantitative, ecca)


@st.composite
def findings(draw):
    """A valid set of findings: each zone and type at most once."""
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(ZONES), st.sampled_from([*COUNTED, "hypertrophic_keloid"])),
            unique=True,
            max_size=20,
        )
    )
    built = []
    for zone, scar in keys:
        if scar == "hypertrophic_keloid":
            area = draw(st.floats(min_value=0.1, max_value=60, allow_nan=False))
            built.append(Finding(zone, scar, area_cm2=area, older_than_2_years=draw(st.booleans())))
        else:
            built.append(Finding(zone, scar, draw(st.integers(min_value=0, max_value=200))))
    return built


@settings(max_examples=300)
@given(findings())
def test_scores_stay_between_zero_and_their_maximum(entries):
    for score in SCORES:
        result = score(entries, RULES)
        assert 0 <= result.total <= result.maximum


@settings(max_examples=300)
@given(findings(), st.data())
def test_scores_never_fall_when_a_count_or_area_grows(entries, data):
    if not entries:
        return
    position = data.draw(st.integers(min_value=0, max_value=len(entries) - 1))
    grow = data.draw(st.integers(min_value=1, max_value=50))
    old = entries[position]
    if old.area_cm2:
        new = Finding(
            old.zone,
            old.scar_type,
            area_cm2=old.area_cm2 + grow,
            older_than_2_years=old.older_than_2_years,
        )
    else:
        new = Finding(old.zone, old.scar_type, old.count + grow)
    grown = [*entries[:position], new, *entries[position + 1 :]]
    for score in SCORES:
        assert score(grown, RULES).total >= score(entries, RULES).total


@given(findings())
def test_adding_a_new_finding_never_lowers_a_score(entries):
    used = {(f.zone, f.scar_type) for f in entries}
    spare = [(z, t) for z in ZONES for t in COUNTED if (z, t) not in used]
    if not spare:
        return
    added = [*entries, Finding(*spare[0], 1)]
    for score in SCORES:
        assert score(added, RULES).total >= score(entries, RULES).total

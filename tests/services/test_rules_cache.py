"""The shipped rules' parsed TOML kept in the user cache: used only for the same bytes."""

import shutil

import platformdirs
import pytest

from consult import config
from consult.config import cache_dir, resource_path
from consult.domain.errors import RulesError
from consult.domain.rules import RULE_FILES, load_rules, rules_from_data
from consult.services.rules import CACHE_NAME, load_default_rules, parsed_rules


@pytest.fixture
def rules_copy(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(resource_path("rules"), folder)
    return folder


def test_the_default_rules_are_the_same_read_from_the_cache(rules):
    kept = cache_dir() / CACHE_NAME
    assert not kept.exists()
    assert load_default_rules() == rules
    assert kept.is_file()
    # The second load reads the cache: it would not parse a file that is not there.
    assert load_default_rules() == rules


def test_a_changed_rules_file_is_parsed_again(rules_copy, tmp_path):
    kept = tmp_path / "cache" / CACHE_NAME
    parsed_rules(rules_copy, kept)
    zones = rules_copy / "zones.toml"
    zones.write_text(zones.read_text(encoding="utf-8").replace("Forehead", "Brow"), "utf-8")

    data = parsed_rules(rules_copy, kept)

    labels = [zone.label for zone in rules_from_data(rules_copy, data).zones.values()]
    assert "Brow" in labels
    assert rules_from_data(rules_copy, parsed_rules(rules_copy, kept)) == load_rules(rules_copy)


def test_a_broken_file_is_refused_even_when_its_former_bytes_are_kept(rules_copy, tmp_path):
    kept = tmp_path / "cache" / CACHE_NAME
    parsed_rules(rules_copy, kept)
    (rules_copy / "plan.toml").write_text("version = ", encoding="utf-8")

    with pytest.raises(RulesError, match=r"plan\.toml.*not valid TOML"):
        parsed_rules(rules_copy, kept)


def test_a_missing_rules_file_is_named(rules_copy, tmp_path):
    (rules_copy / "zones.toml").unlink()

    with pytest.raises(RulesError, match=r"zones\.toml.*file not found"):
        parsed_rules(rules_copy, tmp_path / CACHE_NAME)


@pytest.mark.parametrize("kept_bytes", [b"", b"\x00garbage", b"\xe9\x01\x00\x00\x00"])
def test_a_damaged_cache_costs_only_the_parsing_and_is_rewritten(rules_copy, tmp_path, kept_bytes):
    kept = tmp_path / CACHE_NAME
    kept.write_bytes(kept_bytes)

    data = parsed_rules(rules_copy, kept)

    assert sorted(data) == sorted(RULE_FILES)
    assert rules_from_data(rules_copy, data) == load_rules(rules_copy)
    assert kept.read_bytes() != kept_bytes


def test_a_cache_that_cannot_be_written_costs_only_the_parsing(rules_copy, tmp_path):
    in_a_file = tmp_path / "a-file"
    in_a_file.write_text("not a folder", encoding="utf-8")

    data = parsed_rules(rules_copy, in_a_file / CACHE_NAME)

    assert rules_from_data(rules_copy, data) == load_rules(rules_copy)


@pytest.mark.parametrize("xdg", [None, "", "relative/cache", "/somewhere/cache"])
def test_the_cache_folder_is_platformdirs_one(monkeypatch, xdg):
    monkeypatch.delenv("CONSULT_HOME")
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)

    expected = platformdirs.user_cache_dir(config.APP_NAME, appauthor=False)
    assert str(cache_dir()) == expected

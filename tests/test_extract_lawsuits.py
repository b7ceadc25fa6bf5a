"""Lawsuits told across an article (issue 14): which mentions are one suit,
which are others'.  The texts are written for these tests."""

from __future__ import annotations

from newsdb.extract import extract_article


def suits(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        (f.names(frozenset({"plaintiff"})), f.names(frozenset({"defendant"})))
        for f in extract_article(text, language="en").facts
        if f.type == "lawsuit"
    ]


def test_other_suits_against_others_are_not_the_suit_told() -> None:
    """ "dozens of other lawsuits filed against banks": suits by other people."""
    text = (
        "Lumora Labs sued Orbital Bank in March over its lending app. "
        "The ruling could influence dozens of other lawsuits filed against banks."
    )
    assert suits(text) == [(["Lumora Labs"], ["Orbital Bank"])]


def test_another_trial_between_the_same_sides_is_a_second_suit() -> None:
    """ "Another trial is set to begin": the one dispute told, a second time."""
    text = (
        "Lumora Labs sued Orbital Bank in March over its lending app. "
        "Another trial is set to begin in Delaware next year."
    )
    assert suits(text) == [(["Lumora Labs"], ["Orbital Bank"])] * 2


def test_a_case_named_by_its_parties_joins_the_filing_told_with_it() -> None:
    """ "filed by authors A and B, ... in the class action A v. Orbital": one suit,
    all its plaintiffs."""
    text = (
        "The case was filed last year by authors Jane Harlow and Tom Reyes, who alleged "
        "in the class action suit Harlow v. Orbital Bank that the bank copied their books."
    )
    assert suits(text) == [(["Jane Harlow", "Tom Reyes"], ["Orbital Bank"])]

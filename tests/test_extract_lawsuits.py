"""Lawsuits told across an article (issue 14): which mentions are one suit,
which are others'.  The texts are written for these tests."""

from __future__ import annotations

from newsdb.extract import extract_article


def suits(text: str, language: str = "en") -> list[tuple[list[str], list[str]]]:
    return [
        (f.names(frozenset({"plaintiff"})), f.names(frozenset({"defendant"})))
        for f in extract_article(text, language=language).facts
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


def test_a_fine_opened_on_a_named_complaint_is_the_complainants_suit() -> None:
    """The complainant, not the deciding authority, is the plaintiff of a case
    opened on its complaint; the appeal against the fine is another suit."""
    text = (
        "Orbital Bank has appealed a €50 million fine imposed by the CNIL in July. "
        "The CNIL's decision to impose the fine followed a complaint by privacy group "
        "Lumora Labs."
    )
    assert sorted(suits(text)) == [
        (["Lumora Labs"], ["Orbital Bank"]),
        (["Orbital Bank"], ["CNIL"]),
    ]


def test_une_plainte_deposee_par_des_medias_contre_une_entreprise() -> None:
    text = (
        "L'Autorité de la concurrence a infligé une amende de 20 millions d'euros à "
        "Orbital Bank. L'affaire est née d'une plainte qui avait été déposée par plusieurs "
        "éditeurs, dont Lumora Labs, contre les pratiques commerciales d'Orbital Bank."
    )
    # the complainant's case, decided by the authority, which stands beside it
    assert suits(text, "fr") == [(["Lumora Labs", "Autorité de la concurrence"], ["Orbital Bank"])]


def test_a_fine_without_a_complainant_is_the_authoritys() -> None:
    text = "The CNIL fined Orbital Bank €50 million in July for breaching privacy rules."
    assert suits(text) == [(["CNIL"], ["Orbital Bank"])]


def test_une_sanction_que_lui_a_valu_un_manquement() -> None:
    """ "lui a valu une sanction de la CNIL": the company the article is about."""
    text = (
        "Orbital Bank a lancé une nouvelle application. Orbital Bank n'a pas demandé le "
        "consentement de ses clients. Ce manquement lui a valu une sanction de la CNIL en "
        "décembre 2022."
    )
    assert suits(text, "fr") == [(["CNIL"], ["Orbital Bank"])]
    assert suits("Ce succès lui a valu une sanction de la CNIL.", "fr") == []


def test_a_settlement_with_an_authority_ends_its_case() -> None:
    """ "agreed to a settlement with the FTC", "the SEC reached a settlement with X":
    the authority is the plaintiff, whichever side the sentence starts from; a
    settlement between two companies names no plaintiff."""
    assert suits(
        "Orbital Bank agreed to a $40 million settlement with the Federal Trade "
        "Commission over its lending app."
    ) == [(["Federal Trade Commission"], ["Orbital Bank"])]
    assert suits("The FTC reached a settlement with Orbital Bank over its lending app.") == [
        (["Federal Trade Commission"], ["Orbital Bank"])
    ]
    assert suits("Orbital Bank reached a settlement with Lumora Labs over the app.") == []


def test_a_title_fine_without_its_auxiliary_is_passive() -> None:
    """ "Orbital fined €4.3 billion": the one fined comes first; the authority is
    the one named after "by", or else the one the article names most."""
    assert suits(
        "Orbital Labs fined €4.3 billion over its app store. "
        "The European Commission said the fine was fair."
    ) == [(["European Commission"], ["Orbital Labs"])]
    assert suits("The CNIL fined Orbital Labs €50 million for breaching privacy rules.") == [
        (["CNIL"], ["Orbital Labs"])
    ]
    assert suits("The FTC fined 3 companies last year.") == []


def test_a_hyphenated_descriptor_names_the_company_after_it() -> None:
    """ "Fortnite-maker Epic Games": the maker sues, not its product, in a clause
    after "after" as at the start."""
    assert suits(
        "The ruling comes two years after Fortnite-maker Epic Games filed a lawsuit "
        "against both Apple and Google."
    ) == [(["Epic Games"], ["Apple"]), (["Epic Games"], ["Google"])]


def test_a_fine_for_an_offence_is_not_a_fine_for_a_company() -> None:
    """ "a fine for Orbital Labs" names the one fined; "the maximum penalty for a
    GDPR breach" names the offence."""
    assert suits(
        "The CNIL fined Orbital Labs last year. The maximum penalty for a GDPR breach "
        "is €20 million."
    ) == [(["CNIL"], ["Orbital Labs"])]
    assert suits("The CNIL announced a €5 million fine for Orbital Labs.") == [
        (["CNIL"], ["Orbital Labs"])
    ]


def test_a_verdict_in_favor_of_one_side_is_its_win() -> None:
    """ "a verdict in favor of X against Y": X sued Y."""
    assert suits(
        "The jury returned a $500 million verdict in favor of Lumora against Orbital Labs."
    ) == [(["Lumora"], ["Orbital Labs"])]


def test_a_settlement_in_the_opening_phrase_is_the_subjects() -> None:
    """ "Under a settlement with the SEC, X will pay": X settles the authority's case."""
    assert suits("Under a settlement with the SEC, Orbital Bank will pay $10 million.") == [
        (["U.S. Securities and Exchange Commission"], ["Orbital Bank"])
    ]


def test_complaints_in_the_plural_are_suits_too() -> None:
    """ "filed complaints against X" as "filed a complaint against X"; complaints
    against nobody are not suits."""
    assert suits("Lumora Labs filed complaints against Orbital Bank.") == [
        (["Lumora Labs"], ["Orbital Bank"])
    ]
    assert suits("Orbital Bank received many customer complaints last year.") == []


def test_two_fines_of_one_authority_are_two_decisions() -> None:
    """Each fine is its own case: the sums differ, the authority and the one
    fined do not ("fined €1.8 billion last year", "a €500 million fine")."""
    text = (
        "The European Commission fined Orbital Bank €500 million on Wednesday. "
        "The fine is smaller than earlier penalties imposed by Brussels: Orbital Bank "
        "was fined €1.8 billion last year over its card fees."
    )
    assert suits(text) == [(["European Commission"], ["Orbital Bank"])] * 2


def test_an_order_to_pay_is_a_ruling_for_the_one_paid() -> None:
    assert suits("A jury ordered Orbital Bank to pay $290 million to Lumora Labs.") == [
        (["Lumora Labs"], ["Orbital Bank"])
    ]
    assert suits("Orbital Bank was told to pay Lumora Labs $2 billion by a federal jury.") == [
        (["Lumora Labs"], ["Orbital Bank"])
    ]
    text = "Le tribunal a ordonné à Orbital Bank de verser 2 millions d'euros à Lumora Labs."
    assert suits(text, "fr") == [(["Lumora Labs"], ["Orbital Bank"])]
    assert suits("Orbital Bank ordered 500 terminals from Lumora Labs to pay less.") == []


def test_an_appeal_of_an_authoritys_decision_sues_the_authority() -> None:
    """Against an authority's decision, an appeal is a suit of its own; against
    a court's ruling it goes on with the suit told before."""
    text = "Orbital Bank is appealing the CNIL decision, which it calls unfounded."
    assert suits(text) == [(["Orbital Bank"], ["CNIL"])]
    text = "Orbital Bank a fait appel de la décision de l'Autorité de la concurrence."
    assert suits(text, "fr") == [(["Orbital Bank"], ["Autorité de la concurrence"])]
    assert suits("Lumora Labs sued Orbital Bank. Orbital Bank appealed the ruling.") == [
        (["Lumora Labs"], ["Orbital Bank"])
    ]


def test_an_investigation_is_no_lawsuit_until_it_fines() -> None:
    """Real articles annotated blind (investigations by the CMA, the Commission and the
    DOJ) count a fine or a suit, never an investigation alone."""
    text = "The Federal Trade Commission is investigating Orbital Bank over its data practices."
    assert suits(text) == []
    text = "The Federal Trade Commission opened an investigation into Orbital Bank's acquisition."
    assert suits(text) == []
    text = (
        "The Federal Trade Commission opened an investigation into Orbital Bank in 2022. "
        "The agency fined Orbital Bank $5 million on Monday."
    )
    assert suits(text) == [(["Federal Trade Commission"], ["Orbital Bank"])]


def test_a_countersuit_naming_its_filer_only_is_against_its_plaintiff() -> None:
    text = "Lumora Labs sued Orbital Bank on Monday. Orbital Bank filed a countersuit days later."
    found = [
        (f.names(frozenset({"counter_plaintiff"})), f.names(frozenset({"counter_defendant"})))
        for f in extract_article(text, language="en").facts
        if f.type == "lawsuit" and f.status == "countersuit"
    ]
    assert found == [(["Orbital Bank"], ["Lumora Labs"])]


def test_a_settlement_paid_to_someone_ends_its_suit() -> None:
    text = "Orbital Bank agreed to pay Lumora Labs $45 million to settle the dispute."
    assert suits(text) == [(["Lumora Labs"], ["Orbital Bank"])]


def test_suits_between_the_same_sides_dated_apart_are_two() -> None:
    """ "sued ... in June" and "first sued ... in December": two filings."""
    text = (
        "The Federal Trade Commission sued Orbital Bank in federal court in June 2023. "
        "The agency first sued Orbital Bank in December 2022 in its in-house court."
    )
    assert suits(text) == [(["Federal Trade Commission"], ["Orbital Bank"])] * 2


def test_a_jury_award_is_the_winners_ruling() -> None:
    text = "A jury awarded Lumora Labs $2 billion against Orbital Bank on Tuesday."
    assert suits(text) == [(["Lumora Labs"], ["Orbital Bank"])]
    assert suits("The Pentagon awarded Orbital Bank a $10 billion contract.") == []


def test_a_suit_to_force_someone_is_against_them() -> None:
    text = "Orbital Bank filed a lawsuit to force Lumora Labs to complete the merger."
    assert suits(text) == [(["Orbital Bank"], ["Lumora Labs"])]

"""Words behind automatic fact extraction (``facts.py``), English and French.

Trigger words say what kind of fact a sentence may report and how its
parties are placed around the word (its *voice*); the cues around them
(how far the deal or the suit has gone, money that is no price) are in
``cues.py``.
Nothing here is tuned to one article: these are the verbs and nouns business
press uses for deals, valuations and lawsuits.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsdb.extract.text.normalize import normalize


class Trigger(NamedTuple):
    type: str  # "deal" | "valuation" | "lawsuit"
    kind: str  # deal kind; lawsuit status; "valuation"
    voice: str  # how parties sit around the word (see rules)
    status: str  # default status for this word form


def _table(rows: str, type_: str) -> dict[str, Trigger]:
    """Rows "kind voice status: word, word, ..." -> {word: Trigger}."""
    out: dict[str, Trigger] = {}
    trigger = None
    for line in rows.strip().splitlines():
        head, colon, words = line.partition(":")
        if colon:  # a new row; lines without a colon continue the row before
            kind, voice, status = head.split()
            trigger = Trigger(type_, kind, voice, status)
        else:
            words = line
        for word in words.split(","):
            if word.strip():
                out[normalize(word)] = trigger
    return out


# Deal words. Voices: active (subject acts on the object), sell (subject sells
# the object to someone), nominal ("acquisition of", "rachat de"), merge,
# bid, raise (subject raises money from investors), round, invest, stake,
# with (symmetric "deal with", "partenariat avec"), host, contract, talks.
_DEALS_EN = _table(
    """
    acquisition active announced: buy, buys, buying, acquire, acquires, acquiring, purchase,
        purchases, purchasing, take over, takes over, taking over, snap up, snaps up, buy out,
        buys out
    acquisition active completed: bought, acquired, purchased, took over, snapped up,
        bought out, swallowed, took control of, taken control of, scooped up, picked up
    acquisition active announced: take control of, takes control of, taking control of,
        scoop up, scoops up, scooping up, snapping up, pick up, picks up, picking up
    acquisition nominal announced: acquisition, acquisitions, takeover, take-over, buyout,
        buy-out
    acquisition pay completed: paid, shelled out, forked out
    acquisition pay announced: pay, pays, paying, will pay
    acquisition sell announced: sell, sells, selling, divest, divests, offload, offloads, sale
    acquisition sell completed: sold, divested, offloaded
    merger merge announced: merge, merges, merging, merger, mergers, combine with, combine,
        combines, combining, combination with, rapprochement
    merger merge completed: merged
    bid bid announced: bid, bids, bidding, offer, offers, offered, offering, counteroffer,
        counter-offer, counterbid, counter-bid, tender offer, approach, proposal,
        expression of interest, indication of interest, takeover approach, approached,
        has approached
    funding_round raise completed: raised
    funding_round collect completed: collected, secured, landed, obtained, bagged, pulled in,
        brought in, nabbed, snagged, scored, grabbed, netted, received, got, attracted,
        secures, lands, bags, nabs, snags, scores, grabs, nets, receives, gets, attracts,
        receiving, securing, landing, obtaining
    funding_round raise announced: raise, raising, fundraising
    funding_round raise completed: raises
    funding_round round completed: funding round, financing round, fundraising round,
        investment round, seed round, venture round, round, funding, financing, rounds,
        funding rounds, financing rounds, round of funding, round of financing,
        round of investment, rounds of funding, private placement, equity raise,
        capital raise, fundraise, fund-raise, capital raising, equity raising, capital-raising,
        convertible debt, convertible notes, convertible note
    funding_round series completed: series a, series b, series c, series d, series e, series f,
        series g, series h
    investment invest announced: invest, invests, investing, investment, investments, inject,
        injects, injecting, capital injection, commit, commits, committing, committed,
        pledge, pledges, pledging, pledged, contribute, contributes, contributing
    investment invest completed: invested, injected, contributed
    investment pour completed: poured, pumped, ploughed, plowed, sunk
    investment pour announced: pour, pours, pouring, pump, pumps, pumping
    investment stake announced: stake
    investment backed completed: backed by, funded by, financed by, bankrolled by
    investment backs completed: backed, has backed, have backed, had backed, bankrolled
    investment take completed: took, taken, has taken, have taken, owns, owned, holds, held
    investment take announced: take, takes, taking
    partnership with completed: partnership, partnerships, partnered, partner, partners,
        partnering, alliance, collaboration, teamed up, joint venture, joined forces,
        collaborated, teamed
    partnership with announced: collaborating, collaborates, teaming
    partnership with completed: working, works, worked, worked together, have worked together,
        had worked together
    partnership with announced: team up, teams up, teaming up, join forces, joins forces,
        joining forces
    hosting host announced: host, hosts, hosting
    hosting host completed: hosted
    hosting provider completed: cloud provider, cloud computing provider, hosting provider,
        infrastructure provider, compute provider
    contract contract completed: contract, contracts
    contract supply announced: provide, provides, providing, supply, supplies, supplying,
        deliver, delivers, delivering
    contract supply completed: provided, supplied, delivered
    contract spend announced: spend, spends, spending, will spend
    contract spend completed: spent
    contract rely completed: relies on, relied on, rely on, relying on, depends on,
        depended on, depend on
    contract with announced: deal, deals, agreement, agreements, pact
    other talks in_talks: talks, discussions, negotiations, talking, negotiating, negotiates
    acquisition buyer completed: named the buyer, chosen as the buyer, selected as the buyer,
        new owner
    other ipo announced: ipo, initial public offering, public offering, direct listing,
        stock market listing,
        public listing
    other listed completed: went public, has listed on, listed on, debuted on, has gone public,
        began trading on, started trading on, begins trading on, starts trading on, debut on
    other spin completed: spin-off, spinoff, spun off, spin-offs
    other spin announced: spin off, spins off, spinning off, to spin off
    other listed announced: will go public, to go public, will list on, plans to list on,
        will be listed on
    """,
    "deal",
)
_DEALS_FR = _table(
    """
    acquisition active rumored: rachèterait, rachèteraient, achèterait, acquerrait
    acquisition active announced: nationaliser, nationalise, rachète, rachètent, racheter,
        rachetait, rachetant, achetant, acquérant, nationalisant,
        acquiert, acquérir, acquerra, achète, acheter, s'offre, s’offre, s'offrir, s’offrir,
        met la main sur, mettre la main sur, absorber, absorbe
    acquisition active completed: racheté, rachetée, rachetés, rachetées, acquis, acquise,
        acquises, acheté, achetée, s'est offert, s’est offert, mis la main sur, absorbé, absorbait,
        s'est emparé de, s’est emparé de, s'est emparée de, s’est emparée de, s'empare de,
        s’empare de, s'emparer de, s’emparer de
    acquisition active completed: repris
    acquisition active announced: reprend, reprennent, reprendre, reprendra, reprendrait
    acquisition nominal announced: rachat, acquisition, acquisitions, reprise, achat,
        prise de contrôle
    acquisition buyer completed: désigné repreneur, désignée repreneuse, désignée repreneur,
        retenue comme repreneur, retenu comme repreneur,
        choisi comme repreneur, nouveau propriétaire, nouvel actionnaire majoritaire
    acquisition active announced: prend le contrôle, prendre le contrôle, prennent le contrôle,
        prendra le contrôle, prendrait le contrôle
    acquisition active completed: pris le contrôle
    acquisition pay completed: payé, déboursé, versé
    acquisition pay announced: paie, paiera, débourse, déboursera
    acquisition sell announced: vend, vendre, vendent, cède, céder, cèdent, cession, cédant,
        vendant, vente
    acquisition sell completed: vendu, vendue, cédé, cédée
    merger merge announced: fusion, fusionner, fusionne, fusionnent, rapprochement
    merger merge completed: fusionné
    bid bid announced: offre, offres, contre-offre, opa, ope, surenchère, approche, proposition,
        marque d'intérêt, manifestation d'intérêt, offre indicative
    funding_round raise completed: levé, récolté, récoltés, levés, levées, amassé, amassés
    funding_round raise announced: amasser, amasse
    funding_round round completed: ronde de financement, une ronde, la ronde, cette ronde
    acquisition active completed: passe aux mains de, passé aux mains de, passera aux mains de,
        tombe dans l'escarcelle de, tombe dans l’escarcelle de, tombé dans l'escarcelle de,
        tombé dans l’escarcelle de
    funding_round raise announced: récolter, récoltera, récoltant
    funding_round collect completed: attiré, attire, attirait, attirent
    funding_round collect announced: attirer
    funding_round raise completed: récolte, récoltent
    funding_round round completed: ce tour, le tour, du tour, au tour, l'opération,
        une opération, ce tour de table, le tour de table, du tour de table, au tour de table,
        ce tour de financement, le tour de financement, du tour de financement
    funding_round collect completed: collecté, obtenu, décroché, sécurisé, empoché, décroche,
        obtient, sécurise, empoche, rassemblé, réuni, engrangé, empochant, mobilisé, mobilise,
        mobilisent, reçu, reçoit, recevoir, reçoivent
    funding_round raise announced: lever, lèvera, levait, levée, levées, levant
    funding_round raise completed: lève, lèvent
    funding_round round completed: augmentation de capital, tour de table, tour de financement,
        levée de fonds,
        financement
    funding_round series completed: série a, série b, série c, série d, série e, série f,
        série g, série h, tour initial, tour d'amorçage
    investment invest announced: investir, investit, investira, investissent, investissement,
        injecter, injecte, injectera, injection, investissant, injectant
    investment invest completed: investi, injecté, entré au capital, entrés au capital,
        est entrée au capital
    investment invest announced: entre au capital, entrer au capital, entrent au capital,
        entrera au capital, entrerait au capital
    investment stake announced: participation
    investment backed completed: soutenu par, soutenue par, soutenus par, financé par,
        financée par, adossé à, adossée à
    investment take completed: pris, prise, possède, possédait, détient, détenait, détiennent,
        détenaient
    investment take announced: prend, prendre, prennent, prendra
    partnership with completed: partenariat, partenariats, partenaire, partenaires, alliance,
        collaboration, coentreprise, co-entreprise
    partnership with announced: s'associe, s’associe, s'associent, s’associent, s'allie,
        s’allie, s'allient, s’allient, unissent leurs forces, s'unissent, s’unissent
    hosting host announced: héberger, héberge, hébergera, hébergerait, hébergement
    hosting host completed: hébergé, hébergée, hébergés, hébergées
    contract contract completed: contrat, contrats
    contract supply announced: fournir, fournit, fourniront, fournira, fournissent, livrer,
        livre, livrera
    contract supply completed: fourni, fournie
    contract spend announced: dépenser, dépense, dépensera
    contract rely completed: s'appuie sur, s’appuie sur, s'appuyait sur, s’appuyait sur,
        dépend de, dépendait de
    contract with announced: accord, accords
    other talks in_talks: discussion, discussions, négociations, pourparlers
    other ipo announced: introduction en bourse, entrée en bourse
    other listed completed: a fait son entrée en bourse, s'est introduit en bourse,
        s’est introduit en bourse, s'est introduite en bourse, s’est introduite en bourse
    """,
    "deal",
)
# Lawsuit words; the kind column is the default lawsuit status.
_SUITS_EN = _table(
    """
    filed sue filed: sue, sues, sued, suing
    filed block filed: seeking to block, seeks to block, sought to block, wants to block,
        moved to block, moves to block, seeking to unwind, seeks to unwind, sought to unwind,
        wants to unwind
    countersuit sue countersuit: countersue, countersues, countersued, counter-sued
    filed suit filed: lawsuit, lawsuits, suit, suits, complaint, complaints, legal action,
        legal actions, legal challenge, class action, case, injunction, injunctions,
        preliminary injunction, restraining order, antitrust case, antitrust lawsuit
    countersuit suit countersuit: countersuit, countersuits, counter-suit, counterclaim,
        counterclaims
    settled settle settled: settle, settles, settled, settling, settlement
    ruled fine ruled: fined, fining, fine, fines, penalty, penalties, penalised, penalized,
        sanctioned
    ruled favor ruled: in favor of, in favour of
    ruled verdict ruled: verdict, verdicts, award, damages award, jury award, trial, jury trial,
        patent case, patent trial, awarded, awards
    ruled order ruled: owes, owe, ordered, orders, told, forced, must pay, must also pay,
        has to pay, have to pay, will have to pay
    filed appeal filed: appeal, appeals, appealed, appealing, challenge, challenges, challenged,
        challenging, contest, contests, contested, contesting, to overturn, to quash, to annul
    filed probe filed: investigation, investigations, probe, probes, inquiry, investigating,
        investigates, investigated, probing, probed, antitrust investigation, antitrust probe
    filed infringe filed: infringed, infringes, infringe, infringing, infringed on,
        infringes on, infringing on
    filed infringe filed: violated, violates, violating, violate
    filed infringe filed: stole, stealing, stolen, misappropriated, misappropriating, poached,
        poaching
    """,
    "lawsuit",
)
_SUITS_FR = _table(
    """
    filed sue filed: poursuivi, poursuivie, poursuivre, poursuivent, poursuivra, assigné,
        assignée, assigne, assignent, assigner, attaqué, attaquée, attaque, attaquent, attaquer,
        poursuit, saisi la justice, saisit la justice, saisissent la justice, saisir la justice
    countersuit sue countersuit: contre-attaqué, contre-attaque, contre-attaquer
    filed suit filed: plainte, plaintes, procès, action en justice, recours, saisie, saisi,
        déposé un recours collectif, formé un recours collectif, introduit un recours collectif
    countersuit suit countersuit: demande reconventionnelle
    filed suit filed: assignation
    ruled favor ruled: en faveur de, en faveur d'
    ruled verdict ruled: verdict, jugement, procès en appel
    settled settle settled: litige, litiges, différend, différends, règlement amiable,
        accord amiable, transiger, transigé
    ruled fine ruled: amende, amendes, sanction, sanctions, sanctionné, sanctionnée, sanctionnés,
        sanctionnées, sanctionne, sanctionnent, sanctionner, inflige, infligé, infligée, infligés,
        infligées, infliger, infligeant, condamné, condamnée, condamnés, condamnées, condamne,
        condamner
    filed probe filed: enquête, enquêtes, enquête approfondie, investigation, investigations
    filed appeal filed: fait appel, faire appel, fera appel, feront appel, interjeté appel,
        déposé un recours, formé un recours, introduit un recours, pourvoi,
        conteste, contestent, contesté, contestée, contester, contestera, faire annuler,
        obtenir l'annulation de, obtenir l’annulation de
    ruled order ruled: ordonné, ordonne, contraint, contrainte, doit payer, doit verser,
        devra payer, devra verser, devront payer, devront verser
    filed infringe filed: enfreint, enfreindre, enfreignent, enfreignant, violé des brevets,
        violé les brevets, contrefait, contrefaçon de brevets
    """,
    "lawsuit",
)
_VALUES_EN = _table(
    """
    valuation value announced: valuation, valuations, valued, valuing, values, value,
        market cap, market capitalisation, market capitalization, makes it worth,
        making it worth, made it worth
    """,
    "valuation",
)
_VALUES_FR = _table(
    """
    valuation value announced: valorise, valorisé, valorisée, valorisés, valorisées, valorisant,
        valoriser, valorisait, valorisation, capitalisation, valoriserait, valoriseraient,
        valorisera, valorisent, valeur
    """,
    "valuation",
)

TRIGGERS_EN = {**_DEALS_EN, **_SUITS_EN, **_VALUES_EN}
TRIGGERS_FR = {**_DEALS_FR, **_SUITS_FR, **_VALUES_FR}
# "acquisition", "alliance", "collaboration" are both English and French.
TRIGGERS_ALL = {**TRIGGERS_FR, **TRIGGERS_EN}


class TriggerFinder:
    """Finds every trigger word or phrase of a table in a text, fast: one
    regex shaped as a trie of the phrases runs over the lowercased text (a
    text whose lowercase form changes length, "İ", is scanned with a
    case-insensitive alternation instead)."""

    def __init__(self, table: dict[str, Trigger]):
        self.table = table
        self.fast = re.compile(rf"(?<![\w-])(?:{trie(table)})(?![\w-])")
        self.slow = re.compile(rf"(?<![\w-])(?:{_alternation(table)})(?![\w-])", re.IGNORECASE)

    def find(self, text: str):
        """(start, end, normalized phrase, Trigger) for each trigger in ``text``."""
        lowered = text.lower()
        pattern, scanned = (self.fast, lowered) if len(lowered) == len(text) else (self.slow, text)
        table = self.table
        for match in pattern.finditer(scanned):
            word = normalize(match.group())
            yield match.start(), match.end(), word, table[word]


def trie(phrases) -> str:
    """A regex matching any of ``phrases`` (lowercase), branching letter by
    letter so that the engine never tries two alternatives on one letter;
    longer phrases win ("took over" before "took")."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)
            branches.append(piece + render(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(root)


def _alternation(phrases) -> str:
    """Phrases longest first, spaces matching any whitespace, both apostrophes."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace("\\ ", r"\s+").replace("'", "['’]") for p in ordered)

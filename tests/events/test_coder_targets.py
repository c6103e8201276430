"""Target roles of the event coder: the other party of a joint act, and the place of a meeting with no one named
to meet. Each row: a sentence and the (type, source span, target span) events it must give."""

from __future__ import annotations

import pytest
from event_roles import participants

from eventwire.annotate import load_nlp
from eventwire.api import extract
from eventwire.events.coder import _allied, _topic_of_thing
from eventwire.model import Participant, Span

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint act's noun counted by the light verb's object ("a round of", "ten days of"): the verb's
        # conjoined subject is the two parties
        (
            "Greece and Turkey began a second round of joint military exercises.",
            ("COOPERATE", "Greece", "Turkey"),
        ),
        # a pact broken by two parties: each broke it against the other
        ("Ethiopia and Eritrea violated the peace agreement last month.", ("ASSAULT", "Ethiopia", "Eritrea")),
        # a joint act's topic ("on Syria", "on fishing rights") is no party: the other member of the subject is
        ("France and Germany agreed to exchange intelligence on Syria.", ("AGREE", "France", "Germany")),
        ("Japan and South Korea reached a deal on fishing rights.", ("SUPPORT", "Japan", "South Korea")),
    ],
)
def test_the_other_party_of_a_joint_subject_is_the_target(text: str, expected: tuple[str, str, str]) -> None:
    kind, first, second = expected
    coded = participants(text)
    assert coded.index((kind, first, second)) + 1 == coded.index((kind, second, first))  # the mirror follows it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one party breaking a pact has no other party in the subject: no target
        ("Russia violated the truce.", ("ASSAULT", "Russia", None)),
        # a party's allies broke it on the same side
        (
            "Rebel fighters and allied militias violated the ceasefire.",
            ("ASSAULT", "Rebel fighters and allied militias", None),
        ),
        # a joint subject acting with a third party named as such keeps that party
        (
            "Canada and Mexico agreed to cooperate with the United States.",
            ("AGREE", "Canada and Mexico", "the United States"),
        ),
    ],
)
def test_a_joint_subject_stays_one_party_when_the_act_has_no_other_side(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert participants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting with no one named to meet is aimed at the place it is held in (PLV's convention)
        ("The French president attended a summit in Brussels.", ("CONSULT", "The French president", "Brussels")),
        (
            "The Kenyan foreign minister held talks in Addis Ababa.",
            ("CONSULT", "The Kenyan foreign minister", "Addis Ababa"),
        ),
        # a meeting with someone keeps that one
        (
            "The prime minister met the Chinese ambassador in London.",
            ("CONSULT", "The prime minister", "the Chinese ambassador"),
        ),
    ],
)
def test_a_meeting_with_no_other_party_is_aimed_at_its_place(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "word", "topic"),
    [
        ("They agreed to share information on Korea.", "Korea", True),
        ("They reached a deal about the border.", "border", True),
        ("They attended a meeting of ASEAN.", "ASEAN", True),
        ("They agreed to work with China.", "China", False),  # "with" names a party
        ("They met Putin.", "Putin", False),
    ],
)
def test_a_topic_or_host_of_a_thing_is_told_from_a_party(text: str, word: str, topic: bool) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    start = int(token.left_edge.idx)
    part = Participant(Span(start, token.idx + len(token), text[start : token.idx + len(token)]), None, None)
    assert _topic_of_thing(doc, part) is topic


@pytest.mark.parametrize(
    ("text", "word", "allied"),
    [
        ("Government forces and allied militias fought.", "allied", True),
        ("Government forces and aligned youth fought.", "aligned", True),
        ("Kuwait and its allies fought.", "its", True),
        ("Syria and Israel fought.", "Israel", False),
    ],
)
def test_an_allied_conjunct_is_on_the_first_ones_side(text: str, word: str, allied: bool) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    part = Participant(Span(token.idx, len(text) - 7, text[token.idx : len(text) - 7]), None, None)
    assert _allied(doc, part) is allied


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a thing is handed to, though the parser hangs "to" deep in a long object (a coordination,
        # a relative clause) or on a light verb's object
        (
            "The ministry gave the flight records, which include the names of all passengers, to the Kenyan police.",
            "the Kenyan police",
        ),
        (
            "Britain will provide a $2 million grant and a $3 million loan to the Harbour Redevelopment Authority.",
            "the Harbour Redevelopment Authority",
        ),
        ("Ghana announced the deployment of 300 troops, including 20 officers, to Mali.", "Mali"),
        # one attached to the verb as usual
        ("Japan gave 50 tonnes of rice to North Korea.", "North Korea"),
    ],
)
def test_the_recipient_of_a_handed_thing_is_the_target(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act people were sent for is aimed where they were sent, unless its object names an actor itself;
        # "to X" hung on the people sent counts too
        (
            "Poland sent a team of experts to Lithuania to examine the causes of the collapse of a Polish bridge.",
            "Lithuania",
        ),
        ("Canada sent police officers to Haiti to investigate the attacks on their convoys.", "Haiti"),
        ("The EU sent inspectors to Serbia to investigate the Serbian police.", "the Serbian police"),
        # a call for a sitting of a body is aimed at the body
        ("Russia demanded an emergency session of the UN Security Council.", "the UN Security Council"),
        # a demand for someone's release or extradition is aimed at the person, "of" or "for"
        ("The EU demanded the immediate release of a Chinese human rights lawyer.", "a Chinese human rights lawyer"),
        ("The prosecutor seeks conditional release for a Utah man held in jail.", "a Utah man"),
        ("Amnesty called for the release of the two journalists.", "the two journalists"),
    ],
)
def test_where_people_were_sent_the_body_convened_and_the_person_freed_are_targets(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum of money stands for what it is of, else for the party it is for
        ("U.S. reduced tariffs on $120 billion of China's exports.", ("RETREAT", "U.S.", "China's exports")),
        (
            "The United Nations launched an appeal for $234 million in emergency aid for Zimbabwe.",
            ("REQUEST", "The United Nations", "Zimbabwe"),
        ),
        # a sum naming neither stays the target; a sum handed to a party leaves the party the target
        (
            "Germany paid $662 million in coronavirus aid as a compensation for Holocaust survivors.",
            ("CONCEDE", "Germany", "$662 million in coronavirus aid"),
        ),
        ("Japan pledged $5 million to Nepal.", ("AID", "Japan", "Nepal")),
    ],
)
def test_a_sum_of_money_stands_for_what_it_is_of_or_for(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act with no other target is aimed at the place it is done in: the place on the noun's own
        # adjective, or on the first of two conjoined acts
        ("The rebel movement declared a unilateral truce effective from Monday in Mozambique.", "Mozambique"),
        ("The gang has been responsible for mass killings and beheadings in southern Nigeria.", "southern Nigeria"),
    ],
)
def test_an_act_with_no_other_target_is_aimed_at_its_place(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing what a state holds, or an attempt of an actor, is aimed at its owner
        ("China backed Pakistan's sovereignty and territorial integrity.", "Pakistan"),
        ("The minister welcomed Kenya's attempt to end the dispute.", "Kenya"),
        # a charge against a policy keeps the policy (choices only for charges)
        ("Amnesty International condemned Egypt's crackdown on journalists.", "Egypt's crackdown on journalists"),
    ],
)
def test_a_standing_or_an_attempt_is_marked_by_its_owner(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people the trigger needs as its object, named by an actor modifying them, are still its target
        ("The French army trains Malian pilots to fly helicopters.", ("COOPERATE", "Malian pilots")),
        # but not people the source takes back, nor people named only by an of-phrase (found as that party)
        ("The UN will withdraw weapons inspectors and aid workers from Iraq.", ("THREATEN", "Iraq")),
        (
            "North Korea expelled inspectors of the International Atomic Energy Agency.",
            ("SANCTION", "the International Atomic Energy Agency"),
        ),
    ],
)
def test_people_the_trigger_needs_are_its_target_when_an_actor_names_them(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, target) for kind, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing handed over with no known actor on either side: whom it goes to, named or not
        ("The city council agreed to offer a new support package to the fishing industry.", "the fishing industry"),
        # a known actor as the thing's recipient, as before
        ("Norway agreed to offer a new aid package to Somalia.", "Somalia"),
    ],
)
def test_whom_a_handed_thing_goes_to_is_the_target_though_no_actor_is_known(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


def test_people_named_by_what_they_are_own_the_demands_conceded() -> None:
    # as with a name the actor stage does not know: the owner of the act is the target
    coded = participants("The governor conceded to the demands of the striking bus drivers.")
    assert ("CONCEDE", "The governor", "the striking bus drivers") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act owned by an actor (a possessor, a modifier naming an actor) ends the target: what it asks
        # for or is aimed at is not part of it
        ("Iran condemned Israel's attacks on civilians in Gaza.", "Israel's attacks"),
        ("The council rejected a French proposal for sanctions on Syria.", "a French proposal"),
        # an act with no owner keeps its phrase whole
        (
            "The court rejected an extradition request for the former leader on charges of rebellion.",
            "an extradition request for the former leader on charges of rebellion",
        ),
        # the place of a thing an owned act names is still found past the act
        ("Norway agreed to join United Nations peacekeeping operations in Mali.", "Mali"),
    ],
)
def test_an_owned_act_ends_the_target_at_the_act(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing an agreed act makes (set up, build) is no party though it names an organisation: the act is
        # aimed where it is made, on the thing or on the verb
        ("The German government has agreed to set up a new transport company in Berlin.", ("AGREE", "Berlin")),
        ("Japan agreed to build two hospitals in Kenya.", ("AGREE", "Kenya")),
        # an organisation that exists already stays the target
        ("Norway agreed to support a new aid agency in Somalia.", ("AGREE", "a new aid agency in Somalia")),
    ],
)
def test_a_thing_being_made_is_aimed_where_it_is_made(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, target) for kind, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people or a thing harmed with no actor of their own stay the target; the place gives their country
        (
            "Intelligence police tortured a 35-year-old inmate to death in western Iran.",
            ("a 35-year-old inmate", "IRN"),
        ),
        ("Troops destroyed the bridge in northern Syria.", ("the bridge in northern Syria", "SYR")),
    ],
)
def test_the_harmed_stay_the_target_of_the_places_country(text: str, expected: tuple[str, str]) -> None:
    targets = [e.target for e in extract(text, date="2022-03-02").events if e.type == "ASSAULT"]
    assert [(t.span.text, t.actor.country if t.actor else None) for t in targets if t is not None] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act or a thing with no actor of its own is aimed at its maker, by a "by" phrase on it or on its
        # of-object, a name the actor stage does not know included
        ("The court dismissed the complaint filed by the opposition party against the mayor.", "the opposition party"),
        (
            "The Kremlin welcomed the decision by the International Olympic Committee to invite Russian athletes.",
            "the International Olympic Committee",
        ),
        # people or a place have no maker: "held captive by them", "devastated by a cyclone" stay whole
        ("The rebels said they will release two soldiers held captive by them.", "two soldiers held captive by them"),
        (
            "Myanmar agreed to allow aid into the areas devastated by Cyclone Nargis.",
            "the areas devastated by Cyclone Nargis",
        ),
    ],
)
def test_a_thing_with_no_actor_of_its_own_is_aimed_at_its_maker(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conditional refusal waiting on the refuser's own satisfaction is aimed at the one its clause names
        ("Clinton said he will not lift the embargo until he is satisfied Vietnam is doing all it can.", "Vietnam"),
        # a condition the parser hung on the object's relative clause is still the refusal's
        ("The United States will not lift the embargo it has imposed if Cuba does not release its prisoners.", "Cuba"),
        # a plain condition, as before
        ("Iran threatened to close the Strait of Hormuz unless Washington lifted its sanctions.", "Washington"),
    ],
)
def test_a_condition_waiting_on_another_party_names_the_target(text: str, expected: str) -> None:
    assert expected in [target for kind, _, target in participants(text) if kind in ("REJECT", "THREATEN")]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a clause of time or cause reports another event: whom it names is not the act's target
        (
            "The UN withdrew monitors from the border area after two soldiers were abducted.",
            "SANCTION",
            "the border area",
        ),
        # (not Russia or Crimea: where the forces stand, a named place no actor stands for, is the target)
        (
            "NATO strengthened its forces in the Baltics to deter aggression after Russia seized Crimea.",
            "MOBILIZE",
            "the Baltics",
        ),
        # a clause of purpose or a complement still names whom the act is aimed at
        ("Japan agreed to work with China on new projects.", "AGREE", "China"),
    ],
)
def test_a_clause_of_time_or_cause_names_no_target(text: str, kind: str, expected: str | None) -> None:
    assert expected in [target for event_type, _, target in participants(text) if event_type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rejection is aimed at the act rejected, its owner included
        ("The European Union rejected Moscow's proposal to hold talks in Minsk.", "Moscow's proposal"),
        ("The court dismissed the appeal of the opposition leader.", "the appeal of the opposition leader"),
        # a welcome of an act is still aimed at its owner (PLV's convention)
        ("The minister welcomed Kenya's decision to reopen the border.", "Kenya"),
    ],
)
def test_a_rejected_act_is_marked_whole(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a nationality adjective on a thing makes no party of it: the argument is marked whole
        (
            "The president rejected any military solution to the Ethiopian crisis.",
            "REJECT",
            "any military solution to the Ethiopian crisis",
        ),
        # people of a nationality, or an authority, are the party and are marked alone
        ("Mediators called for talks among Sudanese stakeholders.", "REQUEST", "Sudanese stakeholders"),
        ("The minister rejected a demand from the Kenyan authorities.", "REJECT", "the Kenyan authorities"),
    ],
)
def test_a_party_preposition_marks_a_party_not_a_thing(text: str, kind: str, expected: str) -> None:
    assert expected in [target for event_type, _, target in participants(text) if event_type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # "with X doing Y" after a comma is a circumstance of its own, whoever X is
        ("The army reopened the border crossing, with residents fearing new attacks.", "RETREAT", None),
        # a "with" of the other party is still the target
        ("Norway signed a deal with Sweden.", "SUPPORT", "Sweden"),
    ],
)
def test_an_absolute_with_clause_names_no_target(text: str, kind: str, expected: str | None) -> None:
    assert expected in [target for event_type, _, target in participants(text) if event_type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal is for whom the aid its purpose clause provides goes to
        (
            "Oxfam launched an appeal for $5 million to provide emergency aid for families displaced by the floods.",
            ("REQUEST", "Oxfam", "families displaced by the floods"),
        ),
        (
            "The agency appealed for funds to give food to refugees in the camps.",
            ("REQUEST", "The agency", "refugees in the camps"),
        ),
    ],
)
def test_an_appeal_is_for_whom_its_aid_is_provided(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # "in case of", "in the event of" say when the act would matter, not where it is done
        ("Cambodian troops remained on alert in case of more fighting near the Thai border.", "MOBILIZE", None),
        ("The army was put on alert in the event of an attack on Kabul.", "MOBILIZE", None),
        # a plain place of the act is still its target
        ("The army deployed troops in Kabul.", "MOBILIZE", "Kabul"),
    ],
)
def test_a_condition_in_case_of_names_no_place(text: str, kind: str, expected: str | None) -> None:
    assert expected in [target for event_type, _, target in participants(text) if event_type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of death on the dead of a phrase of the bereaved says which ones, up to its date
        (
            "The governor expressed condolences to relatives of four miners who died in a gas explosion in Shanxi "
            "on Monday.",
            "relatives of four miners who died in a gas explosion in Shanxi",
        ),
        # an identifying participle stays in the phrase, a date it ends with left out
        (
            "The minister expressed condolences to the families of the sailors found on a raft off Crete last week.",
            "the families of the sailors found on a raft off Crete",
        ),
        # the killing's own target is the dead alone, not the clause that kills them
        ("The families of the soldiers who were killed in the ambush sued the army.", "the soldiers"),
    ],
)
def test_the_bereaved_keep_the_clause_that_names_their_dead(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meal's guest is whom its host acts on, by "for" or "in honour of", on the meal or the verb
        ("The Japanese emperor hosted a state dinner for the Kenyan president.", "the Kenyan president"),
        ("The king hosted a banquet in honour of the visiting Chinese premier.", "the visiting Chinese premier"),
        # a meal someone attended: the host acts on its guest
        ("The Chinese premier attended a banquet hosted by the Indian president.", "The Chinese premier"),
    ],
)
def test_a_meals_guest_is_the_target_of_its_host(text: str, expected: str) -> None:
    assert [("CONSULT", expected)] == [(kind, target) for kind, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in a statement", "in a letter" on a party say how the act was done, not who did it or to whom
        (
            "The office of the former president in a statement condemned the attack on the convoy.",
            ("ACCUSE", "The office of the former president"),
        ),
        (
            "The foreign ministry in a letter urged the Kenyan government to reopen the border.",
            ("REQUEST", "The foreign ministry"),
        ),
    ],
)
def test_a_statement_or_letter_adjunct_ends_the_party(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, source) for kind, source, _ in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing named with the people an identifying participle says it carries: the whole phrase, their actor
        ("Rebels ambushed a convoy carrying Nigerian soldiers.", ("ASSAULT", "a convoy carrying Nigerian soldiers")),
        # an agent of a thing is still its maker, marked alone
        ("The minister rejected the plan proposed by the opposition party.", ("REJECT", "the opposition party")),
    ],
)
def test_a_thing_carrying_people_is_marked_whole(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, target) for kind, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "over" phrase of why, hung on the party, is the act's reason, not part of who
        (
            "The regulator opened fraud investigations against hundreds of insurers over involvement in price fixing.",
            "hundreds of insurers",
        ),
        # on an act or a state it says what they are over
        ("The court rejected China's sovereignty over the islands.", "China's sovereignty over the islands"),
    ],
)
def test_an_over_phrase_of_why_ends_the_party(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest's own act noun is no target: the party its "on" / "at" / "against" phrase names is
        (
            "Dock workers went on strike for better pay and conditions on the Chilean government.",
            ("PROTEST", "Dock workers", "the Chilean government"),
        ),
        (
            "Some 2,000 miners stopped work in a strike for higher wages on Monday at the Kolwezi copper mine.",
            ("PROTEST", "Some 2,000 miners", "the Kolwezi copper mine"),
        ),
    ],
)
def test_a_protest_is_aimed_at_what_its_strike_is_on(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)


def test_what_a_party_is_responsible_for_ends_its_phrase() -> None:
    text = "The senators called for sanctions against Russian officials responsible for the poisoning of an activist."
    assert "Russian officials" in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing handed back "to its / their owners": the owners, not whom the pronoun might stand for
        ("Italian police returned a stolen Roman statue to its owners last week.", ("RETREAT", "its owners")),
        ("The court returned the seized jewels to their owners.", ("RETREAT", "their owners")),
        # "visiting" before a name says why the one named is there: the name alone
        (
            "Students protested against visiting Chinese President Xi Jinping.",
            ("PROTEST", "Chinese President Xi Jinping"),
        ),
        # a participle of speaking the parser read as a noun after the name begins a clause of its own
        ("The general issued an ultimatum to Kabul warning of air strikes.", ("THREATEN", "Kabul")),
        # an envoy's post and name, hung on the verb by the parser, are part of the envoy
        (
            "The king received the French Ambassador to Morocco, Jean Dupont, at the palace.",
            ("CONSULT", "the French Ambassador to Morocco, Jean Dupont"),
        ),
        # "in need of ..." after those helped says which ones
        (
            "The agency launched an appeal for $5 million to help people in need of food aid in Sudan.",
            ("REQUEST", "people in need of food aid in Sudan"),
        ),
        # "both" of a coordination and "any more" are left out of the party
        ("Japan lifted sanctions against both India and Pakistan.", ("RETREAT", "India and Pakistan")),
        ("Jordan will not accept any more Iraqi refugees.", ("REJECT", "Iraqi refugees")),
        # what is discussed is the topic; the party talked with is the target
        ("The Pope discussed Lebanon with the Iranian foreign minister.", ("CONSULT", "the Iranian foreign minister")),
        # forces on alert in a site the gazetteer cannot name: the site
        ("Police remained on alert in the southern region.", ("MOBILIZE", "the southern region")),
    ],
)
def test_target_spans_by_general_shapes(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, target) for kind, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjunct of circumstance ("in the wake of", "on the sidelines of") is neither a party nor a place
        (
            "US President Donald Trump said he canceled a deal in the wake of a Taliban attack in Kabul.",
            ("REJECT", "US President Donald Trump", None),
        ),
        ("Putin met on the sidelines of the UN General Assembly.", ("CONSULT", "Putin", None)),
        # a clause of time placed by a span ("just days before ...") reports another event: not whom
        (
            "UK and EU negotiators have agreed a trade agreement, just days before Britain is set to leave the "
            "single market.",
            ("SUPPORT", "UK and EU negotiators", None),
        ),
        # a munition is the instrument, not the target ("shelling with mortars")
        (
            "The Pakistan army violated the ceasefire by shelling with mortars.",
            ("ASSAULT", "The Pakistan army", None),
        ),
        # a reflexive object is the source itself, no party the act is aimed at
        (
            "Two suicide bombers blew themselves up, killing five people.",
            ("ASSAULT", "Two suicide bombers", "five people"),
        ),
        # what a noun of holding is over is the target, not the holding
        (
            "The Pakistan government seized control of the charities run by terrorist Hafiz Saeed.",
            ("COERCE", "The Pakistan government", "the charities run by terrorist Hafiz Saeed"),
        ),
        ("Rebels took full control of Shoqra city on Monday.", ("ASSAULT", "Rebels", "Shoqra city")),
        # the indirect object of a verb of giving is whom it goes to, before a "from" or "over" phrase
        (
            "The court awarded the Warmbiers $501 million from the North Korean regime.",
            ("AID", "The court", "the Warmbiers"),
        ),
        ("Theresa May gives Putin a midnight deadline over the attack.", ("THREATEN", "Theresa May", "Putin")),
        # the people a participle of harm modifies are whom it befell, not the raid or accident it names
        (
            "Protesters mourned two students killed in a police raid in Dhaka.",
            ("ASSAULT", None, "two students"),
        ),
    ],
)
def test_circumstances_instruments_and_holdings_are_no_targets(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the purpose adjunct "in response to ..." is never the place an act is done in
        (
            "The Israeli military carried out attacks in response to the impact of missiles in the north of Israel.",
            "response to the impact of missiles in the north of Israel",
        ),
        # a thing fired is no target
        ("Militants fired several shells at the city.", "several shells"),
        ("Two suicide bombers blew themselves up.", "themselves"),
    ],
)
def test_a_purpose_a_munition_or_the_source_itself_is_never_the_target(text: str, unwanted: str) -> None:
    assert all(target != unwanted for _, _, target in participants(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party an act asked for is aimed at outranks a cause ("over ...") hung on the verb that asks
        ("The ministers called for sanctions against Belarus over the forced landing of a passenger jet.", "Belarus"),
        # one who faces criticism is its target, not the cause the criticism is "over"
        (
            "Belarus's government faces widespread international criticism from the EU and others over its "
            "detention of opposition leaders.",
            "Belarus's government",
        ),
        # what is investigated is the target, not the venue ("at ...") the parser hung on the light verb
        ("The panel opened an inquiry into the fire at the Chinese consulate.", "the fire"),
    ],
)
def test_a_venue_or_cause_is_the_target_only_when_nothing_else_is(text: str, expected: str) -> None:
    assert expected in [target for _, _, target in participants(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of speaking on a verb of sending says what the message says: whom it went to is the target
        (
            "Turkey sent a letter to the Swedish government threatening to block its NATO bid.",
            ("THREATEN", "Turkey", "the Swedish government"),
        ),
        # the participle's own object still goes first
        (
            "The Kenyan minister wrote a letter to the UN chief, urging the Security Council to act.",
            ("REQUEST", "The Kenyan minister", "the Security Council"),
        ),
    ],
)
def test_a_message_is_aimed_at_whom_it_was_sent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in participants(text)

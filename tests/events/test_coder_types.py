"""The type of a found event where the codebooks tell two readings of a word or construction apart.

Each row: a sentence and the (PLOVER type, CAMEO code) its event must have, or events it must not have.
"""

from __future__ import annotations

import pytest

from eventwire.api import extract

pytestmark = pytest.mark.slow


def _codings(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.cameo) for e in extract(text, date="2022-03-02").events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO 113 "Rally opposition against": asking third parties to punish or oppose another party
        ("Human rights groups called for sanctions against the junta in Myanmar.", ("ACCUSE", "113")),
        ("Lawmakers called on the government to impose sanctions on Chinese officials.", ("ACCUSE", "113")),
        ("Anti-war groups called on workers to mobilize against the war.", ("ACCUSE", "113")),
        # each conjoined act asked for counts, also in the parser's purpose clause
        ("The rebel radio called on villagers to unite and mobilize against the army.", ("ACCUSE", "113")),
        ("The party called on supporters to unite and vote for its candidate.", ("REQUEST", "020")),
        # an order whose content is a restriction imposes it (CAMEO 1721's example); other orders are demands
        ("The junta ordered an opposition weekly to suspend publication for a month.", ("COERCE", "172")),
        ("A court ordered the former minister to appear before it.", ("REQUEST", "100")),
        # an appeal for cooperation stays an appeal, a demand of the party itself a demand
        ("Greece has asked NATO to help patrol its airspace.", ("REQUEST", "020")),
        ("The Indian government urged Pakistan to stop cross-border terrorism.", ("REQUEST", "020")),
        ("Russia demanded that Ukraine withdraw its troops.", ("REQUEST", "100")),
        # a blockade by armed forces or a state is force (CAMEO 191, a FIGHT code); by civilians an obstruction (144)
        ("Government troops blockaded the headquarters of the opposition leader.", ("ASSAULT", "191")),
        ("Israel blockaded the Gaza Strip.", ("ASSAULT", "191")),
        ("Saudi Arabia has imposed a blockade on Qatar.", ("ASSAULT", "191")),
        ("The Syrian army besieged the rebel-held town of Madaya.", ("ASSAULT", "191")),
        ("Protesters blockaded the main road into the capital.", ("PROTEST", "144")),
        ("Saudi Arabia lifted its blockade of Yemen.", ("RETREAT", "0872")),
        ("Bolivian President Evo Morales declared a state of siege in Pando.", ("COERCE", "172")),
        # diplomatic protests and lodged complaints are ACCUSE (CAMEO 114), street protests PROTEST
        ("Japan lodged a formal protest with China over the incident.", ("ACCUSE", "114")),
        ("China filed a complaint with the WTO against the United States.", ("ACCUSE", "114")),
        ("Thousands of demonstrators protested against the government in Tehran.", ("PROTEST", "141")),
        # calling out a party censures it; calling it is a phone call
        ("France called out the United States for rejecting the agreement.", ("ACCUSE", "111")),
        ("Obama called Merkel on Monday.", ("CONSULT", "041")),
        # a hostile act offered or voiced is that act, not a promise of cooperation
        ("The EU delegation offered scathing criticism of the Hungarian government.", ("ACCUSE", "111")),
        ("The opposition voiced strong criticism of the government.", ("ACCUSE", "111")),
        ("Japan offered aid to Indonesia.", ("AGREE", "030")),
        # declining a request rejects it
        ("The ministry declined a request from the newspaper for an interview.", ("REJECT", "120")),
        # forces moved for peacekeeping provide it (CAMEO 074)
        ("Ghana announced the deployment of 300 troops to Mali on a peacekeeping mission.", ("AID", "074")),
        ("Ghana announced the deployment of 300 troops to the border.", ("MOBILIZE", "154")),
        # an attack on what only words can attack is a verbal one (CAMEO 111)
        ("The senator launched an attack on the president's budget plan.", ("ACCUSE", "111")),
        ("The opposition leader attacked the government's budget plan.", ("ACCUSE", "111")),
        ("Militants launched an attack on the army base.", ("ASSAULT", "180")),
        ("Militants attacked the army base.", ("ASSAULT", "180")),
        # CAMEO 08 split by the CAMEO-to-PLOVER table: easing a curfew or an emergency (0813, 0814) CONCEDE; a
        # blockade eased (0872), economic sanctions eased (085) and a military surrender (0874) RETREAT
        ("The army lifted the nightly curfew in the northern province.", ("CONCEDE", "081")),
        ("The government eased the state of emergency in the capital.", ("CONCEDE", "081")),
        ("Israel eased its blockade of the Gaza Strip.", ("RETREAT", "0872")),
        ("Japan lifted sanctions on Iran.", ("RETREAT", "085")),
        ("Two hundred rebel fighters surrendered to the army.", ("RETREAT", "0874")),
        ("France will not lift the curfew in Paris.", ("REJECT", "124")),
        # a weapon word modifying an attack: the attack codes the event, force or a verbal attack
        ("Russian forces launched a cruise-missile attack on targets in Syria.", ("ASSAULT", "180")),
        ("Pakistan launched a scathing attack on India.", ("ACCUSE", "111")),
        # refuting a report or charge denies it (REJECT, 016 for a charge); refuting a party's words criticises
        ("Egypt refuted reports that it had withdrawn its ambassador.", ("REJECT", "120")),
        ("China rebutted the allegations.", ("REJECT", "016")),
        ("South Africa strongly refuted Trump's comments on farm seizures.", ("ACCUSE", "111")),
        # a prosecutor seeking a sentence brings a case (CAMEO 115); seeking talks is an appeal
        ("Prosecutors sought the death penalty for the bomber.", ("ACCUSE", "115")),
        ("Iran seeks talks with the EU.", ("REQUEST", "020")),
        # a prison sentence detains (CAMEO 173), and a conviction joined to one is it; a verdict alone is 116
        ("A court sentenced the journalist to four years in jail.", ("COERCE", "173")),
        (
            "The court convicted the militant of terrorism and sentenced him to seven years in prison.",
            ("COERCE", "173"),
        ),
        ("A court convicted the party of inciting hatred.", ("ACCUSE", "116")),
        ("North Korea launched a ballistic missile into the sea.", ("MOBILIZE", "150")),
    ],
)
def test_coder_tells_codebook_senses_apart(text: str, expected: tuple[str, str]) -> None:
    assert expected in _codings(text)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # the topic of a protest, typically a REQUEST, is no event of its own (PLOVER manual, PROTEST)
        ("Thousands of teachers staged demonstrations in the capital to demand better pay.", "PROTEST", "REQUEST"),
        (
            "The prisoners continued their hunger strike to demand the governor's resignation.",
            "PROTEST",
            "REQUEST",
        ),
        ("Workers went on strike to demand higher wages from the government.", "PROTEST", "REQUEST"),
        # any REQUEST verb can be the topic, not only "demand"
        ("Students protested against the Indonesian government to plead for reforms.", "PROTEST", "REQUEST"),
        # support named in a participle describing the actor is no act of its own
        ("Government forces, backed by foreign warplanes, attacked the rebel-held town.", "ASSAULT", "SUPPORT"),
        ("Rebels supported by Turkey shelled Kurdish positions in northern Syria.", "ASSAULT", "SUPPORT"),
    ],
)
def test_coder_codes_no_separate_demand_for_a_protest(text: str, kept: str, dropped: str) -> None:
    types = [event_type for event_type, _ in _codings(text)]
    assert kept in types
    assert dropped not in types


def test_a_protest_takes_the_target_its_demand_is_made_of() -> None:
    # the protest is against whom the demand is made of; no REQUEST is coded beside it
    events = extract("Students staged demonstrations to demand the resignation of President Suharto.").events
    coded = [(e.type, e.target.actor.code if e.target and e.target.actor else "") for e in events]
    assert ("PROTEST", "IDNGOV") in coded
    assert "REQUEST" not in [t for t, _ in coded]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to demand" after a verb that is no protest: the demand is the event
        ("The minister travelled to Brussels to demand a new deal.", "REQUEST"),
        # backing said by a main verb, or of a thing acted on, is still an event
        ("The United States backed the resolution.", "SUPPORT"),
        ("The resolution, backed by France, was adopted on Monday.", "SUPPORT"),
    ],
)
def test_demands_and_backing_that_are_events_stay(text: str, expected: str) -> None:
    assert expected in [t for t, _ in _codings(text)]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a sending done for a purpose that is itself an event: the purpose is the event, also through "in a bid to"
        ("Germany sent investigators to Kenya in a bid to investigate the bombing.", ("ACCUSE", "090"), "AID"),
        # the negation and tense of a journey are its purpose's: no meeting, a promised one, one that took place
        ("The prime minister will not travel to Washington to meet the president.", ("REJECT", "125"), "CONSULT"),
        ("The president will travel to Tokyo next week to meet Japanese leaders.", ("AGREE", "036"), "CONSULT"),
        ("The foreign minister went to Beijing to meet Chinese officials.", ("CONSULT", "040"), "AGREE"),
        # giving leave to act is a concession, whatever the noun of leave
        ("The court has given authorization for police to search the building.", ("CONCEDE", "081"), "SUPPORT"),
        ("The court gave prosecutors clearance to question the minister.", ("CONCEDE", "081"), "SUPPORT"),
        # CAMEO 057 is signing an agreement or treaty; a decree or bill signed alone is none
        ("Egypt and Israel signed a trade agreement.", ("SUPPORT", "057"), "CONSULT"),
        # a stated inability to act is a refusal, as "will not" is
        ("Bangladesh said it cannot accept any more refugees from Myanmar.", ("REJECT", "120"), "AID"),
        ("Germany can't send more troops to Mali.", ("REJECT", "120"), "AID"),
        # "called on Friday for X to V": an appeal whatever date stands between, never a phone call
        ("Theresa May called on Friday for Britain to stay in the single market.", ("REQUEST", "020"), "CONSULT"),
    ],
)
def test_the_verb_that_carries_the_event(text: str, expected: tuple[str, str], absent: str) -> None:
    codings = _codings(text)
    assert expected in codings
    assert absent not in [t for t, _ in codings]


@pytest.mark.parametrize(
    "text",
    [
        "The president signed a decree raising taxes on fuel.",
        "The governor signed the bill into law on Friday.",
    ],
)
def test_signing_a_law_is_no_agreement(text: str) -> None:
    assert ("SUPPORT", "057") not in _codings(text)


def test_the_one_who_sends_does_the_purpose_of_a_bid() -> None:
    events = extract("Germany sent investigators to Kenya in a bid to investigate the bombing.").events
    assert [(e.type, e.source.actor.code if e.source and e.source.actor else "") for e in events] == [("ACCUSE", "DEU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces a state sends inside its own country mobilise them (CAMEO 154); sent abroad, they are aid (074)
        ("Nigeria sent troops to Maiduguri to restore order.", ("MOBILIZE", "154")),
        ("Nigeria sent troops to Liberia.", ("AID", "070")),
        # an oil or gas field taken by force is held ground (CAMEO 192), as an oilfield is
        ("Iraqi troops seized large Kurdish oil fields near Kirkuk.", ("ASSAULT", "192")),
        # aid forbidden or held back (CAMEO 162)
        ("Washington withheld military aid from Egypt.", ("SANCTION", "162")),
        ("The government prohibited all aid to the rebels.", ("SANCTION", "162")),
        # preparing an attack is military posturing short of force (PLOVER MOBILIZE); a stated readiness is a threat
        ("The Macedonian army prepared to resume shelling rebel-held territory.", ("MOBILIZE", "150")),
        ("Troops are preparing to storm the rebel-held town.", ("MOBILIZE", "150")),
        ("Iran is ready to strike Israel.", ("THREATEN", "138")),
        ("Hamas is prepared to negotiate with Israel.", ("AGREE", "036")),
    ],
)
def test_codebook_senses_of_sending_taking_and_stopping_aid(text: str, expected: tuple[str, str]) -> None:
    assert expected in _codings(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Dock workers stopped work on Monday to demand higher pay.", ("PROTEST", "143"), "COERCE"),
        # work named as another's is no strike of the subject's: the other's work is curbed (CAMEO 172)
        (
            "The council's decree stops the work of groups such as Doctors Without Borders.",
            ("COERCE", "172"),
            "PROTEST",
        ),
    ],
)
def test_stopping_work_is_a_strike_only_of_ones_own_work(text: str, expected: tuple[str, str], absent: str) -> None:
    codings = _codings(text)
    assert expected in codings
    assert absent not in [t for t, _ in codings]


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        # "seek to" with an infinitive and no object is an attempt at the infinitive's act, no appeal to anyone
        ("The ministry is seeking to impose new tariffs on steel.", False),
        ("The opposition sought to block the reform bill in parliament.", False),
        # seeking a thing from someone is still an appeal (CAMEO 02)
        ("The rebels are seeking talks with the government.", True),
    ],
)
def test_seeking_to_act_is_an_attempt_not_an_appeal(text: str, appeal: bool) -> None:
    assert (("REQUEST", "020") in _codings(text)) is appeal


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        # a plea to or for someone is an appeal (CAMEO 02)
        ("The president issued a fresh plea to the rebels to lay down their arms.", True),
        ("The mayor made a plea for calm after the riots.", True),
        # a plea in court is none
        ("The defendant entered a plea of not guilty.", False),
    ],
)
def test_a_plea_to_someone_is_an_appeal(text: str, appeal: bool) -> None:
    assert (("REQUEST", "020") in _codings(text)) is appeal


@pytest.mark.parametrize(
    ("text", "coding"),
    [
        # calling upon someone to act appeals to them, as "calling on" does (CAMEO 02), never a phone call
        ("Modi also called upon the sarpanchs to be accountable to the public.", ("REQUEST", "020")),
        ("The minister called on the police to act.", ("REQUEST", "020")),
        # a call with no "upon" or "on" stays a phone call
        ("The minister called the governor on Sunday.", ("CONSULT", "041")),
    ],
)
def test_calling_upon_someone_is_an_appeal(text: str, coding: tuple[str, str]) -> None:
    assert coding in _codings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "call" decided by its arguments: a claim called into question is disputed (CAMEO 111)
        ("Senator Shelby called into question the governor's views on interest rates.", [("ACCUSE", "111")]),
        ("Her fitness for office was called into question by the senator.", [("ACCUSE", "111")]),
        # the army or police called in or out are deployed (CAMEO 154), not phoned or censured
        ("The government called in the army to restore order in the city.", [("MOBILIZE", "154")]),
        ("The army was called in from the border.", [("MOBILIZE", "154")]),
        # a meeting ("meet" in Indian English) or a strike called is convened, never a phone call
        ("The opposition skipped the all-party meet called by the chief minister.", []),
        ("The unions called a bandh in the city on Monday.", []),
        ("The speech called to mind his father's campaign.", []),
        # forces called to service or to arms are mobilised (CAMEO 154)
        ("National Guard members, called to service by the governor, patrolled the streets.", [("MOBILIZE", "154")]),
        # a call with a person alone stays a phone call
        ("The minister called the governor on Sunday.", [("CONSULT", "041")]),
    ],
)
def test_the_sense_of_call_follows_its_arguments(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codings(text) == expected


@pytest.mark.parametrize(
    ("text", "retreat"),
    [
        # pulling people or bodies out of somewhere rescues or drags them: no withdrawal (CAMEO 087)
        ("Police pulled out eight more bodies from the well on Monday.", False),
        ("Villagers pulled out the boy from the canal.", False),
        ("Firemen pulled back the woman from the burning house.", False),
        ("Rescuers pulled out two men from the rubble.", False),
        # forces pulled out, or a party pulling out of a deal, withdraw
        ("The United States pulled out its troops from the region.", True),
        ("The company pulled out of the deal.", True),
    ],
)
def test_pulling_out_people_is_no_withdrawal(text: str, retreat: bool) -> None:
    assert (("RETREAT", "087") in _codings(text)) is retreat


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the object's own head word decides the verb's sense before a (misread) conjunct does: rounds fired by
        # police are riot control (CAMEO 175), whatever the shells lobbed beside them
        (
            "Police had to fire 31 rounds and lob six tear-gas shells to disperse a mob.",
            ("ASSAULT", "175"),
            ("MOBILIZE", "150"),
        ),
        ("The army fired two missiles into the sea.", ("MOBILIZE", "150"), ("ASSAULT", "175")),
        # the object's own modifier still counts as its own: curfew restrictions relaxed are a curfew eased (081)
        ("The police may relax the curfew restrictions in other areas.", ("CONCEDE", "081"), ("RETREAT", "085")),
    ],
)
def test_the_objects_own_head_word_decides_first(text: str, expected: tuple[str, str], absent: tuple[str, str]) -> None:
    codings = _codings(text)
    assert expected in codings
    assert absent not in codings


@pytest.mark.parametrize(
    ("text", "coding", "absent"),
    [
        # asking someone not to commit an act of force asks for restraint: an appeal (CAMEO 02), no rallying of
        # opposition against anyone (CAMEO 113)
        (
            "Her video includes her pleading with officers not to shoot and begging her husband to get out.",
            ("REQUEST", "020"),
            ("ACCUSE", "113"),
        ),
        ("The rebels urged villagers to attack the army.", ("ACCUSE", "113"), ("REQUEST", "020")),
    ],
)
def test_an_appeal_not_to_use_force_is_an_appeal(text: str, coding: tuple[str, str], absent: tuple[str, str]) -> None:
    codings = _codings(text)
    assert coding in codings
    assert absent not in codings

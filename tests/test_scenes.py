"""The scene a sentence sets ("In Nadiad, ..."): which events take it as their location, and where it stops."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import extract_one

pytestmark = pytest.mark.slow

FIRING = "police fired 25 rounds to disperse the mob."
INJURED = "The mob injured nine policemen."


def _locations(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each event's trigger -> (its location's text, how the location was chosen)."""
    result = extract_one(Article(id="t", text=text))
    return {
        e.trigger.text: (result.places[e.location].text if e.location is not None else None, e.location_how)
        for e in result.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"In Nadiad, {FIRING} {INJURED}",
            {
                "fired 25 rounds": ("Nadiad", "attached"),
                "disperse": ("Nadiad", "scene"),
                "injured": ("Nadiad", "scene carried"),
            },
            id="the scene's own sentence, then carried",
        ),
        pytest.param(
            f"Meanwhile in Anand, {FIRING} {INJURED}",
            {"disperse": ("Anand", "scene"), "injured": ("Anand", "scene carried")},
            id="after meanwhile",
        ),
        pytest.param(
            f"In the Gomtipur area of Ahmedabad, {FIRING} {INJURED}",
            {"disperse": ("Ahmedabad", "scene"), "injured": ("Ahmedabad", "scene carried")},
            id="a part of the town",
        ),
        pytest.param(
            f"In Nadiad, {FIRING}\n\n{INJURED}",
            {"disperse": ("Nadiad", "scene"), "injured": (None, None)},
            id="a paragraph break ends it",
        ),
        pytest.param(
            f"In Nadiad, {FIRING} Trouble began at Adas village. {INJURED}",
            {"disperse": ("Nadiad", "scene"), "injured": (None, None)},
            id="another place named ends it",
        ),
        pytest.param(
            f"In Nadiad, {FIRING} In Gujarat, the mob injured nine policemen. Police arrested 12 people.",
            {"injured": ("Gujarat", "attached"), "arrested": (None, None)},
            id="a fronted state ends it and sets none",
        ),
        pytest.param(
            "In Nadiad, police fired 25 rounds. In another incident, a mob injured nine policemen.",
            {"injured": (None, None)},
            id="another incident ends it",
        ),
        pytest.param(
            f'In Nadiad, {FIRING} "The mob injured nine policemen," he said.',
            {"disperse": ("Nadiad", "scene"), "injured": (None, None)},
            id="no carried scene in a quotation",
        ),
        pytest.param(
            f"In rural Vadodara, {FIRING} {INJURED}",
            {"disperse": (None, None), "injured": (None, None)},
            id="the country around a town is no town",
        ),
        pytest.param(f"In India, {FIRING} {INJURED}", {"disperse": (None, None)}, id="a country sets no scene"),
        pytest.param(
            f"In Nadiad and Anand, {FIRING} {INJURED}",
            {"disperse": (None, None), "injured": (None, None)},
            id="two towns set none",
        ),
        pytest.param(
            f"After the violence in Godhra, mobs attacked shops in the city. {INJURED}",
            {"attacked": (None, None), "injured": (None, None)},
            id="a place in a clause of time is no frame",
        ),
    ],
)
def test_scene_locates_the_events_of_its_sentences(
    text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    found = _locations(text)
    assert {trigger: found.get(trigger) for trigger in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A woman was burnt alive in Viramgam town on Tuesday. Mobs set shops afire, forcing the authorities to"
            " impose curfew in the town.",
            {"set": ("Viramgam", "referred back"), "impose curfew": ("Viramgam", "referred back")},
            id="the town named last",
        ),
        pytest.param(
            "Violence continued in Vadodara on Tuesday. A man was attacked with swords on the outskirts of the city.",
            {"attacked": ("Vadodara", "referred back")},
            id="the city, a sentence later",
        ),
        pytest.param(
            "A woman was burnt alive in Viramgam town of Ahmedabad rural district. Police imposed curfew in the town.",
            {"imposed curfew": ("Viramgam", "referred back")},
            id="not the district the town lies in",
        ),
        pytest.param(
            "Violence continued in Anand on Friday. Trouble began at Adas village when mobs started torching"
            " handcarts at the village.",
            {"torching": (None, None)},
            id="a village the places stage did not find comes between",
        ),
        pytest.param(
            "Police fired in Anand on Friday. Shops were looted on Saturday. Stones were thrown on Sunday."
            " A house was burnt in the town.",
            {"burnt": (None, None)},
            id="too far back",
        ),
        pytest.param(
            "Mobs attacked shops in the town.",
            {"attacked": (None, None)},
            id="no town named before",
        ),
        pytest.param(
            "After the violence in Godhra, mobs attacked shops in the city.",
            {"attacked": (None, None)},
            id="a town of another time",
        ),
    ],
)
def test_a_reference_back_locates_events_at_the_town_named_last(
    text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    found = _locations(text)
    assert {trigger: found.get(trigger) for trigger in expected} == expected

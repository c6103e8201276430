"""Closed-class English word lists shared by the stages (one list, not a copy per module)."""

from __future__ import annotations

#: Personal, possessive and reflexive pronouns: words that refer to someone named elsewhere, never a name.
PERSONAL_PRONOUNS = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself"}
    | {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself"}
    | {"they", "them", "their", "theirs", "themselves"}
)

#: Relative pronouns that open a relative clause ("the army, which ...", "“...” that is sexist").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

#: Singular nouns for a body of people gathered for a purpose, with no other sense to tell apart ("the delegation",
#: "a group of MPs"): the core that coreference, actor kinds and fusion's counts of people all read as a group.
COLLECTIVE_NOUNS = frozenset({"group", "delegation", "team", "contingent", "squad", "gang", "band", "batch"})

#: Titles of people a state posts abroad: an envoy's country is the sending state's, not the host's people's
#: (actor coreference and the event coder's sentence country both pass over it).
ENVOY_WORDS = frozenset({"envoy", "ambassador", "diplomat", "emissary", "consul", "attache", "attaché", "chargé"})

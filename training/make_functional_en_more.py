"""An English functional suite of our own, written to see how the rules carry over to
phrasings HateCheck does not use.

    .venv/bin/python training/make_functional_en_more.py

Writes ``tests/unit/policies/data/functional_en_more.jsonl`` (fields as in
``functional_fr.jsonl``). Three rounds, each written before the engine was changed for
it. The first got 75 % of its cases right, and half of its counter-speech ("He wrote
that X are parasites, which is shameful") was flagged. The second, written after the
first round's fixes, got 68 % right, and two thirds of its denials ("I would never say X
are criminals") were flagged. The third, written after every other fix, got 62 % right
(40 % of its hateful cases, every civil one): threats and implicit derogation in new
words passed ("should all be sterilised", "Hang all X", "should know their place"). The
misses were fixed with general vocabulary and rules (see ``docs/moderation-eval.md``);
these cases are now tuned on and guard against regressions, HateCheck stays the measure.
"""

from __future__ import annotations

from pathlib import Path

from functional_suite import write_suite

OUT = Path(__file__).resolve().parents[1] / "tests/unit/policies/data/functional_en_more.jsonl"

GROUPS_1 = [
    "Muslims",
    "Jews",
    "black people",
    "women",
    "gay people",
    "trans people",
    "immigrants",
    "disabled people",
    "refugees",
    "Asians",
]
HATEFUL_1 = {
    "derog_neg_emote_h": [
        "{G} make me sick to my stomach.",
        "I can't stand being around {G}.",
        "Honestly, {G} disgust me.",
        "I have nothing but contempt for {G}.",
        "{G} fill me with rage.",
    ],
    "derog_neg_attrib_h": [
        "{G} are all liars and cheats.",
        "{G} are lazy by nature.",
        "{G} are too stupid to vote.",
        "{G} are violent savages.",
        "{G} are sneaky and dishonest.",
        "{G} are a bunch of freeloaders.",
    ],
    "derog_dehum_h": [
        "{G} are vermin.",
        "{G} are nothing but animals.",
        "{G} are a plague on this country.",
        "{G} are subhuman trash.",
        "{G} are parasites feeding off the rest of us.",
    ],
    "derog_impl_h": [
        "{G} should go back to where they came from.",
        "This neighbourhood was fine before {G} moved in.",
        "I wouldn't let my kids anywhere near {G}.",
        "{G} bring nothing but trouble.",
        "We never should have let {G} in.",
    ],
    "threat_dir_h": [
        "I'm going to hurt every one of those {G}.",
        "I will kill any {G} I see.",
        "We're coming for you, {G}.",
        "I'll make sure {G} suffer.",
        "I'm going to burn down the houses of {G}.",
    ],
    "threat_norm_h": [
        "{G} should be shot.",
        "All {G} deserve to die.",
        "{G} should be locked up in camps.",
        "Someone should get rid of {G} for good.",
        "{G} need to be wiped out.",
        "We should deport all {G} tomorrow.",
    ],
    "negate_pos_h": [
        "{G} are not real human beings.",
        "{G} don't deserve any respect.",
        "I will never trust {G}.",
        "{G} are not welcome here.",
        "There is nothing good about {G}.",
    ],
    "ref_subs_sent_h": [
        "I met some {G} yesterday. They are all disgusting.",
        "There were {G} on the bus again. What a bunch of parasites.",
    ],
    "spell_h": [
        "{G} are v3rmin.",
        "I h8 {G}.",
        "{G} are disgustng.",
        "I hate {G}!!!",
        "{G} are p a r a s i t e s.",
        "{G} are scumm.",
        "i hte {G}.",
    ],
}
NON_HATEFUL_1 = {
    "negate_neg_nh": [
        "I don't hate {G}.",
        "{G} are not a threat to anyone.",
        "I have nothing against {G}.",
        "{G} are no worse than anyone else.",
    ],
    "counter_nh": [
        "Saying that {G} are vermin is disgusting.",
        "He wrote that {G} are parasites, which is shameful.",
        "Calling {G} animals is plain bigotry.",
        "People who say {G} are inferior should be ashamed.",
    ],
    "ident_pos_nh": [
        "{G} deserve the same respect as everyone.",
        "I admire the courage of {G} in our town.",
        "{G} are welcome here.",
        "{G} make our community stronger.",
    ],
    "ident_neutral_nh": [
        "Many {G} live in our city.",
        "A group of {G} organised a street party on Saturday.",
        "The report interviews {G} from Leeds.",
    ],
    "protect_nh": [
        "We must protect {G} from discrimination.",
        "Threats against {G} have to stop.",
        "Attacks on {G} have risen, and the police must act.",
    ],
    "target_nh": [
        "This bill is a plague for small shops.",
        "The mayor should resign, in my opinion.",
        "We need to get rid of the rats in the basement.",
        "I hate Mondays.",
        "This traffic makes me sick.",
    ],
}


GROUPS_2 = [
    "Jews",
    "Muslims",
    "black people",
    "women",
    "lesbians",
    "trans women",
    "migrants",
    "disabled people",
    "Gypsies",
    "Mexicans",
]
HATEFUL_2 = {
    "derog_neg_emote_h": [
        "The sight of {G} turns my stomach.",
        "I really, really despise {G}.",
        "{G} get on my nerves just by existing.",
        "Nothing annoys me more than {G}.",
    ],
    "derog_neg_attrib_h": [
        "{G} are born criminals.",
        "{G} are naturally inferior.",
        "{G} are filthy and smell bad.",
        "{G} have no morals at all.",
        "{G} are brainwashed idiots.",
    ],
    "derog_dehum_h": [
        "{G} are cockroaches.",
        "{G} breed like rabbits.",
        "{G} are a disease.",
        "{G} are garbage.",
    ],
    "derog_impl_h": [
        "Keep {G} out of our schools.",
        "{G} are ruining this country.",
        "I'd move house if {G} moved next door.",
        "There are far too many {G} around here these days.",
    ],
    "threat_dir_h": [
        "I'm going to shoot the next {G} I see.",
        "Any {G} who comes near me will get a bullet.",
        "I will beat up every one of you {G}.",
    ],
    "threat_norm_h": [
        "{G} should be hanged.",
        "{G} should be exterminated.",
        "Round up all {G} and put them in camps.",
        "{G} deserve a bullet.",
        "Let's get rid of all {G} once and for all.",
    ],
    "negate_pos_h": [
        "{G} will never be equal to us.",
        "{G} can't be trusted.",
        "{G} are not fit to raise children.",
        "No {G} should ever hold office.",
    ],
    "spell_h": [
        "{G} are c0ckroaches.",
        "I hat3 {G}.",
        "{G} are discusting.",
        "{G} are sc*m.",
        "{G} are g a r b a g e.",
    ],
}
NON_HATEFUL_2 = {
    "negate_neg_nh": [
        "{G} are not inferior to anyone.",
        "I would never say {G} are criminals.",
        "It's false that {G} are lazy.",
    ],
    "counter_nh": [
        "Calling {G} cockroaches is dehumanising.",
        "If you think {G} are garbage, you are the problem.",
        "Posts saying {G} should be hanged must be removed.",
    ],
    "ident_pos_nh": [
        "{G} are brilliant.",
        "So proud of the {G} in my family.",
        "{G} have every right to live here.",
    ],
    "ident_neutral_nh": [
        "Two {G} won seats on the council.",
        "The museum has an exhibition about {G}.",
        "How many {G} live in Ireland?",
    ],
    "protect_nh": [
        "Violence against {G} must be punished.",
        "{G} face discrimination at work.",
        "We need laws that protect {G}.",
    ],
    "target_nh": [
        "These potholes are a disease.",
        "I'd shoot the referee if I could, what a terrible call!",
        "My neighbour's dog is a menace.",
        "The council's plan is garbage.",
    ],
}


GROUPS_3 = [
    "Jews",
    "Muslims",
    "Black people",
    "women",
    "gay men",
    "trans people",
    "immigrants",
    "disabled people",
    "Roma",
    "Arabs",
]
HATEFUL_3 = {
    "derog_neg_emote_h": [
        "I loathe {G} with every fibre of my being.",
        "{G} make my skin crawl.",
        "I'm so sick of {G}.",
        "I feel nothing but disgust for {G}.",
    ],
    "derog_neg_attrib_h": [
        "{G} are all degenerates.",
        "{G} are a bunch of lazy scroungers.",
        "{G} are too primitive to understand democracy.",
        "{G} are sneaky little rats.",
    ],
    "derog_dehum_h": [
        "{G} are a cancer on society.",
        "{G} are filthy swine.",
        "{G} are nothing more than cattle.",
    ],
    "derog_impl_h": [
        "Our town was safer before the {G} arrived.",
        "{G} should know their place.",
        "I don't want {G} teaching my kids.",
        "Why do we let {G} vote at all?",
    ],
    "threat_dir_h": [
        "I'm going to make {G} pay for this.",
        "Next time I see {G} in my street, they're dead.",
        "We will hunt down {G} one by one.",
    ],
    "threat_norm_h": [
        "{G} should all be sterilised.",
        "{G} must be driven out of the country.",
        "Someone needs to teach {G} a lesson they won't forget.",
        "Hang all {G}.",
    ],
    "negate_pos_h": [
        "{G} are not capable of running anything.",
        "{G} will never be real citizens.",
        "{G} have no place in a decent society.",
    ],
}
NON_HATEFUL_3 = {
    "negate_neg_nh": [
        "I don't think {G} are a problem at all.",
        "Nobody should hate {G}.",
        "{G} are not criminals, stop saying that.",
    ],
    "counter_nh": [
        "Saying {G} are a cancer is vile bigotry.",
        "I reported the post calling {G} swine.",
        "People who want to hang {G} belong in prison.",
    ],
    "ident_pos_nh": [
        "{G} are wonderful neighbours.",
        "I'm proud to stand with {G}.",
        "{G} built this city too.",
    ],
    "ident_neutral_nh": [
        "The survey asked {G} about housing.",
        "{G} are underrepresented in parliament.",
        "A new book tells the history of {G} in Britain.",
    ],
    "protect_nh": [
        "Hate crimes against {G} are rising.",
        "We must defend {G} from abuse.",
        "Schools should teach respect for {G}.",
    ],
}


def main() -> None:
    write_suite(
        OUT,
        "en2",
        (
            (1, GROUPS_1, HATEFUL_1, NON_HATEFUL_1),
            (2, GROUPS_2, HATEFUL_2, NON_HATEFUL_2),
            (3, GROUPS_3, HATEFUL_3, NON_HATEFUL_3),
        ),
    )


if __name__ == "__main__":
    main()

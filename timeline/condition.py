"""Words a claim depends on that a short headline must not drop: the condition a clause
holds only under ("will withdraw his troops [only if Israel withdraws]", "[unless] the
company raises wages", "[provided that] ...", "[on condition that] ...", "[as long as]
..."; a plain "if" after the clause when it fits whole), and the content a noun or
adjective is empty without ("sent strong new signals [that the army wants to leave]",
"expressed hope [that the strike would end]", "became more open [in declaring that
...]"). Works on parsed spaCy tokens (duck-typed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from timeline.clause import base_form
from timeline.needed import NEEDED_PREPOSITION, cut_elsewhere
from timeline.wording import MAX_WORDS, count_words

# A verb's subject and predicate words, from the caller: (verb) -> (subject, words).
ClauseOf = Callable[[Any], tuple[set[Any], set[Any]]]
# Nouns whose sense is their content clause or topic: "signals [that ...]", "hope [that
# ...]", "concern [about ...]".
CONTENT_NOUNS = {"signal", "signals", "sign", "signs", "hint", "hints", "warning", "warnings",
                 "assurance", "assurances", "evidence", "indication", "indications", "word",
                 "hope", "hopes", "concern", "concerns", "confidence", "fear", "fears",
                 "report", "reports", "belief", "suggestion", "suggestions", "promise",
                 "promises", "pledge", "pledges", "claim", "claims", "rumors", "rumours",
                 "doubt", "doubts", "optimism", "pessimism", "worry", "worries", "news",
                 "qualms", "reservations", "misgivings", "likelihood", "possibility",
                 "possibilities", "prospect", "prospects", "notion", "idea", "speculation",
                 "allegation", "allegations", "assertion", "assertions", "expectation",
                 "expectations", "fact", "accusation", "accusations", "charges", "demand",
                 "demands", "complaint", "complaints"}
# Verbs of a role whose "as one of" a group reads as "among" it: "listed the fund [among]
# the 10 most significant events" (not "described" or "identified": another sense).
AMONG_VERBS = {"list", "rank", "name", "cite", "choose", "select", "pick"}
# Prepositions a content noun's topic takes: "concern [about] the deficit".
TOPIC_PREPOSITIONS = {"about", "over", "for", "of", "on", "in"}
# Dependents that already say what a content noun is: "signals [of a thaw]".
SAYING_WHAT = {"acl", "relcl", "prep", "appos", "ccomp", "compound", "poss"}


def condition_head(verb: Any) -> Any:
    """The head of the condition the clause of `verb` holds only under: the clause of
    "unless" or "only if" ("will sign the bill [only if the legislature cuts the tax]"),
    "long" of "as long as", "provided" of "provided (that)", "on" of "on condition that";
    None when it has none. A plain "if" is `plain_if`, told only when it fits whole."""
    doc = verb.doc
    for child in (c for c in (*verb.children, *(  # "had no qualms, [as long as] ...": the
            g for o in verb.children if o.dep_ == "dobj" for g in o.children  # parse's
            if g.dep_ == "advmod")) if c.i > verb.i):  # object takes it
        marks = [m for m in child.children if m.dep_ == "mark"]
        if child.dep_ == "advcl" and any(
                m.lower_ == "unless" or m.lower_ == "if" and m.i > 0
                and doc[m.i - 1].lower_ == "only" for m in marks):
            return child
        if child.dep_ == "advmod" and child.lower_ == "long" and any(
                a.lower_ in ("as", "so") and a.i == child.i - 1 for a in child.children) \
                and any(a.dep_ == "advcl" for a in child.children):
            return child
        if child.lower_ in ("provided", "providing") and any(
                g.dep_ in ("ccomp", "advcl") and g.i > child.i for g in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lower_ == "condition" and g.i == child.i + 1
                and any(h.dep_ in ("acl", "ccomp") for h in g.children)
                for g in child.children):
            return child
    return None


def is_condition(token: Any) -> bool:
    """Whether `token` heads a condition of its verb, or the clause of "as long as"."""
    head = token.head
    return head.i != token.i and (_at(condition_head(head), token) or head.lower_ == "long"
                                  and _at(condition_head(head.head), head))


def _at(found: Any, token: Any) -> bool:
    """Whether `found` (a token or None) is `token`."""
    return found is not None and found.i == token.i


def _core(verb: Any, clause_of: ClauseOf) -> set[Any]:
    """The subject and predicate of the clause of `verb` with its opening word ("[that
    Israel wants to withdraw]"); its own subject pronoun, not the referent `clause_of`
    names, which the headline already holds ("in declaring that [they] hope ...")."""
    subject, words = clause_of(verb)
    own = {t.i for t in verb.subtree}
    if not any(t.i in own for t in subject):  # "declaring that [they] hope", not its referent
        subject = {c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    opening = {c for c in verb.children  # "that", and a subject the parse reads as a
               if c.dep_ in ("mark", "preconj")}  # "preconj": "that [either] was involved"
    return subject | words | {verb} | opening | (
        {_opening(verb)} if _opening(verb) is not None else set())


def _opening(verb: Any) -> Any:
    """The "that" opening the clause of `verb`, also one the parse misreads as an object
    inside it ("signals [that] the mayor wants to rebuild"); else None."""
    first = min(verb.subtree, key=lambda t: t.i)
    return first if first.lower_ == "that" and first.i < verb.i else None


def _inner_verb(head: Any) -> Any:
    """The verb of the condition `head` opens: "only if Israel [withdraws]"."""
    if head.dep_ == "advcl":
        return head
    for child in head.children:
        if child.dep_ in ("advcl", "ccomp"):
            return child
        if child.dep_ == "pobj":  # "on condition [that the army leaves]"
            return next(h for h in child.children if h.dep_ in ("acl", "ccomp"))
    return head


def plain_if(verb: Any) -> Any:
    """The clause of a plain "if" after the clause of `verb` ("The strike will end on
    Friday [if the union accepts the offer]"), not "only if", "even if", "as if"; else
    None. Told only whole: a brief headline without it states a conditional as fact."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i:
            continue
        mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ == "if"), None)
        if mark is not None and mark.i == min(t.i for t in child.subtree) and (
                mark.i == 0 or doc[mark.i - 1].lower_ not in ("only", "even", "as")):
            return child
    return None


def fronted_if(verb: Any) -> Any:
    """The clause of a plain "if" or of "unless" that opens the clause of `verb` and ends at
    a comma ("[If talks fail], the union will strike") or at the verb's subject, not "even
    if", "as if"; else None.
    Told only whole, after the clause (`condition_last`)."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "advcl" or child.i > verb.i:
            continue
        first = min(t.i for t in child.subtree)
        end = max(t.i for t in child.subtree)
        mark = next((m for m in child.children if m.dep_ == "mark" and m.i == first
                     and m.lower_ in ("if", "unless")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        closed = end + 1 < verb.i and (doc[end + 1].text == "," or subject is not None
                                       and end + 1 == min(t.i for t in subject.subtree))
        if mark is not None and closed and (  # "[If talks fail] the union will strike"
                first == 0 or doc[first - 1].lower_ not in ("only", "even", "as")):
            return child
    return None


def condition_last(words: list[Any], verb: Any, named: list[Any]) -> list[Any]:
    """`words` with the condition that opens the clause of `verb` told after it, without
    its comma: "the union will strike [if talks fail]" (the subject opens a headline);
    left out when the subject `named` is taken from it ("If [the workers] accept the
    offer, they will return": its subject would be gone from it)."""
    fronted = fronted_if(verb) if verb is not None else None
    if fronted is None:
        return words
    ids = {t.i for t in fronted.subtree}
    comma = max(ids) + 1 if verb.doc[max(ids) + 1].text == "," else -1
    have = {t.i for t in words}
    own = [t for c in fronted.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
           and c.i not in have for t in c.subtree if t.i not in have]  # "if [it] rains"
    kept = [t for t in words if t.i in ids]
    kept = sorted(kept + own, key=lambda t: t.i) if kept else []
    if any(t.i in ids for t in named):
        kept = []
    return [t for t in words if t.i not in ids and t.i != comma] + kept


def hedged(headline: str, verb: Any, told: set[int]) -> str:
    """`headline` with "could" for the "will" or "shall" of `verb` when it leaves out the
    plain "if" or "unless" its clause holds only under: "If talks fail, the union will
    strike" told as "The union [could] strike", not as a fact."""
    if verb is None:
        return headline
    condition = fronted_if(verb) or plain_if(verb)
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("will", "shall")
                and c.i < verb.i), None)
    if condition is None or aux is None or headline.split().count(aux.text) != 1 \
            or condition.i in told and any(  # kept, not cut off for length
                m.dep_ == "mark" and m.lower_ in headline.lower().split()
                for m in condition.children):
        return headline
    return headline.replace(f" {aux.text} ", " could ", 1)


def condition_words(verbs: list[Any], have: set[Any], skip: set[int],
                    clause_of: ClauseOf) -> set[Any]:
    """The conditions of `verbs` (the told verb and those of its predicate), each whole
    when the headline `have` so far has room, else its opening words with its clause's
    subject and predicate ("only if [Israel withdraws from the West Bank]")."""
    out: set[Any] = set()
    for verb in verbs:
        head = condition_head(verb)
        if head is None:
            plain = plain_if(verb) or fronted_if(verb)
            whole = set() if plain is None else {t for t in plain.subtree if t.i not in skip}
            if plain is not None and plain.i not in skip and plain not in have and count_words(
                    sorted(have | out | whole, key=lambda t: t.i)) <= MAX_WORDS:
                out |= whole
            continue
        if head.i in skip or head in have:
            continue
        whole = {t for t in head.subtree if t.i not in skip}
        comma = verb.doc[min(t.i for t in whole) - 1]  # "the resolution[,] as long as"
        out |= {comma} if comma.text == "," and comma.i not in skip else set()
        if count_words(sorted(have | out | whole, key=lambda t: t.i)) <= MAX_WORDS:
            out |= whole
            continue
        inner = _inner_verb(head)
        first = min(t.i for t in inner.subtree)
        opening = {t for t in head.subtree if t.i < first and t.i not in skip}
        out |= opening | _core(inner, clause_of) | {  # its "[only] if"
            c for c in inner.children if c.dep_ == "advmod" and c.lower_ == "only"
            and c.i < inner.i}
    return out


def keep_condition(words: list[Any], needed: Any) -> list[Any] | None:
    """`words` cut for length without the condition `needed` heads, which ends them: the
    phrases and clauses before it that the clause can do without go first, last first
    ("will withdraw his troops [from Kuwait] only if Israel withdraws"); None when
    `needed` is no condition or no such cut makes them fit."""
    if not is_condition(needed):
        return None
    ids = {t.i for t in words}
    condition = {t.i for t in (needed.head if needed.head.lower_ == "long" else needed).subtree}
    start = min(condition)
    shorter = words
    for token in sorted(words, key=lambda t: -t.i):
        if token.i >= start or token.head.i not in ids or token.i in condition \
                or not _droppable(token):
            continue
        drop = {t.i for t in token.subtree}
        if drop & condition:
            continue
        shorter = [t for t in shorter if t.i not in drop]
        if count_words(shorter) <= MAX_WORDS:
            return shorter
    for modifier in sorted((t for t in shorter if t.i in condition and t.head.i in ids
                            and t.dep_ in ("amod", "compound") and t.i < t.head.i),
                           key=lambda t: -t.i):  # "the necessary [security] safeguards"
        shorter = [t for t in shorter if t.i not in {s.i for s in modifier.subtree}]
        if count_words(shorter) <= MAX_WORDS:
            return shorter
    return None


def _droppable(token: Any) -> bool:
    """An adjunct a clause can do without: a phrase after its verb's object, a relative
    clause or apposition, an adverbial clause, not an "of" phrase or the verb's object."""
    if token.dep_ in ("relcl", "appos", "advcl") and token.i > token.head.i:
        return True
    if token.dep_ != "prep" or token.lower_ == "of" or token.head.i > token.i:
        return False
    head = token.head
    if head.lower_ in CONTENT_NOUNS:  # "no qualms [about implementing the resolution]"
        return False
    return head.pos_ in ("NOUN", "PROPN") or any(
        c.dep_ in ("dobj", "attr", "acomp") and c.i < token.i for c in head.children)


def content_complement(noun: Any, skip: set[int], have: set[Any],
                       clause_of: ClauseOf) -> set[Any]:
    """The content clause or topic of a content noun that is its verb's object with nothing
    else saying what it is ("sent strong new signals [that the army wants to leave]",
    "expressed hope [that the strike would end]", also where the parse hangs the clause on
    the verb; "expressed concern [about the deficit]"), whole when the headline `have` so
    far has room, else its clause's subject and predicate; else nothing."""
    if noun.lower_ not in CONTENT_NOUNS or noun.dep_ != "dobj":
        return set()
    clause = next((c for c in (*noun.children, *noun.head.children)
                   if c.dep_ in ("acl", "ccomp") and c.i > noun.i and _opening(c)), None)
    topic = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1
                  and c.lower_ in TOPIC_PREPOSITIONS), None) or next(
        (c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i  # "expressed
         and c.lower_ in ("about", "over")), None)  # concerns [in recent months] about ..."
    head = clause if clause is not None else topic
    end = max(t.i for t in head.subtree) if head is not None else noun.i
    if head is None or head.i in skip or head.i in {t.i for t in have} or any(
            c.dep_ in SAYING_WHAT and c.i not in skip and c.i != head.i
            and not (c.dep_ == "appos" and c.i > end)  # one after the clause is its noun's
            for c in noun.children):
        return set()
    whole = {t for t in head.subtree if t.i not in skip}
    if clause is None or count_words(sorted(have | whole, key=lambda t: t.i)) <= MAX_WORDS:
        return whole
    return _core(clause, clause_of)


def gerund_complement(adjective: Any, skip: set[int], have: set[Any],
                      clause_of: ClauseOf) -> set[Any]:
    """The gerund phrase that says in what an adjective complement holds, which the parse
    hangs on the verb: "became more open [in declaring that ...]", "were quick [in
    condemning the attack]"; its clause's core when the whole has no room; else nothing."""
    verb = adjective.head
    if adjective.dep_ != "acomp":
        return set()
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 and c.i > adjective.i and c.i not in skip), None)
    gerund = next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"),
                  None) if prep is not None else None
    if prep is None or gerund is None:
        return set()
    whole = {t for t in prep.subtree if t.i not in skip}
    if count_words(sorted(have | whole, key=lambda t: t.i)) <= MAX_WORDS:
        return whole
    said = next((c for c in gerund.children if c.dep_ == "ccomp"), None)
    out = {prep, gerund} | {c for c in gerund.children if c.dep_ in ("dobj", "prt")}
    if said is not None:
        out |= _core(said, clause_of)
    return out


def needed_content(word: Any, skip: set[int], have: set[Any], clause_of: ClauseOf) -> set[Any]:
    """What a verb's object or adjective complement `word` is empty without: a content
    noun's clause or topic, an adjective's gerund phrase (`content_complement`,
    `gerund_complement`)."""
    return content_complement(word, skip, have, clause_of) \
        | gerund_complement(word, skip, have, clause_of)


def keep_content(words: list[Any], needed: Any) -> list[Any] | None:
    """`words` cut for length without the first phrase of a content clause's verb
    (`needed`), which ends them: the compounds before the clause's common nouns go first,
    then their adjectives, not an ordinal, last first ("reports that a fourth U.S.
    [aircraft] carrier could head [for the Middle East]"); None when `needed` is no such
    phrase or no such cut makes them fit."""
    verb = needed.head
    if needed.dep_ != "prep" or verb.pos_ != "VERB" or verb.dep_ not in ("acl", "ccomp") \
            or _opening(verb) is None \
            or any(c.dep_ == "prep" and verb.i < c.i < needed.i for c in verb.children) \
            or not any(t.lower_ in CONTENT_NOUNS and t.dep_ == "dobj" and t.i < verb.i
                       for t in (verb.head, *verb.head.children)):
        return None
    ids = {t.i for t in words}
    shorter = words
    modifiers = [t for t in verb.subtree if t.i in ids and t.i < t.head.i and t.pos_ != "PROPN"
                 and t.head.pos_ == "NOUN"  # not a name's word: "the [Middle] East"
                 and (t.dep_ == "compound" or t.dep_ == "amod" and t.ent_type_ != "ORDINAL")]
    for modifier in sorted(modifiers, key=lambda t: (t.dep_ != "compound", -t.i)):
        shorter = [t for t in shorter if t.i != modifier.i]  # compounds first, last first
        if count_words(shorter) <= MAX_WORDS:
            return shorter
    return None


def cut_keeping(words: list[Any], needed: Any, start: int) -> list[Any] | None:
    """`needed.cut_elsewhere`, first keeping a condition, a content clause's first phrase
    or a verb's role that ends `words` (`keep_condition`, `keep_content`, `role_of`)."""
    if (role := role_of(needed)) is not None:  # "listed the fund [as one of] the 10 ..."
        return _cut_for_role(words, needed, role)
    return keep_condition(words, needed) or keep_content(words, needed) \
        or cut_elsewhere(words, needed, start)


def role_of(prep: Any) -> Any:
    """The "as" of a verb's role phrase whose noun is "one" of a group (`prep` its "of"):
    "listed the creation of the fund as [one of] the 10 most significant events"; else None."""
    one, role = prep.head, prep.head.head
    if prep.lower_ != "of" or prep.dep_ != "prep" or one.lower_ != "one" \
            or one.dep_ != "pobj" or role.lower_ != "as" or role.dep_ != "prep" \
            or one.i != role.i + 1 or prep.i != one.i + 1:
        return None
    return role if NEEDED_PREPOSITION.get(base_form(role.head)) == "as" else None


def _cut_for_role(words: list[Any], needed: Any, role: Any) -> list[Any]:
    """`words` cut for length keeping the role `role` whose "of" phrase `needed` ends them:
    "as one of" read as "among" (AMONG_VERBS, `among`), then the object's adjectives and
    compounds, last first; else without the role, not with "as one" dangling."""
    shorter = words
    if base_form(role.head) in AMONG_VERBS:
        shorter = [t for t in words if t.i not in (needed.i, needed.head.i)]
        if count_words(shorter) <= MAX_WORDS:
            return shorter
    ids = {t.i for t in words}
    modifiers = [t for o in role.head.children if o.dep_ == "dobj" for t in o.subtree
                 if t.i in ids and t.i < t.head.i and t.head.pos_ == "NOUN"
                 and t.pos_ != "PROPN" and t.dep_ in ("amod", "compound") and not list(t.children)]
    for modifier in sorted(modifiers, key=lambda t: (t.dep_ != "compound", -t.i)):
        shorter = [t for t in shorter if t.i != modifier.i]
        if count_words(shorter) <= MAX_WORDS:
            return shorter
    return [t for t in words if t.i < role.i]


def among(headline: str, verb: Any) -> str:
    """`headline` with "among" for the "as" of a role of `verb` whose "one of" a cut left
    out (`role_of`): "listed the creation of the fund [among] the 10 most ...", not "as"."""
    for prep in (verb.children if verb is not None else ()):
        of = next((g for c in prep.children if c.lower_ == "one" for g in c.children
                   if g.dep_ == "prep"), None)
        if of is None or role_of(of) is None or of.i + 1 >= len(verb.doc) \
                or base_form(verb) not in AMONG_VERBS:
            continue
        after = verb.doc[of.i + 1].text
        if f" as one of {after}" not in headline and f" as {after} " in f"{headline} ":
            return headline.replace(f" as {after}", f" among {after}", 1)
    return headline

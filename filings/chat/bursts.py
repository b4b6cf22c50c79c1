"""His messages grouped into incidents as a lawyer would count them: one burst is his
consecutive messages with no pause longer than the gap, on one calendar day (an incident
past midnight is two entries in the logbook)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from .record import Export, Message
from .threats import threat_words

DEFAULT_GAP = timedelta(minutes=30)


@dataclass
class Burst:
    export: Export
    messages: list[Message] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    @property
    def threat(self) -> list[str]:
        return list(dict.fromkeys(w for m in self.messages for w in threat_words(m.text)))

    @property
    def threat_message(self) -> Message | None:
        """The first message whose words suggest a threat: what the user judges."""
        return next((m for m in self.messages if threat_words(m.text)), None)


def bursts(export: Export, keyed: list[tuple[Message, str]], gap: timedelta) -> list[Burst]:
    """keyed: his messages of one export with their keys, in time order."""
    found: list[Burst] = []
    for message, key in keyed:
        last = found[-1].messages[-1] if found else None
        # timestamp(): datetimes of one zone subtract as wall times, blind to the repeated hour
        if (last is None or message.sent.timestamp() - last.sent.timestamp() > gap.total_seconds()
                or message.sent.date() != last.sent.date()):
            found.append(Burst(export))
        found[-1].messages.append(message)
        found[-1].keys.append(key)
    return found

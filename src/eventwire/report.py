"""Human-readable rendering of one stored result (``eventwire show``)."""

from __future__ import annotations

from typing import Any


def _actor(part: dict[str, Any] | None) -> str:
    if not part:
        return "-"
    code = part.get("code") or ""
    members = ", ".join(m.get("country") or m.get("name") or "?" for m in part.get("members") or [])
    label = part.get("name") or part.get("text") or "?"
    extra = f" [{members}]" if members else ""
    return f"{label} ({code}){extra}" if code else f"{label}{extra}"


def _flags(event: dict[str, Any]) -> str:
    flags = [name for name in ("negated", "hypothetical", "future") if event.get(name)]
    return f" [{', '.join(flags)}]" if flags else ""


def render_article(result: dict[str, Any]) -> str:
    lines = [
        f"{result.get('title') or '(no title)'}",
        f"id {result['id']}  date {result.get('date') or '-'}  source {result.get('source') or '-'}",
        "",
        "EVENTS",
    ]
    for n, event in enumerate(result.get("events", [])):
        date = event.get("date") or {}
        lines.append(
            f"  {n}. {_actor(event.get('source'))} {event['type']}"
            f"{'/' + event['mode'] if event.get('mode') else ''} {_actor(event.get('target'))}"
            f"  CAMEO {event['cameo']} Q{event['quad_class']} score {event['score']}"
            f"  date {date.get('value') or '-'} ({date.get('method') or '-'}){_flags(event)}"
            f"  conf {event['confidence']}"
        )
        lines.append(f"     “{event['sentence']['text']}”")
        lines.append(f"     why: {event.get('explanation', '')}")
    lines.append("QUOTES")
    for quote in result.get("quotes", []):
        speaker = quote.get("speaker_actor") or {}
        who = speaker.get("name") or (quote.get("speaker") or {}).get("text") or "speaker unknown"
        medium = f" to {quote['medium']['text']}" if quote.get("medium") else ""
        lines.append(f"  [{quote['kind']}] {who}{medium}: “{quote['content']['text']}”")
    lines.append("PLACES")
    for place in result.get("places", []):
        where = f"{place.get('lat')}, {place.get('lon')}" if place.get("lat") is not None else "unresolved"
        lines.append(
            f"  {place['text']} -> {place.get('name') or '-'} ({place.get('country') or '-'}) {where}"
            f" [{place.get('role')}]"
        )
    lines.append("TIMES")
    for time in result.get("times", []):
        lines.append(f"  {time['text']} -> {time['value']} ({time['type']}, {time['granularity']})")
    lines.append("AMOUNTS")
    lines += [f"  {a['text']} -> {a['value']} {a.get('unit') or ''}" for a in result.get("amounts", [])]
    return "\n".join(lines)

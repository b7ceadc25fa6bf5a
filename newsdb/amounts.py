"""Amounts as text, for every stage: exact decimals for files and pipes, short ones for
a person. Pure (no database), so extraction and reports share it."""

from __future__ import annotations

from decimal import Decimal

SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))


def decimal_text(value: Decimal | None) -> str | None:
    """Every digit, no exponent, no needless zero: 97400000000, 97400000000.01, 187.2."""
    if value is None:
        return None
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def short_amount(value: Decimal, currency: str | None = None, *, signed: bool = False) -> str:
    """97.4 bn USD, +1.25 m, 500: an amount for a person (tables, charts), to 2 decimals
    of its scale. CSV and JSON keep every digit (`decimal_text`)."""
    sign = "+" if signed and value > 0 else ""
    number = decimal_text(value)
    for scale, word in SCALES:
        if abs(value) >= scale:
            number = f"{decimal_text((value / scale).quantize(Decimal('0.01')))} {word}"
            break
    return f"{sign}{number} {currency or ''}".rstrip()

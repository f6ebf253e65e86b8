"""Prices in cents: a catalogue, volume discounts, a cap on any discount."""

CATALOGUE = {"apple": 120, "pear": 95, "melon": 450}

# (minimum quantity, percent off), best first.
VOLUME_DISCOUNTS = [(100, 15), (50, 10), (10, 5)]
MAX_DISCOUNT_CENTS = 5000


class PricingError(ValueError):
    """A request the catalogue cannot price (unknown item, bad quantity)."""


def unit_price(sku: str) -> int:
    try:
        return CATALOGUE[sku]
    except KeyError:
        raise PricingError(f"unknown sku {sku!r}") from None


def discount_percent(quantity: int) -> int:
    for minimum, percent in VOLUME_DISCOUNTS:
        if quantity >= minimum:
            return percent
    return 0


def quote(sku: str, quantity: int) -> dict:
    if not isinstance(quantity, int) or quantity < 1:
        raise PricingError("quantity must be a whole number, at least 1")
    gross = unit_price(sku) * quantity
    discount = gross * discount_percent(quantity) // 100
    discount = min(discount, MAX_DISCOUNT_CENTS)
    return {
        "sku": sku,
        "quantity": quantity,
        "gross": gross,
        "discount": discount,
        "total": gross - discount,
    }

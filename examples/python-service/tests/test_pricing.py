import unittest

from app.pricing import (
    MAX_DISCOUNT_CENTS,
    PricingError,
    discount_percent,
    quote,
)


class DiscountTest(unittest.TestCase):
    def test_no_discount_below_ten(self):
        self.assertEqual(discount_percent(9), 0)

    def test_volume_tiers(self):
        tiers = [discount_percent(q) for q in (10, 50, 100)]
        self.assertEqual(tiers, [5, 10, 15])


class QuoteTest(unittest.TestCase):
    def test_quote_adds_up(self):
        q = quote("apple", 10)
        self.assertEqual(q["gross"], 1200)
        self.assertEqual(q["discount"], 60)
        self.assertEqual(q["total"], 1140)

    def test_discount_is_capped(self):
        discount = quote("melon", 1000)["discount"]
        self.assertEqual(discount, MAX_DISCOUNT_CENTS)

    def test_unknown_sku(self):
        with self.assertRaises(PricingError):
            quote("kiwi", 1)

    def test_bad_quantity(self):
        with self.assertRaises(PricingError):
            quote("pear", 0)

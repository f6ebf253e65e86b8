// Prices are integers in cents: no floating-point money anywhere.

/** Volume discount tiers: the first tier whose minimum the quantity reaches applies. */
export const TIERS = [
  { min: 100, percent: 15 },
  { min: 50, percent: 10 },
  { min: 10, percent: 5 },
];

/** Percent discount for a quantity. */
export function discountPercent(quantity) {
  const tier = TIERS.find((t) => quantity >= t.min);
  return tier ? tier.percent : 0;
}

/** Round half away from zero, like a till does. */
export function roundCents(value) {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * Quote a line: unit price × quantity, volume discount, then tax on the discounted amount.
 * Returns every intermediate figure so a receipt can show them.
 */
export function quote(unitCents, quantity, taxPercent = 0) {
  if (!Number.isInteger(unitCents) || unitCents < 0) throw new RangeError(`unit price must be a whole number of cents >= 0, got ${unitCents}`);
  if (!Number.isInteger(quantity) || quantity < 1) throw new RangeError(`quantity must be a whole number >= 1, got ${quantity}`);
  if (typeof taxPercent !== 'number' || taxPercent < 0 || taxPercent > 100) throw new RangeError(`tax must be between 0 and 100 percent, got ${taxPercent}`);
  const gross = unitCents * quantity;
  const percent = discountPercent(quantity);
  const discount = roundCents((gross * percent) / 100);
  const net = gross - discount;
  const tax = roundCents((net * taxPercent) / 100);
  return { gross, percent, discount, net, tax, total: net + tax };
}

/** Format cents as a currency string, e.g. 123456 → "1,234.56". */
export function formatCents(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

const SKU = /^[A-Z]{2,4}-\d{3,6}$/;

/** Validate an item body from a request; returns { value } or { errors }. */
export function validateItem(body) {
  const errors = [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { errors: ['body must be a JSON object'] };
  if (typeof body.sku !== 'string' || !SKU.test(body.sku)) errors.push('sku must look like ABC-1234');
  if (typeof body.name !== 'string' || body.name.trim() === '' || body.name.length > 80) errors.push('name must be 1 to 80 characters');
  if (!Number.isInteger(body.priceCents) || body.priceCents < 0) errors.push('priceCents must be a whole number >= 0');
  if (body.stock !== undefined && (!Number.isInteger(body.stock) || body.stock < 0)) errors.push('stock must be a whole number >= 0');
  if (errors.length) return { errors };
  return { value: { sku: body.sku, name: body.name.trim(), priceCents: body.priceCents, stock: body.stock ?? 0 } };
}

/** Parse a positive integer query parameter, or return undefined. */
export function positiveInt(text) {
  if (typeof text !== 'string' || !/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 ? n : undefined;
}

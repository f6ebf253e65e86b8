/** An in-memory inventory: items by SKU with stock levels and reservations. */
export class Store {
  #items = new Map();

  /** Add or replace an item. */
  put(item) {
    const { sku, name, priceCents, stock = 0 } = item;
    this.#items.set(sku, { sku, name, priceCents, stock, reserved: 0 });
    return this.get(sku);
  }

  get(sku) {
    const item = this.#items.get(sku);
    return item ? { ...item, available: item.stock - item.reserved } : undefined;
  }

  list() {
    return [...this.#items.keys()].sort().map((sku) => this.get(sku));
  }

  /** Reserve units; throws when not enough are available (nothing is reserved then). */
  reserve(sku, quantity) {
    const item = this.#items.get(sku);
    if (!item) throw new Error(`unknown sku ${sku}`);
    if (item.stock - item.reserved < quantity) throw new Error(`only ${item.stock - item.reserved} of ${sku} available`);
    item.reserved += quantity;
    return this.get(sku);
  }

  /** Release a reservation, never below zero. */
  release(sku, quantity) {
    const item = this.#items.get(sku);
    if (!item) throw new Error(`unknown sku ${sku}`);
    item.reserved = Math.max(0, item.reserved - quantity);
    return this.get(sku);
  }

  remove(sku) {
    return this.#items.delete(sku);
  }

  get size() {
    return this.#items.size;
  }
}

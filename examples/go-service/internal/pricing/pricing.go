// Package pricing prices orders in cents: a catalogue, volume discounts and a cap.
package pricing

import (
	"errors"
	"fmt"
)

var catalogue = map[string]int{"apple": 120, "pear": 95, "melon": 450}

// MaxDiscount caps any single order's discount, in cents.
const MaxDiscount = 5000

// ErrBadQuantity is returned for a quantity below 1.
var ErrBadQuantity = errors.New("quantity must be at least 1")

// Quote is one priced order.
type Quote struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
	Gross    int    `json:"gross"`
	Discount int    `json:"discount"`
	Total    int    `json:"total"`
}

// DiscountPercent is the volume discount for a quantity.
func DiscountPercent(quantity int) int {
	switch {
	case quantity >= 100:
		return 15
	case quantity >= 50:
		return 10
	case quantity >= 10:
		return 5
	}
	return 0
}

// Price quotes quantity items of sku.
func Price(sku string, quantity int) (Quote, error) {
	if quantity < 1 {
		return Quote{}, ErrBadQuantity
	}
	unit, ok := catalogue[sku]
	if !ok {
		return Quote{}, fmt.Errorf("unknown sku %q", sku)
	}
	gross := unit * quantity
	discount := gross * DiscountPercent(quantity) / 100
	if discount > MaxDiscount {
		discount = MaxDiscount
	}
	return Quote{SKU: sku, Quantity: quantity, Gross: gross, Discount: discount, Total: gross - discount}, nil
}

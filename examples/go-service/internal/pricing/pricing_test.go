package pricing

import "testing"

func TestPriceAddsUp(t *testing.T) {
	q, err := Price("apple", 10)
	if err != nil {
		t.Fatal(err)
	}
	if q.Gross != 1200 || q.Discount != 60 || q.Total != 1140 {
		t.Fatalf("got %+v", q)
	}
}

func TestPriceUnknownSKU(t *testing.T) {
	if _, err := Price("kiwi", 1); err == nil {
		t.Fatal("want an error for an unknown sku")
	}
}

func TestPriceBadQuantity(t *testing.T) {
	if _, err := Price("pear", 0); err != ErrBadQuantity {
		t.Fatalf("got %v", err)
	}
}

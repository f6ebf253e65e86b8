package pricing

import "testing"

func TestDiscountTiers(t *testing.T) {
	for q, want := range map[int]int{1: 0, 9: 0, 10: 5, 50: 10, 100: 15} {
		if got := DiscountPercent(q); got != want {
			t.Errorf("DiscountPercent(%d) = %d, want %d", q, got, want)
		}
	}
}

func TestDiscountCapped(t *testing.T) {
	q, err := Price("melon", 1000)
	if err != nil {
		t.Fatal(err)
	}
	if q.Discount != MaxDiscount {
		t.Fatalf("discount %d, want the cap %d", q.Discount, MaxDiscount)
	}
}

package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func get(t *testing.T, path string) (int, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("%s: not JSON: %v", path, err)
	}
	return rec.Code, body
}

func TestHealthz(t *testing.T) {
	if code, body := get(t, "/healthz"); code != 200 || body["ok"] != true {
		t.Fatalf("got %d %v", code, body)
	}
}

func TestPrice(t *testing.T) {
	code, body := get(t, "/price?sku=pear&qty=2")
	if code != 200 || body["total"] != float64(190) {
		t.Fatalf("got %d %v", code, body)
	}
}

func TestPriceBadRequest(t *testing.T) {
	if code, _ := get(t, "/price?sku=kiwi"); code != 400 {
		t.Fatalf("got %d", code)
	}
	if code, _ := get(t, "/price?sku=pear&qty=x"); code != 400 {
		t.Fatalf("got %d", code)
	}
}

// Package api is the service's HTTP surface: GET /healthz and GET /price?sku=&qty=.
package api

import (
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/go-service/internal/pricing"
)

// Handler routes the service's endpoints.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		write(w, http.StatusOK, map[string]bool{"ok": true})
	})
	mux.HandleFunc("/price", func(w http.ResponseWriter, r *http.Request) {
		qty := 1
		if s := r.URL.Query().Get("qty"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				write(w, http.StatusBadRequest, map[string]string{"error": "qty is not a number"})
				return
			}
			qty = n
		}
		q, err := pricing.Price(r.URL.Query().Get("sku"), qty)
		if err != nil {
			write(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		write(w, http.StatusOK, q)
	})
	return mux
}

func write(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

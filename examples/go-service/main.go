// Command go-service serves prices over HTTP on $PORT (default 8080).
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/go-service/internal/api"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Fatal(http.ListenAndServe(":"+port, api.Handler()))
}

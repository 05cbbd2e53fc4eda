package api

import (
	_ "embed"
	"net/http"
)

// openapiDoc is the OpenAPI 3.1 document of the API, written by hand in
// openapi.json. TestOpenAPIRoutes checks that it describes exactly the
// routes of the route table.
//
//go:embed openapi.json
var openapiDoc []byte

func (s *server) openapi(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(openapiDoc) // already indented
}

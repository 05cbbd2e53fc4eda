// Package auth admits API callers with OAuth2/OIDC bearer tokens, for the
// cluster profile's gateways. It owns token verification (Verifier:
// issuer discovery and JWKS through coreos/go-oidc, issuer and audience
// enforced, expiry with a small clock skew, RS256/ES256 only), the
// mapping of scopes to permissions and of issuer and subject to a caller
// address, and the cluster's built-in token service (Issuer: signing keys
// derived from a cluster secret and rotated by period, its JWKS, its
// discovery document, a client-credentials token endpoint).
//
// It knows nothing of Raft or the engine: the API calls
// Verifier.Authenticate for each request with the permission the route
// needs, and uses the caller it returns.
package auth

package explorer

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
)

// Sessions on a gateway. A gateway's API wants a bearer token, which a
// browser cannot send on its own: the login page takes one (pasted, or
// obtained from the cluster's built-in token service with a client id
// and secret) and keeps it in the api.TokenCookie cookie, HttpOnly (no
// script reads it) and SameSite=Strict (no other site's page sends it).
// The explorer reads the node with the session's token; the browser's
// own GET requests to /v1 (the events stream, the API links) carry the
// cookie, which gateways take for GET and HEAD only. Writes never ride
// on the cookie: on a profile other than dev the explorer's forms run
// queries only and show the amigo call command for calls.

// loginPage is the data of /login.
type loginPage struct {
	page
	Next     string
	Caller   string // the session's caller, when signed in
	Error    string
	ClientID string
}

// withSession gives the request's API calls the session's token.
func withSession(r *http.Request) *http.Request {
	c, err := r.Cookie(api.TokenCookie)
	if err != nil || c.Value == "" {
		return r
	}
	return r.WithContext(client.ContextWithToken(r.Context(), c.Value))
}

// localPath is next when it is a path of this site, else "/".
func localPath(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/"
	}
	return next
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	d := &loginPage{page: page{Title: "Sign in", Permalink: "/login"}, Next: localPath(r.URL.Query().Get("next"))}
	if _, err := r.Cookie(api.TokenCookie); err == nil {
		if st, err := s.c.Status(ctx); err == nil {
			d.Caller = st.Caller
		}
	}
	s.show(ctx, w, r, http.StatusOK, "login", d, map[string]string{"caller": d.Caller})
}

// loginPost takes a token, or a client id and secret for the built-in
// token service, checks it against the node, and keeps it in the
// session cookie.
func (s *server) loginPost(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	if !sameOrigin(r) {
		http.Error(w, "a sign-in form posted from another site", http.StatusForbidden)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	d := &loginPage{page: page{Title: "Sign in", Permalink: "/login"}, Next: localPath(r.FormValue("next")), ClientID: r.FormValue("client_id")}
	token := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r.FormValue("token")), "Bearer "))
	var ttl time.Duration
	var err error
	if token == "" && d.ClientID != "" {
		token, ttl, err = s.clientCredentials(ctx, d.ClientID, r.FormValue("client_secret"))
	} else if token == "" {
		err = fmt.Errorf("paste a bearer token, or give a client id and secret")
	}
	var st *api.Status
	if err == nil {
		// the token must be good for reading this node
		st, err = s.c.Status(client.ContextWithToken(ctx, token))
	}
	if err != nil {
		d.Error = err.Error()
		s.show(ctx, w, r, http.StatusUnauthorized, "login", d, api.ErrorResponse{Error: api.ErrorBody{Code: api.CodeUnauthorized, Message: d.Error}})
		return
	}
	c := &http.Cookie{Name: api.TokenCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil}
	if ttl > 0 {
		c.MaxAge = int(ttl / time.Second)
	}
	http.SetCookie(w, c)
	s.log.Info("explorer: signed in", "caller", st.Caller)
	http.Redirect(w, r, d.Next, http.StatusSeeOther)
}

func (s *server) logout(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		http.Error(w, "a sign-out form posted from another site", http.StatusForbidden)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: api.TokenCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// clientCredentials asks the node's built-in token service
// (/oauth2/token, client-credentials grant) for a token.
func (s *server) clientCredentials(ctx context.Context, id, secret string) (string, time.Duration, error) {
	base := s.c.Endpoint()
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		return "", 0, fmt.Errorf("this node's token service is not reachable from the explorer: paste a token")
	}
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(base, "/")+"/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", 0, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", 0, fmt.Errorf("the token service: %w", err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
		Error       string `json:"error"`
		Description string `json:"error_description"`
	}
	json.Unmarshal(b, &out)
	switch {
	case resp.StatusCode == http.StatusNotFound:
		return "", 0, fmt.Errorf("this node runs no built-in token service: paste a token from your identity provider")
	case resp.StatusCode != http.StatusOK || out.AccessToken == "":
		msg := out.Description
		if msg == "" {
			msg = out.Error
		}
		if msg == "" {
			msg = strings.TrimSpace(string(b))
		}
		return "", 0, fmt.Errorf("the token service refused the client: %s %s", resp.Status, msg)
	}
	return out.AccessToken, time.Duration(out.ExpiresIn) * time.Second, nil
}

package sidecar

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Access is what a client may do.
type Access int

// Access levels, ordered.
const (
	AccessNone  Access = iota // nothing
	AccessRead                // read worlds, join channels, see edits and presence
	AccessWrite               // also make edits
)

func (a Access) String() string {
	switch a {
	case AccessRead:
		return "read"
	case AccessWrite:
		return "write"
	}
	return "none"
}

// ParseAccess reads "none", "read" or "write".
func ParseAccess(s string) (Access, error) {
	switch s {
	case "none":
		return AccessNone, nil
	case "read":
		return AccessRead, nil
	case "write":
		return AccessWrite, nil
	}
	return AccessNone, fmt.Errorf("access %q: want none, read or write", s)
}

// AuthConfig is the sidecar's token policy, shared by the REST endpoints and the channel.
//
// A client presents a token as "Authorization: Bearer <token>", a "token" query parameter,
// or (on the channel) in its join payload. A token is either the shared secret Token
// (write access) or a token signed with SigningKey (see SignToken; its claims say its
// access, world and expiry). A request without a valid token gets Anonymous access; a
// request with an invalid one is refused.
type AuthConfig struct {
	Token      string
	SigningKey []byte
	Anonymous  Access
}

// Enabled reports whether any token is configured.
func (c AuthConfig) Enabled() bool { return c.Token != "" || len(c.SigningKey) > 0 }

// Claims are the contents of a signed token.
type Claims struct {
	Subject string `json:"sub"`             // who (logs, per-peer rate limits)
	Expires int64  `json:"exp"`             // Unix seconds; 0 never
	World   string `json:"world,omitempty"` // the only world it opens; "" any
	Write   bool   `json:"write,omitempty"` // may edit (else read only)
}

// tokenPrefix versions the signed token format.
const tokenPrefix = "pg1."

// SignToken returns a token for c signed with key: "pg1." + base64url(JSON claims) + "." +
// base64url(HMAC-SHA256(key, the text before the last dot)).
func SignToken(key []byte, c Claims) (string, error) {
	if len(key) < 16 {
		return "", errors.New("signing key must be at least 16 bytes")
	}
	body, err := json.Marshal(c)
	if err != nil {
		return "", err
	}
	msg := tokenPrefix + base64.RawURLEncoding.EncodeToString(body)
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return msg + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil)), nil
}

// verifyToken checks a signed token and returns its claims.
func verifyToken(key []byte, tok string, now time.Time) (Claims, error) {
	var c Claims
	if !strings.HasPrefix(tok, tokenPrefix) {
		return c, errors.New("invalid token")
	}
	i := strings.LastIndexByte(tok, '.')
	if i < len(tokenPrefix) {
		return c, errors.New("invalid token")
	}
	msg, sig := tok[:i], tok[i+1:]
	want := hmac.New(sha256.New, key)
	want.Write([]byte(msg))
	got, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || !hmac.Equal(got, want.Sum(nil)) {
		return c, errors.New("invalid token signature")
	}
	body, err := base64.RawURLEncoding.DecodeString(msg[len(tokenPrefix):])
	if err != nil || json.Unmarshal(body, &c) != nil {
		return c, errors.New("invalid token claims")
	}
	if c.Expires != 0 && now.Unix() >= c.Expires {
		return c, errors.New("token expired")
	}
	return c, nil
}

// Grant is what a presented token (or its absence) allows.
type Grant struct {
	Access  Access
	Subject string // "" for anonymous and shared-secret clients
	World   string // "" any
}

// Allows reports whether g gives at least need on world id.
func (g Grant) Allows(need Access, id string) bool {
	return g.Access >= need && (g.World == "" || g.World == id)
}

// maxTokenBytes bounds a presented token.
const maxTokenBytes = 4096

// authenticate turns a presented token ("" for none) into a grant.
func (c AuthConfig) authenticate(tok string, now time.Time) (Grant, error) {
	if tok == "" {
		return Grant{Access: c.Anonymous}, nil
	}
	if len(tok) > maxTokenBytes {
		return Grant{}, errors.New("token too long")
	}
	if c.Token != "" && subtle.ConstantTimeCompare([]byte(tok), []byte(c.Token)) == 1 {
		return Grant{Access: AccessWrite}, nil
	}
	if len(c.SigningKey) > 0 && strings.HasPrefix(tok, tokenPrefix) {
		cl, err := verifyToken(c.SigningKey, tok, now)
		if err != nil {
			return Grant{}, err
		}
		g := Grant{Access: AccessRead, Subject: cl.Subject, World: cl.World}
		if cl.Write {
			g.Access = AccessWrite
		}
		return g, nil
	}
	if !c.Enabled() {
		return Grant{}, errors.New("this sidecar accepts no tokens")
	}
	return Grant{}, errors.New("invalid token")
}

// requestToken is the token of an HTTP request: the Authorization bearer, else the token
// query parameter.
func requestToken(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		if t, ok := strings.CutPrefix(h, "Bearer "); ok {
			return strings.TrimSpace(t)
		}
		return h
	}
	return r.URL.Query().Get("token")
}

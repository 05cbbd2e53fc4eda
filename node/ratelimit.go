package node

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/amigo-platform/amigo/api"
)

// callerLimiter bounds the requests of each caller at a gateway: a token
// bucket per caller ([auth] rate_limit requests a second, bursts of
// rate_burst). A request over the limit is refused 429 with Retry-After.
// Buckets that are full again are dropped, so memory follows the callers
// active in the last minutes.
type callerLimiter struct {
	limit rate.Limit
	burst int

	mu      sync.Mutex
	callers map[string]*rate.Limiter
	swept   time.Time
}

// newCallerLimiter is nil (no limit) when perSecond is 0.
func newCallerLimiter(perSecond float64, burst int) *callerLimiter {
	if perSecond <= 0 {
		return nil
	}
	if burst <= 0 {
		burst = max(1, int(2*perSecond))
	}
	return &callerLimiter{limit: rate.Limit(perSecond), burst: burst, callers: map[string]*rate.Limiter{}, swept: time.Now()}
}

// allow takes a token of caller's bucket, or says when to retry.
func (l *callerLimiter) allow(caller string) error {
	if l == nil {
		return nil
	}
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute {
		for c, lim := range l.callers {
			if lim.TokensAt(now) >= float64(l.burst) {
				delete(l.callers, c) // as a new bucket would be
			}
		}
		l.swept = now
	}
	lim := l.callers[caller]
	if lim == nil {
		lim = rate.NewLimiter(l.limit, l.burst)
		l.callers[caller] = lim
	}
	if lim.AllowN(now, 1) {
		return nil
	}
	wait := time.Duration((1 - lim.TokensAt(now)) / float64(l.limit) * float64(time.Second))
	return &api.Error{Code: api.CodeRateLimited, RetryAfter: wait,
		Message: fmt.Sprintf("caller %s is over this gateway's rate limit of %g requests a second (bursts of %d); retry in %s", caller, float64(l.limit), l.burst, wait.Round(time.Millisecond))}
}

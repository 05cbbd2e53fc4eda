// Package oracle is a price feed: an owner-managed set of reporters report
// values round by round, and once a quorum of them has reported for a round
// the round's answer is their median. Deployed at the path "oracle".
//
// # Using it
//
// The deployer is the owner. The owner adds feeds and reporters and sets
// the quorum (how many reports close a round) and the maximum age of an
// answer (after which it is stale):
//
//	amigo call oracle.AddFeed ETH/AMG 6
//	amigo call oracle.AddReporter amigo1alice...
//	amigo call oracle.SetQuorum 2
//	amigo call oracle.SetMaxAge 3600
//
// A feed has an open round, numbered from 1. Each reporter reports once per
// round, naming the round (so a delayed report cannot land in a later
// round):
//
//	amigo query oracle.OpenRound GOLD/AMG   # {"Feed":"GOLD/AMG","Round":4,"Reports":1,"Quorum":2}
//	amigo call oracle.Report GOLD/AMG 4 2500000     # 2.5, with the feed's 6 decimals
//
// The report that brings the round to the quorum closes it: its answer is
// the median of the reports (the mean of the two middle ones, rounded
// down, for an even count), and the next round opens. Reports of reporters
// removed since they reported do not count. Finalize closes a round that
// has reached a quorum lowered after its reports.
//
// Readers (other packages, such as the dex, or anyone with amigo query):
//
//	amigo query oracle.Latest GOLD/AMG   # the latest answer, an error if stale or none
//	amigo query oracle.Peek GOLD/AMG     # the latest answer whatever its age
//	amigo query oracle.Round GOLD/AMG 3  # round 3's answer and its reports
//
// Staleness is judged by amigo.Now(): in a transaction (the dex reading a
// price in a swap) that is the transaction's time; in a query or a Render
// it is the time of the last transaction the node applied, so on a quiet
// node a query can call an answer fresh that a transaction would not.
//
// Values are unsigned integers with the feed's decimals: with 6 decimals,
// 2500000 is 2.5. The deployed instance starts with the feed GOLD/AMG (the
// price of one GOLD in AMG, 6 decimals), no reporters, a quorum of 1 and a
// maximum age of one hour.
//
// Events: "feed" (feed, decimals), "reporter" (reporter, action
// added|removed), "quorum" (quorum), "max_age" (seconds), "owner" (from,
// to), "report" (feed, round, reporter, value) and "answer" (feed, round,
// value, reports).
//
// Render pages: "" (feeds, reporters, settings), "feed/NAME" (the latest
// answer, the open round, recent rounds) and "feed/NAME/round/N".
package oracle

import (
	"amigo"
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Path is the path the oracle is deployed at, for Render links to it from
// other packages (its own code could ask amigo.PkgPath()).
const Path = "oracle"

// Error is an error of the oracle; the errors returned wrap these values
// with details (test with errors.Is).
type Error string

func (e Error) Error() string { return string(e) }

const (
	ErrUnauthorized   Error = "oracle: unauthorized"
	ErrNotReporter    Error = "oracle: not a reporter"
	ErrUnknownFeed    Error = "oracle: no such feed"
	ErrFeedExists     Error = "oracle: feed exists"
	ErrInvalid        Error = "oracle: invalid argument"
	ErrWrongRound     Error = "oracle: not the open round"
	ErrAlreadyDone    Error = "oracle: already reported this round"
	ErrNoAnswer       Error = "oracle: no answer yet"
	ErrStale          Error = "oracle: answer is stale"
	ErrQuorum         Error = "oracle: quorum not reached"
	ErrQuorumTooLarge Error = "oracle: quorum larger than the reporters"
)

// MaxDecimals is the most decimals a feed may have.
const MaxDecimals = 18

// Submission is one reporter's value in a round.
type Submission struct {
	Reporter amigo.Address
	Value    uint64
}

// Answer is a closed round: the median of its reports.
type Answer struct {
	Feed     string
	Decimals int
	Round    uint64
	Value    uint64
	Time     int64 // when the round closed, Unix seconds
	Reports  []Submission
}

// Price is the latest answer of a feed, as readers want it.
type Price struct {
	Feed     string
	Value    uint64
	Decimals int
	Round    uint64
	Time     int64 // when the round closed, Unix seconds
	Age      int64 // seconds since then
	Reports  int
}

// Open describes a feed's open round.
type Open struct {
	Feed    string
	Round   uint64
	Reports int // reports of current reporters so far
	Quorum  int
}

type feed struct {
	name     string
	decimals int
	round    uint64                   // the open round
	pending  map[amigo.Address]uint64 // its reports
	latest   uint64                   // the last closed round, 0 if none
	answers  map[uint64]*Answer       // closed rounds
}

type settings struct {
	owner     amigo.Address
	quorum    int
	maxAge    int64 // seconds
	reporters int   // len(reporters)
}

var (
	cfg       = settings{owner: amigo.Caller(), quorum: 1, maxAge: 3600}
	reporters = map[amigo.Address]bool{}
	feeds     = map[string]*feed{}
)

func init() {
	if err := AddFeed("GOLD/AMG", 6); err != nil {
		panic(err)
	}
}

func onlyOwner() error {
	if c := amigo.Caller(); c != cfg.owner {
		return fmt.Errorf("%w: %s is not the owner", ErrUnauthorized, c)
	}
	return nil
}

// Owner is the account that manages feeds, reporters and settings.
func Owner() amigo.Address { return cfg.owner }

// TransferOwnership hands the oracle to newOwner. Owner only.
func TransferOwnership(newOwner amigo.Address) error {
	if err := onlyOwner(); err != nil {
		return err
	}
	if newOwner == "" {
		return fmt.Errorf("%w: empty owner", ErrInvalid)
	}
	amigo.Emit("owner", "from", string(cfg.owner), "to", string(newOwner))
	cfg.owner = newOwner
	return nil
}

// AddFeed creates a feed; its values have the given decimals. A name is 1
// to 32 characters of A-Z, 0-9, '/', '.', '_' and '-', like "GOLD/AMG".
// Owner only.
func AddFeed(name string, decimals int) error {
	if err := onlyOwner(); err != nil {
		return err
	}
	if !validFeed(name) || decimals < 0 || decimals > MaxDecimals {
		return fmt.Errorf("%w: feed %q with %d decimals", ErrInvalid, name, decimals)
	}
	if feeds[name] != nil {
		return fmt.Errorf("%w: %s", ErrFeedExists, name)
	}
	feeds[name] = &feed{name: name, decimals: decimals, round: 1, pending: map[amigo.Address]uint64{}, answers: map[uint64]*Answer{}}
	amigo.Emit("feed", "feed", name, "decimals", strconv.Itoa(decimals))
	return nil
}

func validFeed(name string) bool {
	if len(name) == 0 || len(name) > 32 {
		return false
	}
	for _, c := range []byte(name) {
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '/' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// Feeds lists the feeds by name.
func Feeds() []string {
	var names []string
	for name := range feeds {
		names = append(names, name)
	}
	return names
}

// AddReporter lets who report. Owner only.
func AddReporter(who amigo.Address) error {
	if err := onlyOwner(); err != nil {
		return err
	}
	if who == "" || reporters[who] {
		return fmt.Errorf("%w: %q is empty or already a reporter", ErrInvalid, who)
	}
	reporters[who] = true
	cfg.reporters++
	amigo.Emit("reporter", "reporter", string(who), "action", "added")
	return nil
}

// RemoveReporter stops who reporting; its reports in open rounds no longer
// count. The reporters left must still reach the quorum. Owner only.
func RemoveReporter(who amigo.Address) error {
	if err := onlyOwner(); err != nil {
		return err
	}
	if !reporters[who] {
		return fmt.Errorf("%w: %s", ErrNotReporter, who)
	}
	if cfg.reporters-1 < cfg.quorum {
		return fmt.Errorf("%w: removing %s leaves %d reporters for a quorum of %d", ErrQuorumTooLarge, who, cfg.reporters-1, cfg.quorum)
	}
	delete(reporters, who)
	cfg.reporters--
	amigo.Emit("reporter", "reporter", string(who), "action", "removed")
	return nil
}

// IsReporter reports whether who may report.
func IsReporter(who amigo.Address) bool { return reporters[who] }

// Reporters lists the reporters by address.
func Reporters() []amigo.Address {
	var out []amigo.Address
	for r := range reporters {
		out = append(out, r)
	}
	return out
}

// SetQuorum sets how many reports close a round: at least 1 and at most
// the number of reporters. Owner only.
func SetQuorum(n int) error {
	if err := onlyOwner(); err != nil {
		return err
	}
	if n < 1 {
		return fmt.Errorf("%w: quorum %d", ErrInvalid, n)
	}
	if n > cfg.reporters {
		return fmt.Errorf("%w: quorum %d, %d reporters", ErrQuorumTooLarge, n, cfg.reporters)
	}
	cfg.quorum = n
	amigo.Emit("quorum", "quorum", strconv.Itoa(n))
	return nil
}

// Quorum is how many reports close a round.
func Quorum() int { return cfg.quorum }

// SetMaxAge sets after how many seconds an answer is stale (at least 1).
// Owner only.
func SetMaxAge(seconds int64) error {
	if err := onlyOwner(); err != nil {
		return err
	}
	if seconds < 1 {
		return fmt.Errorf("%w: max age %d", ErrInvalid, seconds)
	}
	cfg.maxAge = seconds
	amigo.Emit("max_age", "seconds", strconv.FormatInt(seconds, 10))
	return nil
}

// MaxAge is after how many seconds an answer is stale.
func MaxAge() int64 { return cfg.maxAge }

func getFeed(name string) (*feed, error) {
	f := feeds[name]
	if f == nil {
		return nil, fmt.Errorf("%w: %q", ErrUnknownFeed, name)
	}
	return f, nil
}

// Report records the caller's value for round of feed; round must be the
// feed's open round and the value above 0. The report that brings the
// round to the quorum closes it. Reporters only.
func Report(feedName string, round uint64, value uint64) error {
	who := amigo.Caller()
	if !reporters[who] {
		return fmt.Errorf("%w: %s", ErrNotReporter, who)
	}
	f, err := getFeed(feedName)
	if err != nil {
		return err
	}
	if round != f.round {
		return fmt.Errorf("%w: round %d of %s is open, not %d", ErrWrongRound, f.round, f.name, round)
	}
	if value == 0 {
		return fmt.Errorf("%w: value 0", ErrInvalid)
	}
	if _, ok := f.pending[who]; ok {
		return fmt.Errorf("%w: %s in round %d of %s", ErrAlreadyDone, who, round, f.name)
	}
	f.pending[who] = value
	amigo.Emit("report", "feed", f.name, "round", strconv.FormatUint(round, 10), "reporter", string(who), "value", strconv.FormatUint(value, 10))
	f.tryClose()
	return nil
}

// Finalize closes the open round of feed if its reports reach the quorum
// (after the quorum was lowered or reporters removed). Anyone may call it.
func Finalize(feedName string) error {
	f, err := getFeed(feedName)
	if err != nil {
		return err
	}
	if !f.tryClose() {
		return fmt.Errorf("%w: round %d of %s has %d of %d reports", ErrQuorum, f.round, f.name, len(f.valid()), cfg.quorum)
	}
	return nil
}

// valid is the open round's reports of current reporters, by reporter.
func (f *feed) valid() []Submission {
	var rs []Submission
	for who, v := range f.pending {
		if reporters[who] {
			rs = append(rs, Submission{who, v})
		}
	}
	return rs
}

// tryClose closes the open round if it has a quorum.
func (f *feed) tryClose() bool {
	rs := f.valid()
	if len(rs) < cfg.quorum {
		return false
	}
	vals := make([]uint64, len(rs))
	for i, r := range rs {
		vals[i] = r.Value
	}
	a := &Answer{Feed: f.name, Decimals: f.decimals, Round: f.round, Value: Median(vals), Time: amigo.Now().Unix(), Reports: rs}
	f.answers[f.round] = a
	f.latest = f.round
	f.round++
	f.pending = map[amigo.Address]uint64{}
	amigo.Emit("answer", "feed", f.name, "round", strconv.FormatUint(a.Round, 10), "value", strconv.FormatUint(a.Value, 10), "reports", strconv.Itoa(len(rs)))
	return true
}

// Median is the middle of vals (not changed), or the mean of the two
// middle values rounded down for an even count; 0 for none.
func Median(vals []uint64) uint64 {
	if len(vals) == 0 {
		return 0
	}
	s := slices.Clone(vals)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	a, b := s[n/2-1], s[n/2]
	return a + (b-a)/2
}

// OpenRound describes feed's open round.
func OpenRound(feedName string) (Open, error) {
	f, err := getFeed(feedName)
	if err != nil {
		return Open{}, err
	}
	return Open{Feed: f.name, Round: f.round, Reports: len(f.valid()), Quorum: cfg.quorum}, nil
}

// Peek is the latest answer of feed whatever its age; ErrNoAnswer before
// the first round closes.
func Peek(feedName string) (Price, error) {
	f, err := getFeed(feedName)
	if err != nil {
		return Price{}, err
	}
	if f.latest == 0 {
		return Price{}, fmt.Errorf("%w: %s", ErrNoAnswer, f.name)
	}
	a := f.answers[f.latest]
	return Price{Feed: f.name, Value: a.Value, Decimals: f.decimals, Round: a.Round, Time: a.Time, Age: amigo.Now().Unix() - a.Time, Reports: len(a.Reports)}, nil
}

// Latest is the latest answer of feed and its round, if it is at most
// MaxAge seconds old: ErrStale (with the answer) if older, ErrNoAnswer if
// there is none. This is what a package using prices should read.
func Latest(feedName string) (Price, error) {
	p, err := Peek(feedName)
	if err != nil {
		return p, err
	}
	if p.Age > cfg.maxAge {
		return p, fmt.Errorf("%w: %s round %d is %ds old, max %ds", ErrStale, p.Feed, p.Round, p.Age, cfg.maxAge)
	}
	return p, nil
}

// Round is a closed round of feed with its reports.
func Round(feedName string, round uint64) (Answer, error) {
	f, err := getFeed(feedName)
	if err != nil {
		return Answer{}, err
	}
	a := f.answers[round]
	if a == nil {
		return Answer{}, fmt.Errorf("%w: round %d of %s is not closed", ErrNoAnswer, round, f.name)
	}
	return *a, nil
}

// stale reports whether an answer closed at unix (seconds) is stale now.
func stale(unix int64) bool { return amigo.Now().Unix()-unix > cfg.maxAge }

func age(unix int64) string {
	return (time.Duration(amigo.Now().Unix()-unix) * time.Second).String()
}

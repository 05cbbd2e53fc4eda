package oracle

import (
	"amigo"
	amigotesting "amigo/testing"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

const deployer = amigo.Address("amigo1testcaller")

// state is what a failed call must leave as it was.
func state() string {
	var b strings.Builder
	b.WriteString(string(cfg.owner) + " " + formatValue(uint64(cfg.quorum), 0) + " " + formatValue(uint64(cfg.maxAge), 0) + " " + formatValue(uint64(cfg.reporters), 0) + "|")
	for r := range reporters {
		b.WriteString(string(r) + ",")
	}
	for _, f := range feeds {
		b.WriteString("|" + f.name + " " + formatValue(f.round, 0) + " " + formatValue(f.latest, 0) + ":")
		for who, v := range f.pending {
			b.WriteString(string(who) + "=" + formatValue(v, 0) + ",")
		}
	}
	return b.String()
}

func unchanged(t *testing.T, caller amigo.Address, want error, f func() error) {
	t.Helper()
	amigotesting.SetCaller(caller)
	amigotesting.Events()
	before := state()
	if err := f(); !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
	if after := state(); after != before {
		t.Fatalf("a failed call changed the oracle:\n%s\n%s", before, after)
	}
	if evs := amigotesting.Events(); len(evs) != 0 {
		t.Fatalf("a failed call emitted %v", evs)
	}
}

func ok(t *testing.T, caller amigo.Address, err func() error) {
	t.Helper()
	amigotesting.SetCaller(caller)
	if e := err(); e != nil {
		t.Fatal(e)
	}
}

func TestOracle(t *testing.T) {
	if Owner() != deployer || Quorum() != 1 || MaxAge() != 3600 || strings.Join(Feeds(), ",") != "GOLD/AMG" || len(Reporters()) != 0 {
		t.Fatalf("defaults: %s %d %d %v %v", Owner(), Quorum(), MaxAge(), Feeds(), Reporters())
	}
	if _, err := Latest("GOLD/AMG"); !errors.Is(err, ErrNoAnswer) {
		t.Fatalf("Latest before any answer: %v", err)
	}

	t.Run("owner only", func(t *testing.T) {
		for _, f := range []func() error{
			func() error { return AddFeed("BTC/AMG", 6) },
			func() error { return AddReporter("mallory") },
			func() error { return RemoveReporter("r1") },
			func() error { return SetQuorum(1) },
			func() error { return SetMaxAge(10) },
			func() error { return TransferOwnership("mallory") },
		} {
			unchanged(t, "mallory", ErrUnauthorized, f)
		}
	})

	ok(t, deployer, func() error { return AddFeed("ETH/AMG", 2) })
	for _, r := range []amigo.Address{"r1", "r2", "r3", "r4"} {
		ok(t, deployer, func() error { return AddReporter(r) })
	}
	ok(t, deployer, func() error { return SetQuorum(3) })
	amigotesting.Events()

	t.Run("bad settings", func(t *testing.T) {
		unchanged(t, deployer, ErrFeedExists, func() error { return AddFeed("ETH/AMG", 2) })
		unchanged(t, deployer, ErrInvalid, func() error { return AddFeed("eth", 2) })
		unchanged(t, deployer, ErrInvalid, func() error { return AddFeed("ETH/USD", 19) })
		unchanged(t, deployer, ErrInvalid, func() error { return AddReporter("r1") })
		unchanged(t, deployer, ErrInvalid, func() error { return AddReporter("") })
		unchanged(t, deployer, ErrNotReporter, func() error { return RemoveReporter("nobody") })
		unchanged(t, deployer, ErrQuorumTooLarge, func() error { return SetQuorum(5) })
		unchanged(t, deployer, ErrInvalid, func() error { return SetQuorum(0) })
		unchanged(t, deployer, ErrInvalid, func() error { return SetMaxAge(0) })
	})

	t.Run("bad reports", func(t *testing.T) {
		unchanged(t, "mallory", ErrNotReporter, func() error { return Report("ETH/AMG", 1, 100) })
		unchanged(t, deployer, ErrNotReporter, func() error { return Report("ETH/AMG", 1, 100) })
		unchanged(t, "r1", ErrUnknownFeed, func() error { return Report("XXX", 1, 100) })
		unchanged(t, "r1", ErrWrongRound, func() error { return Report("ETH/AMG", 2, 100) })
		unchanged(t, "r1", ErrWrongRound, func() error { return Report("ETH/AMG", 0, 100) })
		unchanged(t, "r1", ErrInvalid, func() error { return Report("ETH/AMG", 1, 0) })
	})

	// round 1: three reports close it with their median
	ok(t, "r1", func() error { return Report("ETH/AMG", 1, 300000) })
	evs := amigotesting.Events()
	if len(evs) != 1 || evs[0].Type != "report" || strings.Join(evs[0].Attrs, " ") != "feed ETH/AMG round 1 reporter r1 value 300000" {
		t.Fatalf("report events %v", evs)
	}
	unchanged(t, "r1", ErrAlreadyDone, func() error { return Report("ETH/AMG", 1, 1) })
	ok(t, "r2", func() error { return Report("ETH/AMG", 1, 100000) })
	if o, _ := OpenRound("ETH/AMG"); o.Round != 1 || o.Reports != 2 || o.Quorum != 3 {
		t.Fatalf("open round %+v", o)
	}
	if _, err := Latest("ETH/AMG"); !errors.Is(err, ErrNoAnswer) {
		t.Fatal("an answer before the quorum")
	}
	amigotesting.Events()
	ok(t, "r3", func() error { return Report("ETH/AMG", 1, 250000) })
	evs = amigotesting.Events()
	if len(evs) != 2 || evs[1].Type != "answer" || strings.Join(evs[1].Attrs, " ") != "feed ETH/AMG round 1 value 250000 reports 3" {
		t.Fatalf("answer events %v", evs)
	}
	p, err := Latest("ETH/AMG")
	if err != nil || p.Value != 250000 || p.Round != 1 || p.Decimals != 2 || p.Reports != 3 || p.Age != 0 || p.Time != amigo.Now().Unix() {
		t.Fatalf("Latest = %+v, %v", p, err)
	}
	if o, _ := OpenRound("ETH/AMG"); o.Round != 2 || o.Reports != 0 {
		t.Fatalf("round 2 not open: %+v", o)
	}
	// the fourth reporter is late for round 1
	unchanged(t, "r4", ErrWrongRound, func() error { return Report("ETH/AMG", 1, 1) })

	// round 2: four reports (quorum 3 reached at the third), even count in
	// round 3 after lowering the quorum
	amigotesting.Advance(10 * time.Minute)
	ok(t, "r4", func() error { return Report("ETH/AMG", 2, 1000) })
	ok(t, "r2", func() error { return Report("ETH/AMG", 2, 3000) })
	// r2 is removed: its report no longer counts
	ok(t, deployer, func() error { return RemoveReporter("r2") })
	if o, _ := OpenRound("ETH/AMG"); o.Reports != 1 {
		t.Fatalf("a removed reporter's report counts: %+v", o)
	}
	ok(t, "r1", func() error { return Report("ETH/AMG", 2, 2001) })
	if p, _ := Latest("ETH/AMG"); p.Round != 1 {
		t.Fatal("round 2 closed without a quorum of current reporters")
	}
	unchanged(t, "r2", ErrNotReporter, func() error { return Report("ETH/AMG", 2, 1) })
	// lowering the quorum lets anyone finalize the round
	unchanged(t, "anyone", ErrQuorum, func() error { return Finalize("ETH/AMG") })
	ok(t, deployer, func() error { return SetQuorum(2) })
	ok(t, "anyone", func() error { return Finalize("ETH/AMG") })
	p, err = Latest("ETH/AMG")
	if err != nil || p.Round != 2 || p.Value != 1500 || p.Reports != 2 {
		t.Fatalf("round 2: %+v %v", p, err)
	}
	a, err := Round("ETH/AMG", 2)
	if err != nil || len(a.Reports) != 2 || a.Reports[0] != (Submission{"r1", 2001}) || a.Reports[1] != (Submission{"r4", 1000}) {
		t.Fatalf("Round 2 = %+v, %v", a, err)
	}
	if _, err := Round("ETH/AMG", 3); !errors.Is(err, ErrNoAnswer) {
		t.Fatal("Round of the open round")
	}
	// r1, r3 and r4 are left: with a quorum of 3, none may go
	ok(t, deployer, func() error { return SetQuorum(3) })
	unchanged(t, deployer, ErrQuorumTooLarge, func() error { return RemoveReporter("r1") })
	ok(t, deployer, func() error { return SetQuorum(2) })
}

func TestStale(t *testing.T) {
	amigotesting.SetCaller(deployer)
	if err := AddFeed("STALE", 0); err != nil {
		t.Fatal(err)
	}
	amigotesting.SetCaller("r1")
	if err := Report("STALE", 1, 7); err != nil {
		t.Fatal(err)
	}
	amigotesting.SetCaller("r3")
	if err := Report("STALE", 1, 9); err != nil {
		t.Fatal(err)
	}
	if p, err := Latest("STALE"); err != nil || p.Value != 8 {
		t.Fatalf("fresh: %+v %v", p, err)
	}
	amigotesting.Advance(time.Duration(MaxAge()) * time.Second)
	if _, err := Latest("STALE"); err != nil {
		t.Fatalf("at exactly MaxAge: %v", err)
	}
	amigotesting.Advance(time.Second)
	p, err := Latest("STALE")
	if !errors.Is(err, ErrStale) || p.Value != 8 || p.Age != MaxAge()+1 {
		t.Fatalf("stale: %+v %v", p, err)
	}
	if q, err := Peek("STALE"); err != nil || q != p {
		t.Fatalf("Peek: %+v %v", q, err)
	}
	amigotesting.SetCaller(deployer)
	if err := SetMaxAge(MaxAge() + 10); err != nil {
		t.Fatal(err)
	}
	if _, err := Latest("STALE"); err != nil {
		t.Fatalf("after raising MaxAge: %v", err)
	}
	if _, err := Latest("NOPE"); !errors.Is(err, ErrUnknownFeed) {
		t.Fatal("unknown feed")
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		vals []uint64
		want uint64
	}{
		{nil, 0}, {[]uint64{5}, 5}, {[]uint64{3, 1, 2}, 2}, {[]uint64{4, 1}, 2}, {[]uint64{1, 2}, 1},
		{[]uint64{10, 1, 1000, 7, 3}, 7}, {[]uint64{math.MaxUint64, math.MaxUint64 - 1}, math.MaxUint64 - 1},
		{[]uint64{math.MaxUint64, math.MaxUint64}, math.MaxUint64}, {[]uint64{1, 2, 3, 4}, 2},
	} {
		in := append([]uint64(nil), c.vals...)
		if got := Median(c.vals); got != c.want {
			t.Errorf("Median(%v) = %d, want %d", c.vals, got, c.want)
		}
		for i := range in {
			if in[i] != c.vals[i] {
				t.Errorf("Median changed its argument")
			}
		}
	}
}

func TestOwnership(t *testing.T) {
	amigotesting.SetCaller(deployer)
	if err := TransferOwnership("newowner"); err != nil {
		t.Fatal(err)
	}
	if err := AddReporter("r9"); !errors.Is(err, ErrUnauthorized) {
		t.Fatal("the old owner still manages the oracle")
	}
	amigotesting.SetCaller("newowner")
	if err := AddReporter("r9"); err != nil {
		t.Fatal(err)
	}
	if err := TransferOwnership(deployer); err != nil {
		t.Fatal(err)
	}
}

func TestRender(t *testing.T) {
	home := Render("")
	for _, want := range []string{"# Oracle", "[ETH/AMG](oracle:feed/ETH/AMG)", "| 15 | [2](oracle:feed/ETH/AMG/round/2) |", "[GOLD/AMG](oracle:feed/GOLD/AMG)", "no answer yet", "- r1\n"} {
		if !strings.Contains(home, want) {
			t.Errorf("home lacks %q:\n%s", want, home)
		}
	}
	f := Render("feed/ETH/AMG")
	for _, want := range []string{"# ETH/AMG", "**15**", "## Open round 3", "| [1](oracle:feed/ETH/AMG/round/1) | 2500 | 3 |", "[Oracle](oracle:)"} {
		if !strings.Contains(f, want) {
			t.Errorf("feed page lacks %q:\n%s", want, f)
		}
	}
	r := Render("feed/ETH/AMG/round/1")
	for _, want := range []string{"Answer **2500**, the median of 3 reports", "| r1 | 3000 |", "[round 2 →](oracle:feed/ETH/AMG/round/2)"} {
		if !strings.Contains(r, want) {
			t.Errorf("round page lacks %q:\n%s", want, r)
		}
	}
	if p := Render("feed/ETH/AMG/round/3"); !strings.Contains(p, "This round is open") {
		t.Errorf("open round page:\n%s", p)
	}
	if p := Render("feed/ETH/AMG/round/9"); !strings.Contains(p, "No such round") {
		t.Errorf("future round page:\n%s", p)
	}
	if s := Render("feed/STALE"); !strings.Contains(s, "fresh") {
		t.Errorf("STALE feed page:\n%s", s)
	}
	for _, bad := range []string{"x", "feed/", "feed/NOPE", "feed/ETH/AMG/round/x", "feed/<b>"} {
		if p := Render(bad); !strings.HasPrefix(p, "# Not found") || strings.Contains(p, "<b>") {
			t.Errorf("Render(%q):\n%s", bad, p)
		}
	}
}

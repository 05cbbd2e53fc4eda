package profiles

import (
	"strings"
	"testing"
)

func TestProfiles(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			p := profiles[name]
			if err := p.Validate(); err != nil {
				t.Fatalf("built-in profile invalid: %v", err)
			}
			got, err := Lookup(name)
			switch {
			case p.Available && err != nil:
				t.Fatalf("Lookup: %v", err)
			case p.Available && got.Name != name:
				t.Fatalf("Lookup returned %q", got.Name)
			case !p.Available && (err == nil || !strings.Contains(err.Error(), "not available") || !strings.Contains(err.Error(), p.Missing)):
				t.Fatalf("unavailable profile: error %v", err)
			}
		})
	}
	if _, err := Lookup("prod"); err == nil || !strings.Contains(err.Error(), "dev, open") {
		t.Fatalf("unknown profile: %v", err)
	}
}

func TestValidate(t *testing.T) {
	dev := profiles["dev"]
	for _, c := range []struct {
		mut  func(*Profile)
		want string
	}{
		{func(p *Profile) { p.Sequencer = "paxos" }, "unknown sequencer"},
		{func(p *Profile) { p.Auth = "none" }, "unknown authentication"},
		{func(p *Profile) { p.Loopback = false }, "loopback"},
		{func(p *Profile) { p.Relay = true }, "relays"},
		{func(p *Profile) { p.Sequencer = SeqCometBFT }, "signed"},
		{func(p *Profile) { p.P2P = nil }, "listen"},
		{func(p *Profile) { p.Home = "" }, "home"},
	} {
		p := dev
		c.mut(&p)
		if err := p.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", p, err, c.want)
		}
	}
}

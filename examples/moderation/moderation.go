// Package moderation is who runs an app and who may not use it: an owner,
// the moderators the owner appoints, and the users they ban, each with a
// reason. It is a library, deployed at the path "moderation", that the
// forum and the wiki each keep one of in their state:
//
//	var mod = moderation.New(amigo.Caller(), moderation.Errors{Unauthorized: ErrUnauthorized, ...})
//
//	// Ban stops a user from posting (moderators).
//	func Ban(user amigo.Address, reason string) error {
//		return mod.Ban(amigo.Caller(), user, reason)
//	}
//
// The package that holds a *[Moderation] owns it: its methods change it
// only when that package's own code calls them, and then they run as that
// package (their events are its events). Any other package calling a
// method that changes it fails with an ownership error, so a package may
// hand its *Moderation out for reading. The methods do not know who is
// calling: each one that changes the moderation takes the account acting
// as its first argument and trusts it; the holder passes amigo.Caller().
//
// The owner is a moderator; moderators and the owner cannot be banned;
// appointing a banned user lifts the ban; the new owner of SetOwner stops
// being a plain moderator and is unbanned.
//
// Events (emitted by the methods, as the holding package): ban and unban
// (user, moderator), add_moderator and remove_moderator (user), owner
// (owner).
//
// The package has no state of its own. It imports markdown (at the path
// "markdown"), which a node must have first.
package moderation

import (
	"amigo"
	"fmt"
	"iter"
	"strings"

	"markdown"
)

// MaxReason is the most bytes of a ban's reason.
const MaxReason = 200

// Listed is the most moderators and banned users [Moderation.Markdown]
// lists.
const Listed = 100

// Error is an error of this package, the default of [Errors].
type Error string

func (e Error) Error() string { return string(e) }

const (
	ErrUnauthorized Error = "moderation: unauthorized"
	ErrInvalid      Error = "moderation: invalid input"
	ErrUnchanged    Error = "moderation: nothing to change"
)

// Errors are the errors a Moderation's methods wrap, with details: a
// package passes its own, so that its callers test one set of errors
// with errors.Is. A nil one is this package's.
type Errors struct {
	Unauthorized error // the account acting may not do this
	Invalid      error // an empty address, an invalid reason
	Unchanged    error // it is so already
}

// Moderation is an owner, moderators and banned users. The zero value is
// not usable; call [New].
type Moderation struct {
	owner      amigo.Address
	moderators map[amigo.Address]bool
	banned     map[amigo.Address]string // user -> reason
	errs       Errors
}

// New returns a moderation owned by owner, with no moderators and no bans,
// whose methods return errors wrapping errs.
func New(owner amigo.Address, errs Errors) *Moderation {
	if errs.Unauthorized == nil {
		errs.Unauthorized = ErrUnauthorized
	}
	if errs.Invalid == nil {
		errs.Invalid = ErrInvalid
	}
	if errs.Unchanged == nil {
		errs.Unchanged = ErrUnchanged
	}
	return &Moderation{owner: owner, moderators: map[amigo.Address]bool{}, banned: map[amigo.Address]string{}, errs: errs}
}

// Owner is the owner, who appoints the moderators.
func (m *Moderation) Owner() amigo.Address { return m.owner }

// IsModerator reports whether user may moderate: the owner or a moderator.
func (m *Moderation) IsModerator(user amigo.Address) bool {
	return user == m.owner || m.moderators[user]
}

// Banned returns the reason user was banned, and whether they are.
func (m *Moderation) Banned(user amigo.Address) (string, bool) {
	reason, ok := m.banned[user]
	return reason, ok
}

// Moderators yields the moderators (not the owner), by address.
func (m *Moderation) Moderators() iter.Seq[amigo.Address] {
	return func(yield func(amigo.Address) bool) {
		for user := range m.moderators {
			if !yield(user) {
				return
			}
		}
	}
}

// Bans yields the banned users and the reasons, by address.
func (m *Moderation) Bans() iter.Seq2[amigo.Address, string] {
	return func(yield func(amigo.Address, string) bool) {
		for user, reason := range m.banned {
			if !yield(user, reason) {
				return
			}
		}
	}
}

// CheckModerator returns an Unauthorized error unless by may moderate.
func (m *Moderation) CheckModerator(by amigo.Address) error {
	if !m.IsModerator(by) {
		return fmt.Errorf("%s is not a moderator: %w", by, m.errs.Unauthorized)
	}
	return nil
}

// CheckOwner returns an Unauthorized error unless by is the owner.
func (m *Moderation) CheckOwner(by amigo.Address) error {
	if by != m.owner {
		return fmt.Errorf("%s is not the owner: %w", by, m.errs.Unauthorized)
	}
	return nil
}

// Ban bans user, for reason (which may be empty), by the moderator by.
// The owner and moderators cannot be banned.
func (m *Moderation) Ban(by, user amigo.Address, reason string) error {
	if err := m.CheckModerator(by); err != nil {
		return err
	}
	if user == "" {
		return fmt.Errorf("empty address: %w", m.errs.Invalid)
	}
	if m.IsModerator(user) {
		return fmt.Errorf("%s is a moderator: %w", user, m.errs.Unauthorized)
	}
	if _, ok := m.banned[user]; ok {
		return fmt.Errorf("%s is banned already: %w", user, m.errs.Unchanged)
	}
	if reason != "" {
		if err := markdown.CheckText(reason, MaxReason); err != nil {
			return fmt.Errorf("reason: %v: %w", err, m.errs.Invalid)
		}
	}
	m.banned[user] = strings.TrimSpace(reason)
	amigo.Emit("ban", "user", string(user), "moderator", string(by))
	return nil
}

// Unban lifts user's ban, by the moderator by.
func (m *Moderation) Unban(by, user amigo.Address) error {
	if err := m.CheckModerator(by); err != nil {
		return err
	}
	if _, ok := m.banned[user]; !ok {
		return fmt.Errorf("%s is not banned: %w", user, m.errs.Unchanged)
	}
	delete(m.banned, user)
	amigo.Emit("unban", "user", string(user), "moderator", string(by))
	return nil
}

// AddModerator makes user a moderator, lifting any ban, by the owner by.
func (m *Moderation) AddModerator(by, user amigo.Address) error {
	if err := m.CheckOwner(by); err != nil {
		return err
	}
	if user == "" {
		return fmt.Errorf("empty address: %w", m.errs.Invalid)
	}
	if m.IsModerator(user) {
		return fmt.Errorf("%s is a moderator already: %w", user, m.errs.Unchanged)
	}
	m.moderators[user] = true
	delete(m.banned, user)
	amigo.Emit("add_moderator", "user", string(user))
	return nil
}

// RemoveModerator takes a moderator's rights away, by the owner by.
func (m *Moderation) RemoveModerator(by, user amigo.Address) error {
	if err := m.CheckOwner(by); err != nil {
		return err
	}
	if !m.moderators[user] {
		return fmt.Errorf("%s is not a moderator: %w", user, m.errs.Unchanged)
	}
	delete(m.moderators, user)
	amigo.Emit("remove_moderator", "user", string(user))
	return nil
}

// SetOwner makes newOwner the owner, by the owner by.
func (m *Moderation) SetOwner(by, newOwner amigo.Address) error {
	if err := m.CheckOwner(by); err != nil {
		return err
	}
	if newOwner == "" {
		return fmt.Errorf("empty address: %w", m.errs.Invalid)
	}
	if newOwner == m.owner {
		return fmt.Errorf("%s is the owner already: %w", newOwner, m.errs.Unchanged)
	}
	m.owner = newOwner
	delete(m.moderators, newOwner)
	delete(m.banned, newOwner)
	amigo.Emit("owner", "owner", string(newOwner))
	return nil
}

// Markdown writes the owner, the moderators and the banned users with
// their reasons, up to [Listed] of each, for a page about the
// moderation: "Owner: …", then the sections "## Moderators" and
// "## Banned users". user shows an address (a link to the user's page,
// say) as markdown.
func (m *Moderation) Markdown(user func(amigo.Address) string) string {
	var b strings.Builder
	b.WriteString("Owner: " + user(m.owner) + "\n\n## Moderators\n\n")
	shown := 0
	for u := range m.moderators {
		if shown == Listed {
			fmt.Fprintf(&b, "- and %d more\n", len(m.moderators)-shown)
			break
		}
		b.WriteString("- " + user(u) + "\n")
		shown++
	}
	if shown == 0 {
		b.WriteString("None but the owner.\n")
	}
	b.WriteString("\n## Banned users\n\n")
	shown = 0
	for u, reason := range m.banned {
		if shown == Listed {
			fmt.Fprintf(&b, "- and %d more\n", len(m.banned)-shown)
			break
		}
		b.WriteString("- " + user(u) + Because(reason) + "\n")
		shown++
	}
	if shown == 0 {
		b.WriteString("None.\n")
	}
	return b.String()
}

// Because is ": " and a moderator's reason as markdown text, or "" for no
// reason: "Hidden by a moderator" + Because(reason).
func Because(reason string) string {
	if reason == "" {
		return ""
	}
	return ": " + markdown.Inline(reason)
}

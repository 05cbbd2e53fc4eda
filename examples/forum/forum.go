// Package forum is a discussion board: threads of posts that anyone can
// start and reply to, edits that keep every earlier version, and moderation
// by the owner and the moderators the owner appoints.
//
// # Using it
//
//	amigo call forum.NewThread "Hello" "First post"      # prints the thread id
//	amigo call forum.Reply 1 "A reply"                   # prints the post id
//	amigo call forum.Edit 2 "A better reply"             # the author edits a post
//	amigo call forum.Retitle 1 "Hello, world"            # the thread's author renames it
//	amigo render forum                                    # the index of threads
//	amigo render forum:thread/1                           # a thread
//
// Titles are one line of at most 200 bytes; bodies at most 10,000 bytes of
// text (UTF-8, no control characters other than line breaks and tabs).
// Everything users write is shown as plain text: markdown and HTML in it
// are escaped (by package markdown), so a post cannot change the page
// around it or make links.
//
// The forum imports the libraries markdown, paging and moderation by those
// paths: push them to a node before the forum.
//
// # Moderation
//
// The deployer is the owner. The owner appoints moderators (AddModerator,
// RemoveModerator) and may hand the forum over (SetOwner). Moderators and
// the owner hide and unhide posts and threads (Hide, Unhide, HideThread,
// UnhideThread: hidden content stays in the state, with its history, but
// Render shows only the reason), lock and unlock threads (Lock, Unlock: a
// locked thread takes no replies and no edits) and ban and unban users
// (Ban, Unban: a banned user cannot post, reply or edit). Nobody, the
// owner included, can edit another user's post. The owner, the moderators
// and the bans are a moderation.Moderation in the forum's state.
//
// # Pages
//
// Render serves these paths, each linking to the others:
//
//	""                   threads, most recently active first, 20 a page
//	page/N               page N of that index
//	thread/ID            a thread's posts, oldest first, 20 a page
//	thread/ID/page/N     page N of a thread
//	post/ID              a post and its edit history, newest first
//	post/ID/page/N       page N of a post's history
//	user/ADDRESS         a user's posts, newest first (user/ADDRESS/page/N)
//	moderation           the owner, the moderators and the banned users
//
// Every collection is a map keyed by id, so posting, replying and reading
// a page cost the same with ten posts or a million. The index pages walk
// the threads in order of activity, so page N reads N×20 index entries.
//
// # Events
//
// thread (id, post, author), reply (thread, post, author), edit (post,
// version, editor), retitle (thread, title), hide and unhide (post,
// moderator), hide_thread and unhide_thread (thread, moderator), lock and
// unlock (thread, moderator), ban and unban (user, moderator),
// add_moderator and remove_moderator (user), owner (owner).
package forum

import (
	"amigo"
	"fmt"
	"strconv"
	"strings"
	"time"

	"markdown"
	"moderation"
)

// Limits on what users write.
const (
	MaxTitle  = 200                  // bytes of a thread's title
	MaxBody   = 10_000               // bytes of a post's body
	MaxReason = moderation.MaxReason // bytes of a moderation reason (200)
)

// Error is an error of the forum; the errors its functions return wrap one
// of these constants (test them with errors.Is). A call that returns an
// error changes nothing.
//
// Constants (of a string type) rather than errors.New variables: they are
// not state, so no call ever reads them from the store.
type Error string

func (e Error) Error() string { return string(e) }

const (
	ErrNotFound     Error = "forum: not found"
	ErrUnauthorized Error = "forum: unauthorized"
	ErrLocked       Error = "forum: thread is locked"
	ErrHidden       Error = "forum: hidden by a moderator"
	ErrBanned       Error = "forum: banned"
	ErrInvalid      Error = "forum: invalid input"
	ErrUnchanged    Error = "forum: nothing to change"
)

// Thread is a titled sequence of posts; its first post opens it.
type Thread struct {
	ID       int
	Title    string
	Author   amigo.Address
	Created  time.Time
	Active   time.Time // the time of its last post
	Posts    int       // number of posts, the opening post included
	FirstID  int       // id of the opening post
	Locked   bool
	Hidden   bool
	Reason   string // why it was hidden
	activity int64  // its key in byActivity (negated sequence)
}

// Post is one message of a thread, at its current version.
type Post struct {
	ID      int
	Thread  int
	Seq     int // position in its thread, from 1 (the opening post)
	Author  amigo.Address
	Body    string
	Created time.Time
	Edited  time.Time // zero until the first edit
	Version int       // 1, plus one per edit
	Hidden  bool
	Reason  string // why it was hidden
}

// Revision is an earlier version of a post, replaced by an edit.
type Revision struct {
	Version int
	Body    string
	Time    time.Time // when this version was written
}

type threadSeq struct{ Thread, Seq int }
type postVersion struct{ Post, Version int }
type userSeq struct {
	User amigo.Address
	Seq  int
}

// mod is the owner (the deployer), the moderators and the banned users.
var mod = newModeration(amigo.Caller())

var (
	threads    = map[int]*Thread{}
	posts      = map[int]*Post{}
	byThread   = map[threadSeq]int{}         // (thread, position) -> post id
	revisions  = map[postVersion]*Revision{} // (post, earlier version) -> text
	byUser     = map[userSeq]int{}           // (user, n) -> post id, n from 1
	userPosts  = map[amigo.Address]int{}     // user -> number of posts
	byActivity = map[int64]int{}             // -sequence of last activity -> visible thread id

	lastThread, lastPost int
	activitySeq          int64
	visibleThreads       int
)

// newModeration is a moderation owned by owner that reports the forum's
// errors.
func newModeration(owner amigo.Address) *moderation.Moderation {
	return moderation.New(owner, moderation.Errors{Unauthorized: ErrUnauthorized, Invalid: ErrInvalid, Unchanged: ErrUnchanged})
}

// NewThread starts a thread with a title and an opening post, by the
// caller, and returns the thread's id.
func NewThread(title, body string) (int, error) {
	author := amigo.Caller()
	if err := checkTitle(title); err != nil {
		return 0, err
	}
	if err := checkText("body", body, MaxBody); err != nil {
		return 0, err
	}
	if err := checkNotBanned(author); err != nil {
		return 0, err
	}
	now := amigo.Now()
	lastThread++
	t := &Thread{ID: lastThread, Title: strings.TrimSpace(title), Author: author, Created: now}
	threads[t.ID] = t
	visibleThreads++
	p := addPost(t, author, body, now)
	t.FirstID = p.ID
	amigo.Emit("thread", "id", itoa(t.ID), "post", itoa(p.ID), "author", string(author))
	return t.ID, nil
}

// Reply adds a post by the caller at the end of a thread and returns the
// post's id.
func Reply(thread int, body string) (int, error) {
	author := amigo.Caller()
	t, err := openThread(thread)
	if err != nil {
		return 0, err
	}
	if err := checkText("body", body, MaxBody); err != nil {
		return 0, err
	}
	if err := checkNotBanned(author); err != nil {
		return 0, err
	}
	p := addPost(t, author, body, amigo.Now())
	amigo.Emit("reply", "thread", itoa(t.ID), "post", itoa(p.ID), "author", string(author))
	return p.ID, nil
}

// Edit replaces the body of one of the caller's posts; the replaced
// version stays in the post's history.
func Edit(post int, body string) error {
	editor := amigo.Caller()
	p, ok := posts[post]
	if !ok {
		return fmt.Errorf("post %d: %w", post, ErrNotFound)
	}
	if p.Author != editor {
		return fmt.Errorf("post %d is %s's: %w", post, p.Author, ErrUnauthorized)
	}
	if err := checkNotBanned(editor); err != nil {
		return err
	}
	if p.Hidden {
		return fmt.Errorf("post %d: %w", post, ErrHidden)
	}
	if _, err := openThread(p.Thread); err != nil {
		return err
	}
	if err := checkText("body", body, MaxBody); err != nil {
		return err
	}
	if body == p.Body {
		return fmt.Errorf("post %d: %w", post, ErrUnchanged)
	}
	now := amigo.Now()
	revisions[postVersion{p.ID, p.Version}] = &Revision{Version: p.Version, Body: p.Body, Time: p.written()}
	p.Version++
	p.Body = body
	p.Edited = now
	amigo.Emit("edit", "post", itoa(p.ID), "version", itoa(p.Version), "editor", string(editor))
	return nil
}

// Retitle changes the title of one of the caller's threads.
func Retitle(thread int, title string) error {
	caller := amigo.Caller()
	t, err := openThread(thread)
	if err != nil {
		return err
	}
	if t.Author != caller {
		return fmt.Errorf("thread %d is %s's: %w", thread, t.Author, ErrUnauthorized)
	}
	if err := checkNotBanned(caller); err != nil {
		return err
	}
	if err := checkTitle(title); err != nil {
		return err
	}
	title = strings.TrimSpace(title)
	if title == t.Title {
		return fmt.Errorf("thread %d: %w", thread, ErrUnchanged)
	}
	t.Title = title
	amigo.Emit("retitle", "thread", itoa(t.ID), "title", title)
	return nil
}

// Hide hides a post (moderators): Render shows the reason instead of it.
func Hide(post int, reason string) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	p, ok := posts[post]
	if !ok {
		return fmt.Errorf("post %d: %w", post, ErrNotFound)
	}
	if p.Hidden {
		return fmt.Errorf("post %d is hidden already: %w", post, ErrUnchanged)
	}
	if err := checkReason(reason); err != nil {
		return err
	}
	p.Hidden, p.Reason = true, strings.TrimSpace(reason)
	amigo.Emit("hide", "post", itoa(post), "moderator", string(by))
	return nil
}

// Unhide shows a hidden post again (moderators).
func Unhide(post int) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	p, ok := posts[post]
	if !ok {
		return fmt.Errorf("post %d: %w", post, ErrNotFound)
	}
	if !p.Hidden {
		return fmt.Errorf("post %d is not hidden: %w", post, ErrUnchanged)
	}
	p.Hidden, p.Reason = false, ""
	amigo.Emit("unhide", "post", itoa(post), "moderator", string(by))
	return nil
}

// HideThread hides a whole thread (moderators): it leaves the index and
// its page shows only the reason.
func HideThread(thread int, reason string) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	t, ok := threads[thread]
	if !ok {
		return fmt.Errorf("thread %d: %w", thread, ErrNotFound)
	}
	if t.Hidden {
		return fmt.Errorf("thread %d is hidden already: %w", thread, ErrUnchanged)
	}
	if err := checkReason(reason); err != nil {
		return err
	}
	delete(byActivity, t.activity)
	visibleThreads--
	t.Hidden, t.Reason = true, strings.TrimSpace(reason)
	amigo.Emit("hide_thread", "thread", itoa(thread), "moderator", string(by))
	return nil
}

// UnhideThread shows a hidden thread again (moderators), in its place in
// the index.
func UnhideThread(thread int) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	t, ok := threads[thread]
	if !ok {
		return fmt.Errorf("thread %d: %w", thread, ErrNotFound)
	}
	if !t.Hidden {
		return fmt.Errorf("thread %d is not hidden: %w", thread, ErrUnchanged)
	}
	t.Hidden, t.Reason = false, ""
	byActivity[t.activity] = t.ID
	visibleThreads++
	amigo.Emit("unhide_thread", "thread", itoa(thread), "moderator", string(by))
	return nil
}

// Lock closes a thread to replies and edits (moderators).
func Lock(thread int) error { return setLocked(thread, true) }

// Unlock opens a locked thread again (moderators).
func Unlock(thread int) error { return setLocked(thread, false) }

func setLocked(thread int, locked bool) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	t, ok := threads[thread]
	if !ok {
		return fmt.Errorf("thread %d: %w", thread, ErrNotFound)
	}
	if t.Locked == locked {
		return fmt.Errorf("thread %d: %w", thread, ErrUnchanged)
	}
	t.Locked = locked
	event := "lock"
	if !locked {
		event = "unlock"
	}
	amigo.Emit(event, "thread", itoa(thread), "moderator", string(by))
	return nil
}

// Ban stops a user from posting, replying and editing (moderators). The
// owner and moderators cannot be banned.
func Ban(user amigo.Address, reason string) error { return mod.Ban(amigo.Caller(), user, reason) }

// Unban lifts a ban (moderators).
func Unban(user amigo.Address) error { return mod.Unban(amigo.Caller(), user) }

// AddModerator makes a user a moderator (owner only), lifting any ban.
func AddModerator(user amigo.Address) error { return mod.AddModerator(amigo.Caller(), user) }

// RemoveModerator takes a moderator's rights away (owner only).
func RemoveModerator(user amigo.Address) error { return mod.RemoveModerator(amigo.Caller(), user) }

// SetOwner hands the forum to another address (owner only).
func SetOwner(newOwner amigo.Address) error { return mod.SetOwner(amigo.Caller(), newOwner) }

// Owner returns the forum's owner.
func Owner() amigo.Address { return mod.Owner() }

// IsModerator reports whether user may moderate (the owner or a moderator).
func IsModerator(user amigo.Address) bool { return mod.IsModerator(user) }

// Banned returns the reason user was banned, and whether they are.
func Banned(user amigo.Address) (string, bool) { return mod.Banned(user) }

// GetThread returns a thread.
func GetThread(id int) (Thread, error) {
	t, ok := threads[id]
	if !ok {
		return Thread{}, fmt.Errorf("thread %d: %w", id, ErrNotFound)
	}
	return *t, nil
}

// GetPost returns a post at its current version.
func GetPost(id int) (Post, error) {
	p, ok := posts[id]
	if !ok {
		return Post{}, fmt.Errorf("post %d: %w", id, ErrNotFound)
	}
	return *p, nil
}

// ThreadPost returns the id of the post at position seq (from 1) of a
// thread.
func ThreadPost(thread, seq int) (int, error) {
	id, ok := byThread[threadSeq{thread, seq}]
	if !ok {
		return 0, fmt.Errorf("thread %d, post %d: %w", thread, seq, ErrNotFound)
	}
	return id, nil
}

// GetRevision returns version v of a post: an earlier one from its
// history, or the current one.
func GetRevision(post, v int) (Revision, error) {
	p, ok := posts[post]
	if !ok {
		return Revision{}, fmt.Errorf("post %d: %w", post, ErrNotFound)
	}
	if v == p.Version {
		return Revision{Version: v, Body: p.Body, Time: p.written()}, nil
	}
	r, ok := revisions[postVersion{post, v}]
	if !ok {
		return Revision{}, fmt.Errorf("post %d, version %d: %w", post, v, ErrNotFound)
	}
	return *r, nil
}

// Stats returns the numbers of threads (hidden ones included) and posts.
func Stats() (threadCount, postCount int) { return lastThread, lastPost }

// addPost appends a new post to t and indexes it; t moves to the top of
// the index.
func addPost(t *Thread, author amigo.Address, body string, now time.Time) *Post {
	lastPost++
	t.Posts++
	p := &Post{ID: lastPost, Thread: t.ID, Seq: t.Posts, Author: author, Body: body, Created: now, Version: 1}
	posts[p.ID] = p
	byThread[threadSeq{t.ID, p.Seq}] = p.ID
	userPosts[author]++
	byUser[userSeq{author, userPosts[author]}] = p.ID
	if t.activity != 0 {
		delete(byActivity, t.activity)
	}
	activitySeq++
	t.activity = -activitySeq
	t.Active = now
	byActivity[t.activity] = t.ID
	return p
}

// written is when the current version of p was written.
func (p *Post) written() time.Time {
	if p.Version > 1 {
		return p.Edited
	}
	return p.Created
}

// openThread returns a thread that takes posts: it exists, is visible and
// is not locked.
func openThread(id int) (*Thread, error) {
	t, ok := threads[id]
	if !ok {
		return nil, fmt.Errorf("thread %d: %w", id, ErrNotFound)
	}
	if t.Hidden {
		return nil, fmt.Errorf("thread %d: %w", id, ErrHidden)
	}
	if t.Locked {
		return nil, fmt.Errorf("thread %d: %w", id, ErrLocked)
	}
	return t, nil
}

// moderator returns the caller if they may moderate.
func moderator() (amigo.Address, error) {
	c := amigo.Caller()
	return c, mod.CheckModerator(c)
}

func checkNotBanned(user amigo.Address) error {
	if _, ok := mod.Banned(user); ok {
		return fmt.Errorf("%s: %w", user, ErrBanned)
	}
	return nil
}

func checkTitle(title string) error {
	if err := checkText("title", title, MaxTitle); err != nil {
		return err
	}
	if strings.ContainsAny(title, "\r\n") {
		return fmt.Errorf("title: more than one line: %w", ErrInvalid)
	}
	return nil
}

// checkReason checks a moderator's reason, which may be empty.
func checkReason(reason string) error {
	if reason == "" {
		return nil
	}
	return checkText("reason", reason, MaxReason)
}

// checkText checks text a user wrote: not blank, at most max bytes, UTF-8,
// no control characters but line breaks and tabs.
func checkText(what, s string, max int) error {
	if err := markdown.CheckText(s, max); err != nil {
		return fmt.Errorf("%s: %v: %w", what, err, ErrInvalid)
	}
	return nil
}

func itoa(i int) string { return strconv.Itoa(i) }

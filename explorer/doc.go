// Package explorer is the web UI of a node: server-rendered HTML pages
// for the packages deployed on it (their Render output, doc, functions with
// call and query forms, highlighted source, imports, importers and
// persisted state), its transactions, its live events and its network.
//
// It reads only through the Network Interface, with a *client.Client: it
// must not open the store or call the engine, so what it shows is exactly
// what any client of the node can see. New returns an http.Handler that the
// node serves at "/" beside /v1.
//
// # Routes
//
//	GET  /                         home: network, height, recent transactions
//	GET  /packages?q=&offset=      packages, searched and paged
//	GET  /{pkg}                    a package: Render(""), doc, functions, files, imports, importers
//	POST /{pkg}                    runs a function form (pages without JavaScript)
//	GET  /{pkg}?tab=source&file=F  a file, highlighted, lines anchored #L12
//	GET  /{pkg}?tab=state          persisted variables; &object=ID&cursor=C opens an object
//	GET  /{pkg}:{path}             Render(path) of the package (path decoded; a query string is kept raw: /forum:search?q=x renders "search?q=x")
//	GET  /txs?before=H             transactions, newest first
//	GET  /txs/{hash}               a transaction's receipt
//	GET  /events?package=P         recent events, then live ones (server-sent events)
//	GET  /network                  the node's addresses and its peers
//	GET  /network/blocks           blocks (a placeholder until a chain profile fills it)
//	GET  /network/services         services (a placeholder until the registry fills it)
//	GET  /search?q=                jumps to a transaction, a package or a Render page
//	GET  /login?next=              sign in to a gateway (login.go); POST /login, POST /logout
//	GET  /static/...               embedded CSS and JavaScript
//
// Every page answers ?format=json with the API data it shows, links the
// /v1 calls behind it, and has a permalink (lists are pinned: /txs?before=H). A package whose first path segment is one of the
// explorer's own words (packages, txs, events, ...) is reached with a
// trailing colon: /events: is the package events, /events/feed:posts its
// Render("posts").
//
// # Untrusted content
//
// Package source, Render output, results, arguments and event attributes
// come from contracts. Templates escape all of it; Render markdown is
// rendered by goldmark without raw HTML, and its links are rewritten to a
// safe set (http, https, mailto, relative, and pkg:path links that stay in
// the explorer; anything else loses its link). Every response carries a
// Content-Security-Policy that allows scripts, styles and connections from
// the node itself only, and no inline script or style.
package explorer

// Package registry is Amigo's service registry: signed records of what a
// peer serves (a network, a package, a gateway, a relay), announced as DHT
// provider records and gossiped on a pubsub topic, verified on receipt and
// kept in a local cache that answers lookups.
//
// It owns the record format ([Record], [Envelope]: a canonical JSON
// encoding signed with the publishing peer's libp2p key, with size limits),
// the content ID a record is provided under ([Key]), the gossip topic
// [Topic] with its validator, the stream protocol [Protocol] a peer answers
// with its own signed records, and the [Registry] that publishes a node's
// records, refreshes them before they expire and looks others up.
//
// It must not know the node, the API or the engine: the node tells it what
// to publish ([Registry.Publish]) and asks it where a service is
// ([Registry.Find]). It takes a libp2p host, and optionally a content
// router (the /amigo DHT) and a pubsub instance; without them it still
// learns the records of the peers it connects to.
//
// # Trust
//
// A record is accepted only if its envelope's public key is the key of the
// record's peer, the signature over the domain string and the record's
// bytes verifies, the record is within the size limits and it has not
// expired. Anything else is dropped and counted in [Stats] by reason. A
// record proves only that its peer claims to serve something; callers that
// need more (a chain's state, a cluster's membership) check it themselves.
//
// # Usage
//
//	reg, err := registry.New(registry.Config{Host: h, Routing: dht, PubSub: ps, Network: "dev:" + h.ID().String()})
//	...
//	reg.Publish(ctx, registry.KindPackage, "hello", nil)
//	recs, err := reg.Find(ctx, registry.KindPackage, "hello")
package registry

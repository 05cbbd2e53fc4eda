// Package p2p builds the libp2p host every Amigo process runs and carries
// HTTP over libp2p streams.
//
// It owns:
//
//   - the host's construction ([New] and [Config]): transports (TCP, QUIC),
//     security (Noise, TLS), the yamux muxer, and the three guards that are
//     always present: a resource manager with fixed, documented limits, a
//     connection manager, and a connection gater ([Gater]);
//   - the node's identity on disk ([LoadOrCreateIdentity]);
//   - peer addresses as text ([Addrs], [ParsePeerAddr]);
//   - HTTP/1.1 over libp2p streams: one stream of a protocol is one
//     connection ([Listen], [Dial], [NewHTTPTransport]), which is how the
//     Network Interface is served on /amigo/api/1;
//   - the relay posture ([Config.RelayService], [Config.Relays],
//     [RelayResources]): a public node's circuit relay v2 service with
//     limits, AutoNAT and hole punching; a private node's reservations;
//   - discovery plumbing the registry and the node build on: the Kademlia
//     DHT with the protocol prefix /amigo ([NewDHT]), gossipsub with signed,
//     size-limited messages ([NewPubSub]), mDNS ([StartMDNS]) and
//     connecting bootstrap peers ([Connect], [ParsePeerAddrs]).
//
// It must not: join the public IPFS network (no IPFS bootstrap peers, never
// the /ipfs DHT protocols), map ports on the router unless
// [Config.NATPortMap] is set, know what the registry's records say, or know
// anything of the API's routes, transactions or storage. It serves whatever
// [net/http.Handler] it is given.
//
// # Usage
//
// A node builds its host first and closes it last:
//
//	key, err := p2p.LoadOrCreateIdentity(filepath.Join(home, "identity.key"))
//	if err != nil {
//		return err
//	}
//	h, err := p2p.New(ctx, p2p.Config{
//		Identity:     key,
//		ListenAddrs:  []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
//		LoopbackOnly: true, // the dev profile
//	})
//	if err != nil {
//		return err
//	}
//	defer h.Close() // last: after everything that uses the host has stopped
//
//	srv := &http.Server{Handler: apiHandler}
//	go srv.Serve(p2p.Listen(h, api.Protocol)) // returns when srv or h closes
//	defer srv.Shutdown(context.Background()) // runs before h.Close
//
// and a client reaches it by peer ID:
//
//	info, err := p2p.ParsePeerAddr("/ip4/127.0.0.1/tcp/4001/p2p/12D3Koo...")
//	if err != nil {
//		return err
//	}
//	c, err := p2p.New(ctx, p2p.Config{}) // client-only: listens nowhere
//	if err != nil {
//		return err
//	}
//	defer c.Close()
//	if err := c.Connect(ctx, info); err != nil {
//		return err
//	}
//	hc := &http.Client{Transport: p2p.NewHTTPTransport(c, api.Protocol)}
//	resp, err := hc.Get("http://" + info.ID.String() + "/v1/status")
//
// # HTTP over streams
//
// Every connection the HTTP client opens is one libp2p stream of the given
// protocol, so keep-alive, chunked and streaming responses (server-sent
// events) work as over TCP. Streams are encrypted and authenticated by the
// libp2p connection; there is no TLS inside. On the server,
// [net/http.Request.RemoteAddr] is the calling peer's ID, which the
// connection's security handshake has authenticated.
package p2p

package chain

import (
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/freeport"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"
)

// TestnetOptions configure Init.
type TestnetOptions struct {
	Validators int    // default 1
	ChainID    string // default "amigo-dev"
	// BasePort, if set, lays out ports from it: node i uses BasePort+10*i
	// (+0 CometBFT p2p, +1 CometBFT RPC, +2 Amigo HTTP, +3 libp2p). 0
	// asks the system for free loopback ports.
	BasePort int
	// TimeoutCommit is the pause after a block (dev default 100ms;
	// CometBFT's production default is 1s, and its propose, prevote and
	// precommit timeouts 3s, 1s and 1s).
	TimeoutCommit time.Duration
	// EmptyBlocks makes blocks even without transactions (CometBFT's
	// default, true); the dev testnet makes them only for transactions,
	// with one every EmptyBlocksInterval regardless (dev default 10s).
	EmptyBlocks         bool
	EmptyBlocksInterval time.Duration
	// CometIndex keeps CometBFT's own index of transactions and its
	// blocks' ABCI results (the tx, tx_search and block_results RPCs;
	// CometBFT's defaults). Off by default: Amigo keeps every receipt by
	// hash and every block's receipts itself (GET /v1/txs/{hash},
	// /v1/blocks/{height}), and the copy costs each validator about a
	// tenth of its CPU under load (docs/chain.md).
	CometIndex bool
}

// NodeFile is what Init writes for the Amigo side of node i in
// <dir>/node<i>/chain.toml: where its API and libp2p host listen.
type NodeFile struct {
	HTTP string   `toml:"http"`
	P2P  []string `toml:"p2p"`
}

// NodeFileName is the file in a chain node's home that Init writes.
const NodeFileName = "chain.toml"

// CometDir is the CometBFT home inside an Amigo chain node's home.
const CometDir = "cometbft"

// Init writes a local testnet under dir: node0..node<N-1>, each an Amigo
// home with CometBFT's home in cometbft/ (config.toml, genesis.json,
// validator and node keys), every node a validator of power 1, all on
// loopback with persistent peers to each other. It returns the node
// homes.
func Init(dir string, o TestnetOptions) ([]string, error) {
	if o.Validators <= 0 {
		o.Validators = 1
	}
	if o.Validators > 64 {
		return nil, fmt.Errorf("--validators %d: at most 64 on one machine", o.Validators)
	}
	if o.ChainID == "" {
		o.ChainID = "amigo-dev"
	}
	if len(o.ChainID) > MaxChainIDLen || strings.ContainsAny(o.ChainID, " \t\n/") {
		return nil, fmt.Errorf("--chain-id %q: at most %d characters, no spaces or slashes", o.ChainID, MaxChainIDLen)
	}
	if o.TimeoutCommit == 0 {
		o.TimeoutCommit = 100 * time.Millisecond
	}
	if o.EmptyBlocksInterval == 0 {
		o.EmptyBlocksInterval = 10 * time.Second
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("--output %s is not empty: pick a new directory", dir)
	}
	ports, err := layoutPorts(o.BasePort, o.Validators)
	if err != nil {
		return nil, err
	}
	homes := make([]string, o.Validators)
	vals := make([]types.GenesisValidator, o.Validators)
	peers := make([]string, o.Validators)
	for i := range homes {
		homes[i] = filepath.Join(dir, fmt.Sprintf("node%d", i))
		cmt := filepath.Join(homes[i], CometDir)
		for _, d := range []string{filepath.Join(cmt, "config"), filepath.Join(cmt, "data")} {
			if err := os.MkdirAll(d, 0o700); err != nil {
				return nil, err
			}
		}
		conf := cmtcfg.DefaultConfig()
		conf.SetRoot(cmt)
		pv := privval.GenFilePV(conf.PrivValidatorKeyFile(), conf.PrivValidatorStateFile())
		pv.Save()
		nk, err := p2p.LoadOrGenNodeKey(conf.NodeKeyFile())
		if err != nil {
			return nil, err
		}
		pub, err := pv.GetPubKey()
		if err != nil {
			return nil, err
		}
		vals[i] = types.GenesisValidator{Address: pub.Address(), PubKey: pub, Power: 1, Name: fmt.Sprintf("node%d", i)}
		peers[i] = p2p.IDAddressString(nk.ID(), fmt.Sprintf("127.0.0.1:%d", ports[i][0]))
	}
	gen := &types.GenesisDoc{ChainID: o.ChainID, GenesisTime: cmttime.Now(), InitialHeight: 1,
		ConsensusParams: types.DefaultConsensusParams(), Validators: vals}
	if err := gen.ValidateAndComplete(); err != nil {
		return nil, err
	}
	for i, home := range homes {
		conf := cmtcfg.DefaultConfig()
		conf.SetRoot(filepath.Join(home, CometDir))
		conf.Moniker = fmt.Sprintf("node%d", i)
		conf.P2P.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", ports[i][0])
		conf.RPC.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", ports[i][1])
		var others []string
		for j, p := range peers {
			if j != i {
				others = append(others, p)
			}
		}
		conf.P2P.PersistentPeers = strings.Join(others, ",")
		conf.P2P.AddrBookStrict = false
		conf.P2P.AllowDuplicateIP = true
		conf.P2P.PexReactor = false
		conf.Consensus.TimeoutCommit = o.TimeoutCommit
		conf.Consensus.CreateEmptyBlocks = o.EmptyBlocks
		if !o.EmptyBlocks {
			conf.Consensus.CreateEmptyBlocksInterval = o.EmptyBlocksInterval
		}
		// loopback links: gossip faster than CometBFT's internet defaults
		conf.P2P.SendRate, conf.P2P.RecvRate = 50<<20, 50<<20
		conf.P2P.MaxPacketMsgPayloadSize = 64 << 10
		conf.Consensus.PeerGossipSleepDuration = 10 * time.Millisecond
		conf.Mempool.Size = 50000
		conf.Mempool.CacheSize = 100000
		conf.Instrumentation.Prometheus = false
		conf.TxIndex.Indexer = "null"
		conf.Storage.DiscardABCIResponses = true
		if o.CometIndex {
			conf.TxIndex.Indexer = "kv"
			conf.Storage.DiscardABCIResponses = false
		}
		cmtcfg.WriteConfigFile(filepath.Join(conf.RootDir, "config", "config.toml"), conf)
		if err := gen.SaveAs(conf.GenesisFile()); err != nil {
			return nil, err
		}
		nf := NodeFile{HTTP: fmt.Sprintf("127.0.0.1:%d", ports[i][2]), P2P: []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[i][3])}}
		b, err := toml.Marshal(nf)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(home, NodeFileName), b, 0o600); err != nil {
			return nil, err
		}
	}
	return homes, nil
}

// MaxChainIDLen is CometBFT's limit on a chain id.
const MaxChainIDLen = 50

// ReadNodeFile reads <home>/chain.toml; a missing file is no error (a
// zero NodeFile).
func ReadNodeFile(home string) (NodeFile, error) {
	var nf NodeFile
	b, err := os.ReadFile(filepath.Join(home, NodeFileName))
	if errors.Is(err, os.ErrNotExist) {
		return nf, nil
	}
	if err != nil {
		return nf, err
	}
	if err := toml.Unmarshal(b, &nf); err != nil {
		return nf, fmt.Errorf("%s: %w", filepath.Join(home, NodeFileName), err)
	}
	return nf, nil
}

// layoutPorts gives each node 4 ports: CometBFT p2p, CometBFT RPC, Amigo
// HTTP, libp2p.
func layoutPorts(base, n int) ([][4]int, error) {
	out := make([][4]int, n)
	if base > 0 {
		if base+10*n > 65535 {
			return nil, fmt.Errorf("--base-port %d: not enough ports above it for %d nodes", base, n)
		}
		for i := range out {
			for k := range 4 {
				out[i][k] = base + 10*i + k
			}
		}
		return out, nil
	}
	ports, err := freeport.Loopback(4 * n)
	if err != nil {
		return nil, fmt.Errorf("find free loopback ports: %w", err)
	}
	for i := range out {
		for k := range 4 {
			out[i][k] = ports[4*i+k]
		}
	}
	return out, nil
}

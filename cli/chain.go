package cli

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/amigo-platform/amigo/consensus/chain"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/profiles"
)

func newChainCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "make and run a local CometBFT testnet (the chain profile)",
	}
	var o chain.TestnetOptions
	var out string
	initCmd := &cobra.Command{
		Use:   "init",
		Short: "write a local testnet: genesis, validator and node keys, loopback ports, peers",
		Long: `init writes DIR/node0 ... DIR/node<N-1>: each an amigo node home with
CometBFT's home in cometbft/ (config/config.toml, config/genesis.json,
the validator and node keys) and chain.toml (the node's API and libp2p
addresses). All nodes are validators of power 1, listen on 127.0.0.1 on
ports that do not clash, and know each other as persistent peers.

The testnet is tuned for development: a block 100ms after the last commit
(--block-time), blocks only when there are transactions, plus one every 10s.
CometBFT's production defaults, for a real network: timeout_commit 1s,
timeout_propose 3s, timeout_prevote/precommit 1s, create_empty_blocks
true; edit cometbft/config/config.toml of each node to change them.

Run all nodes in one process with amigo chain start DIR, or one per
process with amigo node --profile=chain --home DIR/node<i>.`,
		Example: `  amigo chain init --validators 4 --chain-id devnet --output ./devnet
  amigo chain start ./devnet`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usagef(cmd, "--output DIR is required")
			}
			homes, err := chain.Init(out, o)
			if err != nil {
				return err
			}
			if f.JSON() {
				return f.printJSON(map[string]any{"chain_id": o.ChainID, "nodes": homes})
			}
			for i, h := range homes {
				nf, _ := chain.ReadNodeFile(h)
				conf, _ := chain.LoadConfig(filepath.Join(h, chain.CometDir))
				rpc := ""
				if conf != nil {
					rpc = conf.RPC.ListenAddress
				}
				fmt.Fprintf(f.Out, "node%d  %s  api=http://%s  cometbft-rpc=%s\n", i, h, nf.HTTP, rpc)
			}
			fmt.Fprintf(f.ErrOut, "testnet %s with %s written to %s; start it with amigo chain start %s\n", chainIDOr(o.ChainID), plural(len(homes), "validator"), out, out)
			return nil
		},
	}
	fl := initCmd.Flags()
	fl.IntVar(&o.Validators, "validators", 1, "number of validators")
	fl.StringVar(&o.ChainID, "chain-id", "amigo-dev", "chain id")
	fl.StringVar(&out, "output", "", "directory to write the testnet to (must be empty or missing)")
	fl.IntVar(&o.BasePort, "base-port", 0, "lay ports out from this one (node i: +10i: CometBFT p2p, +1 RPC, +2 API, +3 libp2p); 0 picks free ports")
	fl.DurationVar(&o.TimeoutCommit, "block-time", 100*time.Millisecond, "pause after each commit (CometBFT's timeout_commit; production default 1s)")
	fl.BoolVar(&o.EmptyBlocks, "empty-blocks", false, "make blocks without transactions too (CometBFT's default)")
	fl.DurationVar(&o.EmptyBlocksInterval, "empty-blocks-interval", 10*time.Second, "without --empty-blocks: make an empty block at least this often")
	fl.BoolVar(&o.CometIndex, "comet-index", false, "keep CometBFT's own transaction index and block results too (tx, tx_search and block_results RPCs); Amigo's API serves receipts either way")

	var logLevel string
	start := &cobra.Command{
		Use:   "start DIR",
		Short: "run every node of a testnet written by amigo chain init, in this process",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return chainStart(cmd.Context(), f, args[0], logLevel)
		},
	}
	start.Flags().StringVar(&logLevel, "log-level", "warn", "log level: debug, info, warn, error")
	cmd.AddCommand(initCmd, start)
	return cmd
}

func chainIDOr(id string) string {
	if id == "" {
		return "amigo-dev"
	}
	return id
}

func chainStart(ctx context.Context, f *Factory, dir, logLevel string) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(logLevel)); err != nil {
		return &usageError{fmt.Sprintf("--log-level %q: want debug, info, warn or error", logLevel)}
	}
	homes, _ := filepath.Glob(filepath.Join(dir, "node*"))
	sort.Slice(homes, func(i, j int) bool {
		return len(homes[i]) < len(homes[j]) || len(homes[i]) == len(homes[j]) && homes[i] < homes[j]
	})
	if len(homes) == 0 {
		return fmt.Errorf("no nodes in %s: write a testnet with amigo chain init --output %s", dir, dir)
	}
	p, err := profiles.Lookup("chain")
	if err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	var nodes []*node.Node
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		for _, n := range nodes {
			n.Stop(sctx)
		}
	}()
	for i, h := range homes {
		log := slog.New(slog.NewTextHandler(f.ErrOut, &slog.HandlerOptions{Level: level})).With("node", i)
		n, err := node.New(node.Config{Profile: p, Home: h, Logger: log, Handler: explorerFor(p.Name, log)})
		if err != nil {
			return err
		}
		if err := n.Start(ctx); err != nil {
			return fmt.Errorf("%s: %w", h, err)
		}
		nodes = append(nodes, n)
		fmt.Fprintf(f.Out, "amigo chain node ready: home=%s http=%s cometbft-rpc=%s p2p=%s\n", h, n.HTTPURL(), n.ChainRPC(), strings.Join(n.PeerAddrs(), ","))
	}
	<-ctx.Done()
	return nil
}

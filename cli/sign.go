package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/keys"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/txsign"
)

// EnvPassphrase is read for the file keyring's passphrase before asking
// on the terminal.
const EnvPassphrase = "AMIGO_KEYRING_PASSPHRASE"

// signFlags are the flags of the commands that can sign (push, call).
type signFlags struct {
	From           string // --from: key name
	KeyringBackend string // --keyring-backend
}

func addSignFlags(cmd *cobra.Command, s *signFlags) {
	cmd.Flags().StringVar(&s.From, "from", "", "sign with this key (amigo keys) and send as a signed transaction: for chain nodes")
	addKeyringFlag(cmd, &s.KeyringBackend)
}

func addKeyringFlag(cmd *cobra.Command, backend *string) {
	cmd.Flags().StringVar(backend, "keyring-backend", keys.BackendFile, "keyring backend: file (encrypted, passphrase from $"+EnvPassphrase+" or asked) or test (UNENCRYPTED, for scripts and tests)")
}

// keyring opens the keyring under the amigo home.
func (f *Factory) keyring(backend string) (*keys.Keyring, error) {
	home, err := f.Home()
	if err != nil {
		return nil, err
	}
	return keys.Open(home, backend, func() (string, error) {
		if p := f.getenv(EnvPassphrase); p != "" {
			return p, nil
		}
		fmt.Fprint(f.ErrOut, "keyring passphrase: ")
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err != nil && line == "" {
			return "", fmt.Errorf("no passphrase (set $%s or type it): %w", EnvPassphrase, err)
		}
		return strings.TrimRight(line, "\r\n"), nil
	})
}

// submitSigned signs et with the key named in s and sends it to the
// chain node c: the chain id comes from the node's status, the sequence
// from its account. With a network ("chain:<id>", from --network) the
// node c may be any peer: it forwards the account lookup and the
// transaction to a peer of that chain. The receipt is the committed one,
// or with async only its hash.
func submitSigned(ctx context.Context, f *Factory, c *client.Client, s signFlags, network string, et engine.Tx, async bool) (*engine.Receipt, error) {
	kr, err := f.keyring(s.KeyringBackend)
	if err != nil {
		return nil, err
	}
	priv, err := kr.PrivKey(s.From)
	if err != nil {
		return nil, err
	}
	chainID, ok := strings.CutPrefix(network, "chain:")
	switch {
	case network != "" && !ok:
		return nil, fmt.Errorf("--network %q: signed transactions (--from) go to chain networks, chain:<id>", network)
	case network == "":
		st, err := c.Status(ctx)
		if err != nil {
			return nil, err
		}
		if chainID, ok = strings.CutPrefix(st.Network, "chain:"); !ok {
			return nil, fmt.Errorf("--from signs transactions for chain nodes; %s is on network %s (profile %s): drop --from, or name the chain with --network chain:<id>", c.Endpoint(), st.Network, st.Profile)
		}
	}
	tx, err := txsign.FromEngine(et)
	if err != nil {
		return nil, err
	}
	tx.ChainID = chainID
	if err := tx.Sign(priv); err != nil { // sets the key, so the signer's address is known
		return nil, err
	}
	acc, err := c.AccountOn(ctx, network, tx.Signer())
	if err != nil {
		return nil, err
	}
	tx.Sequence = acc.PendingSequence
	if err := tx.Sign(priv); err != nil {
		return nil, err
	}
	res, err := c.BroadcastTx(ctx, tx.Encode(), async)
	if res == nil {
		return nil, err
	}
	rc := res.Receipt
	if rc == nil {
		et.Caller, et.Nonce = tx.Signer(), tx.Sequence
		rc = &engine.Receipt{Hash: res.Hash, Kind: et.Kind, Caller: et.Caller, Package: et.Package, Func: et.Func, Args: et.Args}
	}
	return rc, err
}

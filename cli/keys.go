package cli

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/amigo-platform/amigo/keys"
)

func newKeysCmd(f *Factory) *cobra.Command {
	var backend string
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "manage the signing keys of chain transactions",
		Long: `keys manages the keys that sign transactions for chain nodes
(amigo push/call --from NAME). Keys live in the amigo home: keyring-file/
encrypts each with a passphrase ($` + EnvPassphrase + `, else asked);
--keyring-backend test keeps them UNENCRYPTED in keyring-test/, for scripts
and tests only.`,
	}
	cmd.PersistentFlags().StringVar(&backend, "keyring-backend", keys.BackendFile, "keyring backend: file (encrypted) or test (UNENCRYPTED, for scripts and tests)")
	open := func() (*keys.Keyring, error) { return f.keyring(backend) }
	show := func(k *keys.Key) error {
		if f.JSON() {
			return f.printJSON(k)
		}
		fmt.Fprintf(f.Out, "name:    %s\ntype:    %s\naddress: %s\npubkey:  %s\n", k.Name, k.Type, k.Address, k.PubKey)
		return nil
	}
	warn := func(kr *keys.Keyring) {
		if kr.Backend() == keys.BackendTest {
			fmt.Fprintf(f.ErrOut, "warning: the test keyring (%s) stores keys unencrypted\n", kr.Dir())
		}
	}
	var typ string
	add := &cobra.Command{
		Use:   "add NAME",
		Short: "make a new key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kr, err := open()
			if err != nil {
				return err
			}
			warn(kr)
			k, err := kr.Generate(args[0], typ)
			if err != nil {
				return err
			}
			return show(k)
		},
	}
	add.Flags().StringVar(&typ, "type", "ed25519", "key type: ed25519 or secp256k1")
	list := &cobra.Command{
		Use:   "list",
		Short: "list the keys",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			kr, err := open()
			if err != nil {
				return err
			}
			ks, err := kr.List()
			if err != nil {
				return err
			}
			if f.JSON() {
				return f.printJSON(ks)
			}
			tw := tabwriter.NewWriter(f.Out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tTYPE\tADDRESS")
			for _, k := range ks {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", k.Name, k.Type, k.Address)
			}
			return tw.Flush()
		},
	}
	showCmd := &cobra.Command{
		Use:   "show NAME",
		Short: "show a key's address and public key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kr, err := open()
			if err != nil {
				return err
			}
			k, err := kr.Show(args[0])
			if err != nil {
				return err
			}
			return show(k)
		},
	}
	export := &cobra.Command{
		Use:   "export NAME",
		Short: "print a key's private key (TYPE:HEX), for amigo keys import",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kr, err := open()
			if err != nil {
				return err
			}
			s, err := kr.Export(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintln(f.ErrOut, "warning: this is the private key in the clear; anyone who has it can sign as", args[0])
			fmt.Fprintln(f.Out, s)
			return nil
		},
	}
	importCmd := &cobra.Command{
		Use:   "import NAME [TYPE:HEX]",
		Short: "store a private key (as amigo keys export prints it; read from stdin if not given)",
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			kr, err := open()
			if err != nil {
				return err
			}
			warn(kr)
			var s string
			if len(args) == 2 {
				s = args[1]
			} else {
				line, err := bufio.NewReader(os.Stdin).ReadString('\n')
				if err != nil && line == "" {
					return fmt.Errorf("no private key on stdin: %w", err)
				}
				s = strings.TrimSpace(line)
			}
			k, err := kr.Import(args[0], s)
			if err != nil {
				return err
			}
			return show(k)
		},
	}
	del := &cobra.Command{
		Use:   "delete NAME",
		Short: "delete a key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kr, err := open()
			if err != nil {
				return err
			}
			if err := kr.Delete(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(f.ErrOut, "deleted key %s\n", args[0])
			return nil
		},
	}
	cmd.AddCommand(add, list, showCmd, export, importCmd, del)
	return cmd
}

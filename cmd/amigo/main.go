// Command amigo is the Amigo node, client and contract tool.
package main

import (
	"os"

	"github.com/amigo-platform/amigo/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr)) }

package node

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"time"

	raftseq "github.com/amigo-platform/amigo/consensus/raft"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
)

// A cluster backup (GET /v1/cluster/backup, amigo cluster backup) is
// backupMagic, a JSON line (BackupHeader), then the store's backup stream
// in chunks (a 4-byte big-endian length and that many bytes), ended by an
// empty chunk and the SHA-256 of every chunk's bytes: a damaged or cut
// file is refused, never half restored.
const backupMagic = "AMIGO-BACKUP 1\n"

// backupChunk is the size of the chunks a backup is written in.
const backupChunk = 1 << 20

// BackupHeader describes a backup.
type BackupHeader struct {
	Network string `json:"network"`
	// Head is the state's head when the backup started: the backup holds
	// it, and may hold transactions committed just after.
	Head    engine.Head `json:"head"`
	Created time.Time   `json:"created"`
}

// writeBackup writes a backup of st under hdr to w.
func writeBackup(w io.Writer, st store.Snapshotter, hdr BackupHeader) error {
	line, err := json.Marshal(hdr)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, backupMagic+string(line)+"\n"); err != nil {
		return err
	}
	cw := &chunkWriter{w: w, sum: sha256.New()}
	bw := bufio.NewWriterSize(cw, backupChunk)
	if err := st.Backup(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return cw.close()
}

type chunkWriter struct {
	w   io.Writer
	sum hash.Hash
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(p)))
	if _, err := c.w.Write(n[:]); err != nil {
		return 0, err
	}
	c.sum.Write(p)
	return c.w.Write(p)
}

func (c *chunkWriter) close() error {
	_, err := c.w.Write(append(make([]byte, 4), c.sum.Sum(nil)...))
	return err
}

// chunkReader reads the store stream of a backup: io.EOF only after the
// end chunk, and only if the checksum matches.
type chunkReader struct {
	r    *bufio.Reader
	sum  hash.Hash
	left int
	done bool
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if c.done {
		return 0, io.EOF
	}
	if c.left == 0 {
		var n [4]byte
		if _, err := io.ReadFull(c.r, n[:]); err != nil {
			return 0, errBackupCut(err)
		}
		c.left = int(binary.BigEndian.Uint32(n[:]))
		if c.left > 64*backupChunk {
			return 0, fmt.Errorf("backup damaged: a chunk of %d bytes", c.left)
		}
		if c.left == 0 {
			want := make([]byte, sha256.Size)
			if _, err := io.ReadFull(c.r, want); err != nil {
				return 0, errBackupCut(err)
			}
			if !bytes.Equal(want, c.sum.Sum(nil)) {
				return 0, errors.New("backup damaged: its checksum does not match its content")
			}
			c.done = true
			return 0, io.EOF
		}
	}
	if len(p) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.sum.Write(p[:n])
	c.left -= n
	if err == io.EOF {
		err = errBackupCut(io.ErrUnexpectedEOF)
	}
	return n, err
}

func errBackupCut(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("backup cut short: it ends before its end mark (an interrupted download?)")
	}
	return err
}

// readBackupHeader reads a backup's magic and header.
func readBackupHeader(br *bufio.Reader) (*BackupHeader, error) {
	magic := make([]byte, len(backupMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != backupMagic {
		return nil, errors.New("not an Amigo backup (amigo cluster backup writes them)")
	}
	line, err := br.ReadSlice('\n')
	if err != nil {
		return nil, fmt.Errorf("backup header: %w", errBackupCut(err))
	}
	var h BackupHeader
	if err := json.Unmarshal(line, &h); err != nil {
		return nil, fmt.Errorf("backup header: %w", err)
	}
	return &h, nil
}

// VerifyBackup reads a whole backup and checks it: its header, its
// chunks and its checksum. It returns the header.
func VerifyBackup(r io.Reader) (*BackupHeader, error) {
	br := bufio.NewReaderSize(r, backupChunk)
	h, err := readBackupHeader(br)
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(io.Discard, &chunkReader{r: br, sum: sha256.New()}); err != nil {
		return nil, err
	}
	return h, nil
}

// RestoreBackup loads a backup into the store of home, a new cluster
// member's home that holds no state yet, and prepares it to start a new
// Raft log (raft.ResetForNewCluster). It returns the restored head. On
// error home holds no state.
func RestoreBackup(home string, r io.Reader) (head engine.Head, err error) {
	dir := filepath.Join(home, "data")
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return head, fmt.Errorf("%s already holds state: restore into a new member's home", dir)
	}
	br := bufio.NewReaderSize(r, backupChunk)
	if _, err := readBackupHeader(br); err != nil {
		return head, err
	}
	st, err := store.OpenBadger(store.Options{Dir: dir, Sync: true})
	if err != nil {
		return head, err
	}
	defer func() {
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	snap, ok := st.(store.Snapshotter)
	if !ok {
		return head, errors.New("the store cannot restore backups")
	}
	if err := snap.Restore(&chunkReader{r: br, sum: sha256.New()}); err != nil {
		return head, fmt.Errorf("restore into %s: %w", home, err)
	}
	e, err := engine.New(st, engine.Config{})
	if err != nil {
		return head, err
	}
	if err := raftseq.ResetForNewCluster(e); err != nil {
		return head, err
	}
	return e.Head(), nil
}

// Package raft is the cluster profile's sequencer: hashicorp/raft orders
// transactions across a trusted cluster, and the engine is its state
// machine, so every member applies the same transactions in the same
// order with the same block context and ends with the same state hash as
// a dev node fed the same transactions.
//
// It owns the Raft log (a Badger store of its own under Dir/log), the
// snapshots (the state store's backup stream, under Dir/snapshots), the
// transport (Raft RPCs over libp2p streams, protocol /amigo/raft/1), and
// forwarding (/amigo/raft-forward/1: a follower's writes, read-index
// requests and membership changes go to the leader). It must not import
// node, nor read a clock anywhere but where the leader proposes an entry
// (the batch loop, a revocation): the time of a log entry is fixed by the
// leader inside the entry.
//
// # Cluster state beside the contracts
//
// Two kinds of entries carry no transactions: a stateless gateway
// admitted or removed (AddGateway, RemoveGateway) and a token revocation
// (Revoke). The FSM records their result in the engine's meta
// (raft/gateways, raft/revoked) in the same store commit as the entry's
// applied index, so it is the same on every member, survives restarts
// and is carried by snapshots.
//
// # Writes
//
// Submit on the leader queues the transaction; the batch loop takes every
// queued transaction (up to MaxBatch) into one log entry, and entries are
// pipelined (Raft groups them again into one disk write and one append
// RPC). The engine applies each Raft batch in one store commit, recording
// the last applied index with the state (engine meta "raft/applied"), so
// an entry replayed after a restart is skipped. Submit on a follower
// forwards the transaction to the leader over a pooled libp2p stream; the
// leader answers once the entry is committed and applied on it. The
// member records the entry's index: ReadLocal, before a local read, waits
// until the member applied every write it acknowledged (read-your-writes
// at the member, with the wait on the read that needs it rather than on
// every write).
//
// A transaction that may have reached the leader's log when the leader
// was lost is reported with ErrOutcomeUnknown and never resubmitted; one
// that certainly did not (no leader, not the leader any more) is retried
// until a leader takes it, for at most 10 s.
//
// # Reads
//
// Reads are local (ReadLocal first, for read-your-writes). ReadBarrier makes the next read linearizable: the
// leader (which first commits a barrier in its term) confirms its
// leadership with a quorum (VerifyLeader) and gives its commit index; the
// member waits until it has applied that far.
//
// # Snapshots
//
// A snapshot is a Badger backup of the state store taken while entries
// keep being applied; it may hold entries past its index, and their
// applied index with them, so a member restoring it skips them when Raft
// replays the log after the snapshot. A fresh member restores the state
// from the leader's snapshot (Restore: DropAll, Load, engine Reload).
package raft

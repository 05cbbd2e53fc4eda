// Package fans counts the board's posts from another package.
package fans

import "board"

// Posts returns the board's post count.
func Posts() int { return board.Count() }

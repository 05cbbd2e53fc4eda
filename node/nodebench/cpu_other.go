//go:build !unix

package nodebench

import "time"

// cpuTime is not measured here: the report's CPU column reads 0.
func cpuTime() time.Duration { return 0 }

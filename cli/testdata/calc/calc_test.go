package calc

import "testing"

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestAdd(t *testing.T) {
	check(t, Add(1, 2), 3)
	t.Run("neg", func(t *testing.T) { check(t, Add(-1, -2), -3) })
}

func TestBad(t *testing.T) {
	t.Log("about to fail")
	check(t, Add(1, 1), 3)
	t.Fatal("stop")
	t.Log("never")
}

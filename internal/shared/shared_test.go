package shared

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDataDirFromEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvVar, dir)
	got, err := DataDir()
	if err != nil || got != dir {
		t.Errorf("DataDir() = %q, %v; want %q", got, err, dir)
	}
	t.Setenv(EnvVar, filepath.Join(dir, "missing"))
	if _, err := DataDir(); err == nil || !strings.Contains(err.Error(), EnvVar) {
		t.Errorf("missing folder: %v", err)
	}
}

func TestPathSkipsWhenAbsent(t *testing.T) {
	t.Setenv(EnvVar, t.TempDir())
	skipped := false
	t.Run("inner", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Path(t, "no/such/file")
		t.Error("Path returned for an absent file")
	})
	if !skipped {
		t.Error("Path did not skip")
	}
}

func TestPathFindsFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("x"), 0o644)
	t.Setenv(EnvVar, dir)
	if got := Path(t, "x.txt"); got != filepath.Join(dir, "x.txt") {
		t.Errorf("Path = %q", got)
	}
}

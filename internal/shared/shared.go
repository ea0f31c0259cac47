// Package shared finds the project's shared data folder — the gold sets and
// corpora in ../shared/data beside the repository — for training,
// evaluation and the tests that use them. That data never enters the
// repository; tests that need it skip with a clear message when it is absent.
package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// EnvVar names the environment variable that overrides where the data is.
const EnvVar = "SITREP_DATA"

// DataDir returns the shared data folder: $SITREP_DATA when set, else the
// first "shared/data" found beside the directory holding go.mod, walking up
// from the working directory. It returns an error naming where it looked.
func DataDir() (string, error) {
	if d := os.Getenv(EnvVar); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
		return "", fmt.Errorf("finding shared data: $%s=%q is not a folder", EnvVar, d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding shared data: %w", err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(dir), "shared", "data")
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand, nil
			}
			return "", fmt.Errorf("finding shared data: no %s (set $%s to the folder)", cand, EnvVar)
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("finding shared data: no go.mod above %s (set $%s)", wd, EnvVar)
		}
	}
}

// Path returns the path of rel inside the shared data folder, or skips the
// test with a message saying what is missing.
func Path(t testing.TB, rel string) string {
	t.Helper()
	dir, err := DataDir()
	if err != nil {
		t.Skipf("skipping: needs ../shared/data/%s: %v", rel, err)
	}
	p := filepath.Join(dir, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: needs %s, which is absent: %v", p, err)
	}
	return p
}

// Example returns the path of a file in ../shared/examples, or skips the test.
func Example(t testing.TB, name string) string {
	t.Helper()
	dir, err := DataDir()
	if err != nil {
		t.Skipf("skipping: needs ../shared/examples/%s: %v", name, err)
	}
	p := filepath.Join(filepath.Dir(dir), "examples", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: needs %s, which is absent: %v", p, err)
	}
	return p
}

// Or returns dir when it is set, else DataDir(): the rule for every
// command's --data flag.
func Or(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	return DataDir()
}

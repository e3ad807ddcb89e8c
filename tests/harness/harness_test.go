package harness

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	start := Marker + `{"event":"start","name":"test_a"}` + "\n"
	ok := Marker + `{"event":"result","name":"test_a","failures":[]}` + "\n"
	end := Marker + `{"event":"end"}` + "\n"
	tests := []struct {
		name       string
		output     string
		exit       string
		wantFailed []string // "test_a" or SuiteLevel, with a substring of the message after ":"
	}{
		{"clean pass", start + ok + end, "", nil},
		{"startup errors outside tests are ignored", "ERROR: null bind\n" + start + ok + end, "", nil},
		{"assertion", start + Marker + `{"event":"result","name":"test_a","failures":["got 2, want 3"]}` + "\n" + end, "", []string{"test_a:got 2, want 3"}},
		{"script error", start + "SCRIPT ERROR: Invalid call\n" + ok + end, "", []string{"test_a:SCRIPT ERROR"}},
		{"unexpected push_error", start + "ERROR: boom\n" + ok + end, "", []string{"test_a:unexpected engine error: boom"}},
		{"expected push_error", start + Marker + `{"event":"expect_error","pattern":"boom"}` + "\nERROR: big boom\n" + ok + end, "", nil},
		{"missing expected error", start + Marker + `{"event":"expect_error","pattern":"boom"}` + "\n" + ok + end, "", []string{"test_a:none was pushed"}},
		{"crash mid-test", start, "crash: engine killed by signal aborted", []string{"test_a:did not finish", SuiteLevel + ":crash"}},
		{"hang", start, "hang: suite did not finish", []string{"test_a:hang", SuiteLevel + ":hang"}},
		{"leak", start + ok + end + "WARNING: ObjectDB instances leaked at exit\n", "", []string{SuiteLevel + ":leak"}},
		{"variant pool leak", start + ok + end + "ERROR: Pages in use exist at exit in PagedAllocator: N7Variant5Pools11BucketSmallE\n", "", []string{SuiteLevel + ":leak"}},
		{"no end marker", start + ok, "", []string{SuiteLevel + ":did not reach the end"}},
		{"no tests", end, "", []string{SuiteLevel + ":no test_ methods"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			results := Parse("s.gd", []byte(tc.output), tc.exit)
			var failed []Result
			for _, r := range results {
				if !r.Passed {
					failed = append(failed, r)
				}
			}
			if len(failed) != len(tc.wantFailed) {
				t.Fatalf("failed results %v, want %d failures %v", failed, len(tc.wantFailed), tc.wantFailed)
			}
			for i, w := range tc.wantFailed {
				name, msg, _ := strings.Cut(w, ":")
				if failed[i].Name != name || !strings.Contains(failed[i].Message, msg) {
					t.Errorf("failure %d = %v, want %s containing %q", i, failed[i], name, msg)
				}
			}
		})
	}
}

package storage

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRedactURL(t *testing.T) {
	cases := map[string]string{
		"postgres://bob:s3cret@db:5432/x?sslmode=disable": "postgres://bob:xxxxx@db:5432/x?sslmode=disable",
		"postgres://bob@db/x":                             "postgres://bob@db/x",
		"postgres://db/x?password=s3cret&user=bob":        "postgres://db/x?password=xxxxx&user=bob",
		"host=db user=bob password=s3cret dbname=x":       "host=db user=bob password=xxxxx dbname=x",
		"host=db password='s3 cret' dbname=x":             "host=db password=xxxxx dbname=x",
		"postgres://bob:s3cret@[::1:broken/x":             "postgres://bob:xxxxx@[::1:broken/x",
	}
	for in, want := range cases {
		if got := RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
	err := redactErr(errors.New("dial postgres://bob:p%40ss@h failed; pw p@ss"), "ctx", urlSecrets("postgres://bob:p%40ss@h/x"))
	if strings.Contains(err.Error(), "p@ss") || strings.Contains(err.Error(), "p%40ss") {
		t.Fatalf("secret leaked: %v", err)
	}
}

func TestConfigFromEnvAndSettings(t *testing.T) {
	cfg, err := ConfigFromSettings(map[string]any{
		SettingDatabaseURL:     " postgres://a@h/db ",
		SettingReadReplicaURLs: "postgres://r1/db, ,postgres://r2/db",
		SettingLocalPath:       "/tmp/x.db",
		SettingOriginID:        int64(9),
		SettingPollIntervalMS:  250.0,
		SettingBatchSize:       "200",
		SettingBatchDelayMS:    int32(20),
	})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DatabaseURL != "postgres://a@h/db" || len(cfg.ReadReplicaURLs) != 2 || cfg.LocalPath != "/tmp/x.db" ||
		cfg.OriginID != 9 || cfg.PollInterval != 250*time.Millisecond || cfg.BatchSize != 200 || cfg.BatchDelay != 20*time.Millisecond {
		t.Fatalf("settings: %+v", cfg)
	}
	if _, err := ConfigFromSettings(map[string]any{SettingBatchSize: "lots"}); err == nil {
		t.Fatal("bad integer accepted")
	}
	t.Setenv(EnvDatabaseURL, "postgres://env@h/db")
	t.Setenv(EnvReadReplicaURLs, "postgres://e1/db,postgres://e2/db,postgres://e3/db")
	if lc, err := LoadConfig(map[string]any{SettingDatabaseURL: "postgres://settings/db", SettingOriginID: 9}); err != nil || lc.DatabaseURL != "postgres://env@h/db" || lc.OriginID != 9 {
		t.Fatalf("LoadConfig: %+v %v", lc, err)
	}
	cfg = ConfigFromEnv(cfg)
	if cfg.DatabaseURL != "postgres://env@h/db" || len(cfg.ReadReplicaURLs) != 3 || cfg.OriginID != 9 {
		t.Fatalf("env: %+v", cfg)
	}
	d := Config{}.withDefaults()
	if d.PollInterval != 500*time.Millisecond || d.BatchSize != 1000 || d.BatchDelay != 50*time.Millisecond {
		t.Fatalf("defaults: %+v", d)
	}
}

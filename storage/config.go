package storage

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Environment variables read by ConfigFromEnv.
const (
	EnvDatabaseURL     = "PROCGEN_DATABASE_URL"
	EnvReadReplicaURLs = "PROCGEN_READ_REPLICA_URLS" // comma-separated
)

// Project-setting keys read by ConfigFromSettings (Godot ProjectSettings).
const (
	SettingDatabaseURL     = "procgen/storage/database_url"
	SettingReadReplicaURLs = "procgen/storage/read_replica_urls" // comma-separated string or []string
	SettingLocalPath       = "procgen/storage/local_path"
	SettingOriginID        = "procgen/storage/origin_id"
	SettingPollIntervalMS  = "procgen/storage/poll_interval_ms"
	SettingBatchSize       = "procgen/storage/batch_size"
	SettingBatchDelayMS    = "procgen/storage/batch_delay_ms"
	SettingLocalMaxBytes   = "procgen/storage/local_max_bytes"
)

// Defaults applied by Config.withDefaults.
const (
	DefaultPollInterval = 500 * time.Millisecond
	DefaultBatchSize    = 1000
	DefaultBatchDelay   = 50 * time.Millisecond
	DefaultMaxBackoff   = 5 * time.Second
	DefaultLocalPath    = "procgen-storage.db"
)

// Config configures a Store. The zero value plus LocalPath is a valid,
// purely local configuration.
type Config struct {
	// LocalPath is the SQLite file of the local store (the durable outbox).
	// The Godot side should resolve user:// to an OS path first.
	LocalPath string

	// DatabaseURL is the primary PostgreSQL/YugabyteDB URL (empty: local
	// mode only). ReadReplicaURLs serve reads that tolerate staleness.
	DatabaseURL     string
	ReadReplicaURLs []string

	// LocalMaxBytes caps the local store's file (0: no cap). Writes that would grow it
	// beyond fail like a full disk: submitted edits are reported and retried.
	LocalMaxBytes int64

	// OriginID identifies this server's edits. 0 means: use the one
	// persisted in the local store, generating a random one on first use.
	OriginID int64

	PollInterval time.Duration // pull period (default 500 ms)
	BatchSize    int           // ship when this many edits are pending (default 1000)
	BatchDelay   time.Duration // or when the oldest pending edit is this old (default 50 ms)
	MaxBackoff   time.Duration // reconnection backoff cap (default 5 s)

	// OnRemoteEdits receives edits of other origins after they are stored
	// locally. It runs on the sync goroutine: hand work off, don't block.
	OnRemoteEdits func([]Edit)
	// OnWorldVersion receives a world config version another server recorded, after it
	// is stored locally (see Store.PutWorldVersion). Same goroutine rules as OnRemoteEdits.
	OnWorldVersion func(WorldVersion)
	// OnError receives sync errors (passwords redacted). Same goroutine rules.
	OnError func(error)
	// OnCommit receives the outcome of the local group commits of Submit's edits, on the
	// local store's writer goroutine (see CommitFunc). Don't block.
	OnCommit CommitFunc
	// Logger, if set, receives debug/warn logs (URLs redacted).
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.LocalPath == "" {
		c.LocalPath = DefaultLocalPath
	}
	if c.PollInterval <= 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.BatchDelay <= 0 {
		c.BatchDelay = DefaultBatchDelay
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = DefaultMaxBackoff
	}
	return c
}

// ConfigFromEnv returns base with DatabaseURL and ReadReplicaURLs replaced
// by $PROCGEN_DATABASE_URL and $PROCGEN_READ_REPLICA_URLS when those are
// set (the environment wins over project settings).
func ConfigFromEnv(base Config) Config {
	if v, ok := os.LookupEnv(EnvDatabaseURL); ok && strings.TrimSpace(v) != "" {
		base.DatabaseURL = strings.TrimSpace(v)
	}
	if v, ok := os.LookupEnv(EnvReadReplicaURLs); ok && strings.TrimSpace(v) != "" {
		base.ReadReplicaURLs = splitList(v)
	}
	return base
}

// ConfigFromSettings builds a Config from Godot project settings
// (procgen/storage/*), as a map from setting name to value (string, int,
// int64, float64, bool or []string as Godot Variants convert). Unknown keys
// are ignored. Callers typically apply ConfigFromEnv afterwards.
func ConfigFromSettings(settings map[string]any) (Config, error) {
	var c Config
	var errs []error
	if v, ok := settings[SettingDatabaseURL]; ok {
		c.DatabaseURL = strings.TrimSpace(fmt.Sprint(v))
	}
	if v, ok := settings[SettingReadReplicaURLs]; ok {
		switch x := v.(type) {
		case []string:
			for _, s := range x {
				c.ReadReplicaURLs = append(c.ReadReplicaURLs, splitList(s)...)
			}
		default:
			c.ReadReplicaURLs = splitList(fmt.Sprint(v))
		}
	}
	if v, ok := settings[SettingLocalPath]; ok {
		c.LocalPath = strings.TrimSpace(fmt.Sprint(v))
	}
	num := func(key string) int64 {
		v, ok := settings[key]
		if !ok {
			return 0
		}
		switch x := v.(type) {
		case int:
			return int64(x)
		case int32:
			return int64(x)
		case int64:
			return x
		case float64:
			return int64(x)
		case float32:
			return int64(x)
		default:
			n, err := strconv.ParseInt(strings.TrimSpace(fmt.Sprint(v)), 10, 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("storage: setting %s: %q is not an integer", key, fmt.Sprint(v)))
			}
			return n
		}
	}
	c.OriginID = num(SettingOriginID)
	c.PollInterval = time.Duration(num(SettingPollIntervalMS)) * time.Millisecond
	c.BatchSize = int(num(SettingBatchSize))
	c.BatchDelay = time.Duration(num(SettingBatchDelayMS)) * time.Millisecond
	c.LocalMaxBytes = num(SettingLocalMaxBytes)
	return c, errors.Join(errs...)
}

// LoadConfig is what the Godot extension calls at startup: project
// settings (procgen/storage/*) overlaid by the environment
// (PROCGEN_DATABASE_URL, PROCGEN_READ_REPLICA_URLS). Callbacks and
// LocalPath (resolved from user://) are then set on the result.
func LoadConfig(settings map[string]any) (Config, error) {
	c, err := ConfigFromSettings(settings)
	return ConfigFromEnv(c), err
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// RedactURL returns a database URL or key=value DSN with any password
// replaced by "xxxxx". Unparseable input is scrubbed heuristically.
func RedactURL(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme != "" && u.Host != "" {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	return scrubText(s)
}

var (
	reUserinfo = regexp.MustCompile(`(://[^:/@\s]*):[^@\s]*@`)
	reKVPass   = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]*)`)
)

// scrubText removes anything that looks like a password from free text.
func scrubText(s string) string {
	s = reUserinfo.ReplaceAllString(s, "$1:xxxxx@")
	return reKVPass.ReplaceAllString(s, "${1}xxxxx")
}

// urlSecrets returns the passwords contained in a URL or DSN, so that they
// can be scrubbed from error messages produced by drivers.
func urlSecrets(s string) []string {
	var out []string
	if u, err := url.Parse(s); err == nil {
		if p, ok := u.User.Password(); ok && p != "" {
			out = append(out, p)
			if e := url.QueryEscape(p); e != p {
				out = append(out, e)
			}
			if e := url.PathEscape(p); e != p {
				out = append(out, e)
			}
		}
		if p := u.Query().Get("password"); p != "" {
			out = append(out, p)
		}
	}
	for _, m := range reKVPass.FindAllStringSubmatch(s, -1) {
		if v := strings.Trim(m[2], "'"); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// redactedError carries a scrubbed message. It deliberately does not
// unwrap to the driver error, whose text might contain a password;
// classification happens before redaction.
type redactedError struct {
	msg string
}

func (e *redactedError) Error() string { return e.msg }

// redactErr returns err with every secret and URL password scrubbed from
// its message, prefixed by context.
func redactErr(err error, prefix string, secrets []string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, s := range secrets {
		if len(s) > 0 {
			msg = strings.ReplaceAll(msg, s, "xxxxx")
		}
	}
	msg = scrubText(msg)
	if prefix != "" {
		msg = prefix + ": " + msg
	}
	return &redactedError{msg: msg}
}

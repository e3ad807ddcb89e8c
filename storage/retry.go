package storage

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// isRetryable reports whether err is a transient database error worth
// retrying: serialization failure, deadlock, DDL races, and dropped or
// refused connections.
func isRetryable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "40001", "40P01", // serialization_failure, deadlock_detected
			"57P01", "57P02", "57P03", // admin/crash shutdown, cannot_connect_now
			"08000", "08001", "08003", "08004", "08006", // connection exceptions
			"53300": // too_many_connections
			return true
		}
		return false
	}
	return isConnError(err)
}

// isConnError reports whether err looks like a network/connection failure.
func isConnError(err error) bool {
	if err == nil {
		return false
	}
	if pgconn.SafeToRetry(err) || pgconn.Timeout(err) {
		return true
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		c := pgErr.Code
		return len(c) == 5 && (c[:2] == "08" || c[:3] == "57P")
	}
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, net.ErrClosed)
}

// isDDLRace reports errors raised when two sessions create the same object
// concurrently (duplicate_table, unique_violation on a catalog,
// duplicate_object, duplicate_schema).
func isDDLRace(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "42P07", "23505", "42710", "42P06":
			return true
		}
	}
	return false
}

// backoff returns a full-jitter exponential delay for attempt (0-based).
func backoff(attempt int, base, limit time.Duration) time.Duration {
	d := base
	for i := 0; i < attempt && d < limit; i++ {
		d *= 2
	}
	if d > limit {
		d = limit
	}
	// Full jitter in [d/2, d] keeps some spacing while desynchronising peers.
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// retry runs fn until it succeeds, fails with a non-retryable error, ctx
// ends, or attempts are exhausted. extra classifies more retryable errors.
func retry(ctx context.Context, attempts int, extra func(error) bool, fn func(context.Context) error) error {
	var err error
	for i := 0; i < attempts; i++ {
		err = fn(ctx)
		if err == nil {
			return nil
		}
		if !isRetryable(err) && (extra == nil || !extra(err)) {
			return err
		}
		if i == attempts-1 {
			break
		}
		t := time.NewTimer(backoff(i, 20*time.Millisecond, 2*time.Second))
		select {
		case <-ctx.Done():
			t.Stop()
			return errors.Join(err, ctx.Err())
		case <-t.C:
		}
	}
	return err
}

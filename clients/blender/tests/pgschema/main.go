// Command pgschema creates or drops a PostgreSQL schema for a test and prints the database
// URL whose search_path selects it (no psql needed):
//
//	pgschema create URL NAME   # prints URL with search_path=NAME
//	pgschema drop URL NAME
package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"time"

	"github.com/jackc/pgx/v5"
)

func main() {
	if len(os.Args) != 4 || (os.Args[1] != "create" && os.Args[1] != "drop") {
		fmt.Fprintln(os.Stderr, "usage: pgschema create|drop URL NAME")
		os.Exit(2)
	}
	op, base, name := os.Args[1], os.Args[2], os.Args[3]
	if !regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`).MatchString(name) {
		fmt.Fprintf(os.Stderr, "pgschema: bad schema name %q\n", name)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgschema:", err)
		os.Exit(1)
	}
	defer conn.Close(ctx)
	stmt := "CREATE SCHEMA " + name
	if op == "drop" {
		stmt = "DROP SCHEMA IF EXISTS " + name + " CASCADE"
	}
	if _, err := conn.Exec(ctx, stmt); err != nil {
		fmt.Fprintln(os.Stderr, "pgschema:", err)
		os.Exit(1)
	}
	if op == "create" {
		u, err := url.Parse(base)
		if err != nil {
			fmt.Fprintln(os.Stderr, "pgschema:", err)
			os.Exit(1)
		}
		q := u.Query()
		q.Set("search_path", name)
		u.RawQuery = q.Encode()
		fmt.Println(u.String())
	}
}

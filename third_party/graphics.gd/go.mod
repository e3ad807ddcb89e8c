module graphics.gd

go 1.24.0

require runtime.link v0.0.0-20250131052539-992a5f0be9db

require (
	github.com/tetratelabs/wazero v1.8.2
	golang.org/x/text v0.15.0
	golang.org/x/tools v0.33.0
)

require (
	golang.org/x/mod v0.24.0 // indirect
	golang.org/x/sync v0.14.0 // indirect
)

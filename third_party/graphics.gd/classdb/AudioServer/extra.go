package AudioServer

type Bus int
type Effect int

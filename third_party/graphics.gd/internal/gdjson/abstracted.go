package gdjson

var Abstracted = map[string]bool{
	"RenderingDevice": true,
}

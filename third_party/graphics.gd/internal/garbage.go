package gd

var Global API
var Linked bool = false

package extension

// netDocs are the class reference texts of ProcGen's networking methods (net.go).
var netDocs = map[string]string{}

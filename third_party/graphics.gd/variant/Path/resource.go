package Path

type ToResource = ToFile

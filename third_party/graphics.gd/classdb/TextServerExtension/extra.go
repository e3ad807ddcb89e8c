package TextServerExtension

import gd "graphics.gd/internal"

type Glyph = gd.Glyph
type CaretInfo = gd.CaretInfo

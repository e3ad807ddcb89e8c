package AudioEffectInstance

import gd "graphics.gd/internal"

type AudioFrame = gd.AudioFrame

package AudioStreamPlaybackResampled

import gd "graphics.gd/internal"

type AudioFrame = gd.AudioFrame

package ScriptLanguageExtension

import gd "graphics.gd/internal"

type ProfilingInfo = gd.ScriptLanguageExtensionProfilingInfo

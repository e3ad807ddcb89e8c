"""Sets up a Workbench render of an imported ProcGen region (vertex colours, studio light,
a camera framing the terrain); render it with -f 1:

blender -b --factory-startup --python render.py -o OUT_ -F PNG -f 1 -- REGION.glb [WIDTH HEIGHT]
"""
import math
import sys

import numpy

if not hasattr(numpy, "bool"):
    numpy.bool = bool  # Debian's numpy 1.24 dropped the alias Blender 3.4's glTF importer uses

import bpy
from mathutils import Vector

args = sys.argv[sys.argv.index("--") + 1:]
glb = args[0]
width, height = (int(args[1]), int(args[2])) if len(args) >= 3 else (1280, 720)

bpy.ops.wm.read_factory_settings(use_empty=True)
bpy.ops.import_scene.gltf(filepath=glb)
scene = bpy.context.scene

lo, hi = Vector((1e9, 1e9, 1e9)), Vector((-1e9, -1e9, -1e9))
for o in scene.objects:
    if o.type == "MESH":
        for c in o.bound_box:
            p = o.matrix_world @ Vector(c)
            lo, hi = Vector(map(min, lo, p)), Vector(map(max, hi, p))
center, size = (lo + hi) / 2, (hi - lo).length

target = bpy.data.objects.new("target", None)
target.location = center
scene.collection.objects.link(target)
cam = bpy.data.objects.new("camera", bpy.data.cameras.new("camera"))
cam.data.lens = 35
cam.data.clip_end = size * 10
d = Vector((0.85, -1.0, 0.75)).normalized()
cam.location = center + d * size * 1.0
track = cam.constraints.new("TRACK_TO")
track.target, track.track_axis, track.up_axis = target, "TRACK_NEGATIVE_Z", "UP_Y"
scene.collection.objects.link(cam)
scene.camera = cam

scene.render.engine = "BLENDER_WORKBENCH"
scene.render.resolution_x, scene.render.resolution_y = width, height
scene.render.resolution_percentage = 100
scene.render.image_settings.file_format = "PNG"
scene.display.shading.light = "STUDIO"
scene.display.shading.color_type = "VERTEX"
scene.display.shading.show_cavity = False
scene.display.shading.show_shadows = False
scene.display.shading.show_object_outline = False
scene.display.shading.show_backface_culling = True
scene.display.light_direction = (0.4, -0.5, 0.75)
scene.world = bpy.data.worlds.new("sky")
scene.world.color = (0.55, 0.68, 0.85)
scene.display.shading.background_type = "WORLD"
scene.frame_start = scene.frame_end = 1
print("render setup: %d objects, region %s .. %s" % (len(scene.objects), tuple(lo), tuple(hi)))

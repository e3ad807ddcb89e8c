"""Blender imports a GLB exported by ProcGen: object count, vertex counts, bounding boxes and
sample vertex colours must match what procgen generated (expect/main.go wrote them).

blender -b --factory-startup --python-exit-code 1 --python test_import.py -- FILE.glb EXPECT.json
"""
import json
import sys

import numpy

if not hasattr(numpy, "bool"):
    numpy.bool = bool  # Debian's numpy 1.24 dropped the alias Blender 3.4's glTF importer uses

import bpy
from mathutils import Vector

glb, expect_path = sys.argv[sys.argv.index("--") + 1:][:2]
expect = json.load(open(expect_path))
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


def to_world(v):  # Blender Z-up -> glTF/ProcGen Y-up
    return (v.x, v.z, -v.y)


bpy.ops.wm.read_factory_settings(use_empty=True)
bpy.ops.import_scene.gltf(filepath=glb)
objs = {o.name: o for o in bpy.data.objects}
chunks = expect["chunks"]
check(len(objs) == len(chunks), "%d objects imported, %d chunks exported" % (len(objs), len(chunks)))
checked_colors = 0
for c in chunks:
    o = objs.get(c["name"])
    if not check(o is not None, "no object %s" % c["name"]):
        continue
    check(list(o["chunk"]) == c["coord"], "%s: extras chunk %s, want %s" % (c["name"], list(o["chunk"]), c["coord"]))
    check(o.get("world_hash") == expect["world_hash"], "%s: world_hash extras" % c["name"])
    if c["empty"]:
        check(o.type == "EMPTY", "%s: an empty chunk imports as an empty, got %s" % (c["name"], o.type))
        continue
    if not check(o.type == "MESH", "%s is a %s" % (c["name"], o.type)):
        continue
    mesh = o.data
    check(len(mesh.vertices) == c["vertices"], "%s: %d vertices, procgen made %d" % (c["name"], len(mesh.vertices), c["vertices"]))
    pts = [to_world(o.matrix_world @ v.co) for v in mesh.vertices]
    for a in range(3):
        lo, hi = min(p[a] for p in pts), max(p[a] for p in pts)
        check(abs(lo - c["min"][a]) < 1e-3 and abs(hi - c["max"][a]) < 1e-3,
              "%s: axis %d bounds [%f, %f], procgen [%f, %f]" % (c["name"], a, lo, hi, c["min"][a], c["max"][a]))
    if not check(len(mesh.color_attributes) > 0, "%s: no colour attribute" % c["name"]):
        continue
    attr = mesh.color_attributes[0]
    # Colour of each vertex: per corner (loop) or per point.
    vcol = {}
    if attr.domain == "CORNER":
        for loop in mesh.loops:
            vcol.setdefault(loop.vertex_index, attr.data[loop.index].color)
    else:
        for i, d in enumerate(attr.data):
            vcol[i] = d.color
    for s in c["samples"]:
        best, bi = 1e9, -1
        for i, p in enumerate(pts):
            d = sum((p[a] - s["pos"][a]) ** 2 for a in range(3))
            if d < best:
                best, bi = d, i
        if not check(best < 1e-6, "%s: no vertex at %s (nearest %.3g away)" % (c["name"], s["pos"], best ** 0.5)):
            continue
        got = list(vcol[bi])
        tol = 1e-5 if attr.data_type == "FLOAT_COLOR" else 0.01
        check(all(abs(got[k] - s["color"][k]) <= tol for k in range(4)),
              "%s: colour at %s is %s, procgen %s (%s)" % (c["name"], s["pos"], [round(x, 4) for x in got], s["color"], attr.data_type))
        checked_colors += 1
    mats = [m for m in mesh.materials if m]
    check(len(mats) == 1, "%s: %d materials" % (c["name"], len(mats)))

print("checked %d objects, %d vertex colours" % (len(objs), checked_colors))
if failures:
    for f in failures[:30]:
        print("FAIL:", f)
    sys.exit(1)
print("OK blender import")

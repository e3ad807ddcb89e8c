"""The add-on end to end, headless, against a real sidecar: install it from its zip, list
the worlds, import the region around the 3D cursor, see the sidecar's error text for a bad
edit, apply a raise edit at the cursor (which refreshes only the chunk it changed), and
write the terrain height at the cursor before and after for the Godot check.

blender -b --factory-startup --python-exit-code 1 --python test_addon.py -- ZIP URL TOKEN WORLD X Z OUT.json
"""
import json
import sys

import bpy

zip_path, url, token, world_id, x, z, out = sys.argv[sys.argv.index("--") + 1:][:7]
x, z = float(x), float(z)
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL:", msg)
    return cond


def height_at(coll, wx, wz):
    """Terrain height at world (wx, wz) from the imported chunk vertices (Blender: x, -z, y)."""
    for o in coll.objects:
        if o.type != "MESH":
            continue
        for v in o.data.vertices:
            p = o.matrix_world @ v.co
            if abs(p.x - wx) < 1e-4 and abs(-p.y - wz) < 1e-4:
                return p.z  # the top vertex; skirt vertices hang below it
    return None


def top_height(coll, wx, wz):
    hs = []
    for o in coll.objects:
        if o.type == "MESH":
            for v in o.data.vertices:
                p = o.matrix_world @ v.co
                if abs(p.x - wx) < 1e-4 and abs(-p.y - wz) < 1e-4:
                    hs.append(p.z)
    return max(hs) if hs else None


bpy.ops.wm.read_factory_settings(use_empty=True)
bpy.ops.preferences.addon_install(filepath=zip_path, overwrite=True)
bpy.ops.preferences.addon_enable(module="procgen_world")
s = bpy.context.scene.procgen
s.url, s.token = url, token

bpy.ops.procgen.list_worlds()
check(world_id in [w.world_id for w in s.worlds], "list_worlds: %s not in %s" % (world_id, [w.world_id for w in s.worlds]))
s.world_id = world_id

bpy.context.scene.cursor.location = (x, -z, 0.0)
s.radius = 1
bpy.ops.procgen.import_region()
coll = bpy.data.collections.get("ProcGen " + world_id)
names = sorted(o.name for o in coll.objects) if coll else []
check(len(names) == 9, "import_region: %d chunk objects %s, want 9" % (len(names), names))
check(s.last_error == "", "import_region error: %s" % s.last_error)
h0 = top_height(coll, x, z)
check(h0 is not None, "no vertex at (%g, %g)" % (x, z))
bpy.context.scene.cursor.location = (x, -z, h0)
before = {o.name: o.as_pointer() for o in coll.objects}

# The sidecar refuses a flatten stronger than 1: its error text reaches the panel.
s.edit_kind, s.edit_amount, s.edit_radius = "flatten", 5.0, 10.0
try:
    bpy.ops.procgen.apply_edit()
    check(False, "a flatten of amount 5 was accepted")
except RuntimeError as e:
    print("refused as expected:", e)
check("flatten" in s.last_error and "422" in s.last_error, "error text shown: %r" % s.last_error)

# A wrong token cannot edit.
s.token = "wrong-" + token
s.edit_kind, s.edit_amount = "raise", 6.0
try:
    bpy.ops.procgen.apply_edit()
    check(False, "an edit with a wrong token was accepted")
except RuntimeError:
    pass
check("401" in s.last_error, "wrong token: %r" % s.last_error)
s.token = token

bpy.ops.procgen.apply_edit()
check(s.last_error == "", "apply_edit error: %s" % s.last_error)
refreshed = list(coll.get("procgen_refreshed", []))
check(refreshed == ["chunk_%d_%d" % (int(x // 64), int(z // 64))], "refresh after the edit re-imported %s" % refreshed)
after = {o.name: o.as_pointer() for o in coll.objects}
check(sorted(after) == sorted(before), "chunk objects after refresh: %s" % sorted(after))
kept = [n for n in before if n not in refreshed and after.get(n) == before[n]]
check(len(kept) == 8, "unchanged chunks kept their objects: %s" % kept)
h1 = top_height(coll, x, z)
check(h1 is not None and abs(h1 - (h0 + 6.0)) < 1e-3, "height at the cursor %s after raising %s by 6" % (h1, h0))

bpy.ops.procgen.refresh()
check(list(coll.get("procgen_refreshed", [])) == [] and s.status == "Up to date", "second refresh: %s %s" % (list(coll.get("procgen_refreshed", [])), s.status))

json.dump({"h0": h0, "h1": h1, "x": x, "z": z}, open(out, "w"))
if failures:
    sys.exit(1)
print("OK blender add-on end to end: h0=%.4f h1=%.4f" % (h0, h1))

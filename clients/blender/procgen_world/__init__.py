"""ProcGen World: bring regions of a live ProcGen world into Blender through the ProcGen
sidecar, refresh the chunks players changed, and edit the terrain from Blender.

Install: zip this folder (procgen_world/) and choose the zip in Edit > Preferences >
Add-ons > Install. The panel is in the 3D viewport's sidebar (N), tab "ProcGen".
"""

bl_info = {
    "name": "ProcGen World",
    "author": "ProcGen for Godot contributors",
    "version": (0, 1, 0),
    "blender": (3, 4, 0),
    "location": "View3D > Sidebar > ProcGen",
    "description": "Import regions of a live ProcGen world from its sidecar, refresh edited chunks, apply edits",
    "category": "Import-Export",
}

import os
import tempfile

import bpy
from bpy.props import CollectionProperty, EnumProperty, FloatProperty, IntProperty, PointerProperty, StringProperty, BoolProperty

from .client import Sidecar, SidecarError, chunk_states

COLLECTION_PREFIX = "ProcGen "


# Blender is Z-up, glTF and ProcGen are Y-up: the glTF importer maps a world point
# (x, y, z) to Blender (x, -z, y).
def to_world(v):
    return (float(v[0]), float(v[2]), float(-v[1]))


def node_name(extras):
    c = [int(v) for v in extras["chunk"]]
    if extras.get("mode") == "voxel":
        return "chunk_%d_%d_%d" % (c[0], c[1], c[2])
    return "chunk_%d_%d" % (c[0], c[2])


def chunk_key(extras):
    """What a chunk's geometry depends on: equal keys, equal chunks."""
    return (extras.get("world_hash"), int(extras.get("format_version", 0)), int(extras.get("lod", 0)), extras.get("edit_digest"))


def _patch_numpy():
    # Debian's numpy >= 1.24 dropped the numpy.bool alias that Blender 3.4's glTF importer uses.
    try:
        import numpy
        if not hasattr(numpy, "bool"):
            numpy.bool = bool
    except ImportError:
        pass


class ProcGenWorldItem(bpy.types.PropertyGroup):
    world_id: StringProperty(name="World id")
    label: StringProperty(name="Name")


class ProcGenSettings(bpy.types.PropertyGroup):
    url: StringProperty(name="Sidecar URL", default="http://127.0.0.1:8090")
    token: StringProperty(name="Token", subtype="PASSWORD", description="Sidecar token (Bearer); empty for none")
    world_id: StringProperty(name="World", description="Id of the world to import")
    worlds: CollectionProperty(type=ProcGenWorldItem)
    radius: IntProperty(name="Radius (chunks)", default=1, min=0, max=8, description="Chunks on each side of the cursor's chunk")
    lod: IntProperty(name="LOD step", default=1, min=1, max=128, description="1 is full detail; 2, 4, ... sample every 2nd, 4th vertex (heightmap worlds)")
    edit_kind: EnumProperty(name="Edit", items=[
        ("raise", "Raise", "Raise the terrain around the cursor"),
        ("lower", "Lower", "Lower the terrain around the cursor"),
        ("flatten", "Flatten", "Pull the terrain towards the cursor's height (amount 0..1)"),
    ], default="raise")
    edit_radius: FloatProperty(name="Radius (m)", default=8.0, min=0.0)
    edit_amount: FloatProperty(name="Amount", default=4.0, min=0.0, description="Metres for raise and lower; strength 0..1 for flatten")
    refresh_after_edit: BoolProperty(name="Refresh after edit", default=True)
    status: StringProperty(name="Status")
    last_error: StringProperty(name="Error")


def settings(context):
    return context.scene.procgen


def sidecar(s):
    return Sidecar(s.url, s.token)


def region_collection(world_id, create=True):
    name = COLLECTION_PREFIX + world_id
    coll = bpy.data.collections.get(name)
    if coll is None and create:
        coll = bpy.data.collections.new(name)
        bpy.context.scene.collection.children.link(coll)
    return coll


def remove_object(obj):
    mesh = obj.data if obj.type == "MESH" else None
    bpy.data.objects.remove(obj, do_unlink=True)
    if mesh is not None and mesh.users == 0:
        bpy.data.meshes.remove(mesh)


def import_glb(context, data, coll):
    """Imports GLB bytes and moves the new objects into coll; returns them."""
    _patch_numpy()
    fd, path = tempfile.mkstemp(suffix=".glb", prefix="procgen_")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        before = set(bpy.data.objects)
        bpy.ops.import_scene.gltf(filepath=path)
    finally:
        os.remove(path)
    new = [o for o in bpy.data.objects if o not in before]
    for obj in new:
        for c in list(obj.users_collection):
            c.objects.unlink(obj)
        coll.objects.link(obj)
        if "chunk" in obj:
            obj.name = node_name(obj)
    for m in [m for m in bpy.data.materials if m.users == 0 and m.name.startswith("procgen_vertex_colors.")]:
        bpy.data.materials.remove(m)
    return new


def fail(op, s, err):
    s.last_error = str(err)
    s.status = ""
    op.report({"ERROR"}, str(err))
    return {"CANCELLED"}


class PROCGEN_OT_list_worlds(bpy.types.Operator):
    """Ask the sidecar for its worlds"""
    bl_idname = "procgen.list_worlds"
    bl_label = "List worlds"

    def execute(self, context):
        s = settings(context)
        try:
            ws = sidecar(s).worlds()
        except SidecarError as e:
            return fail(self, s, e)
        s.worlds.clear()
        for w in ws:
            item = s.worlds.add()
            item.world_id, item.label = w.get("id", ""), w.get("name", "")
        if ws and s.world_id not in [w.get("id") for w in ws]:
            s.world_id = ws[0].get("id", "")
        s.last_error = ""
        s.status = "%d world(s) on the sidecar" % len(ws)
        self.report({"INFO"}, s.status)
        return {"FINISHED"}


class PROCGEN_OT_select_world(bpy.types.Operator):
    """Use this world"""
    bl_idname = "procgen.select_world"
    bl_label = "Select world"
    world_id: StringProperty()

    def execute(self, context):
        settings(context).world_id = self.world_id
        return {"FINISHED"}


class PROCGEN_OT_import_region(bpy.types.Operator):
    """Import the chunks around the 3D cursor as a collection of chunk objects"""
    bl_idname = "procgen.import_region"
    bl_label = "Import region at cursor"

    def execute(self, context):
        s = settings(context)
        if not s.world_id:
            return fail(self, s, "choose a world first (List worlds)")
        center = to_world(context.scene.cursor.location)
        try:
            data = sidecar(s).region(s.world_id, center=center, radius=s.radius, lod=s.lod)
            coll = region_collection(s.world_id)
            for obj in list(coll.objects):
                remove_object(obj)
            objs = import_glb(context, data, coll)
        except (SidecarError, RuntimeError) as e:
            return fail(self, s, e)
        coll["procgen_world_id"] = s.world_id
        coll["procgen_url"] = s.url
        coll["procgen_center"] = list(center)
        coll["procgen_radius"] = s.radius
        coll["procgen_lod"] = s.lod
        s.last_error = ""
        s.status = "Imported %d chunks of %s" % (len(objs), s.world_id)
        self.report({"INFO"}, s.status)
        return {"FINISHED"}


class PROCGEN_OT_refresh(bpy.types.Operator):
    """Re-import only the chunks whose edits changed since they were imported"""
    bl_idname = "procgen.refresh"
    bl_label = "Refresh"

    def execute(self, context):
        s = settings(context)
        coll = region_collection(s.world_id, create=False)
        if coll is None or "procgen_center" not in coll:
            return fail(self, s, "nothing imported from world %r yet (Import region at cursor)" % s.world_id)
        lod, center, radius = int(coll["procgen_lod"]), list(coll["procgen_center"]), int(coll["procgen_radius"])
        try:
            sc = sidecar(s)
            states = chunk_states(sc.region(s.world_id, center=center, radius=radius, lod=lod))
            have = {node_name(o): o for o in coll.objects if "chunk" in o}
            changed = sorted(n for n, ex in states.items() if n not in have or chunk_key(have[n]) != chunk_key(ex))
            for name in changed:
                k = [int(v) for v in states[name]["chunk"]]
                data = sc.region(s.world_id, **{"from": k, "to": k, "lod": lod})
                if name in have:
                    remove_object(have[name])
                import_glb(context, data, coll)
        except (SidecarError, RuntimeError) as e:
            return fail(self, s, e)
        coll["procgen_refreshed"] = changed
        s.last_error = ""
        s.status = "Refreshed %d of %d chunks" % (len(changed), len(states)) if changed else "Up to date"
        self.report({"INFO"}, s.status)
        return {"FINISHED"}


class PROCGEN_OT_apply_edit(bpy.types.Operator):
    """Send a raise, lower or flatten edit at the 3D cursor through the sidecar, so it reaches every Godot server"""
    bl_idname = "procgen.apply_edit"
    bl_label = "Apply edit at cursor"

    def execute(self, context):
        s = settings(context)
        if not s.world_id:
            return fail(self, s, "choose a world first (List worlds)")
        x, y, z = to_world(context.scene.cursor.location)
        try:
            ans = sidecar(s).edit(s.world_id, s.edit_kind, x, y, z, s.edit_radius, s.edit_amount)
        except SidecarError as e:
            return fail(self, s, e)
        s.last_error = ""
        s.status = "Edit %s/%s recorded" % (ans.get("origin"), ans.get("seq"))
        self.report({"INFO"}, s.status)
        coll = region_collection(s.world_id, create=False)
        if s.refresh_after_edit and coll is not None and "procgen_center" in coll:
            bpy.ops.procgen.refresh()
            s.status = "Edit %s/%s recorded; %s" % (ans.get("origin"), ans.get("seq"), s.status)
        return {"FINISHED"}


class PROCGEN_PT_panel(bpy.types.Panel):
    bl_label = "ProcGen World"
    bl_space_type = "VIEW_3D"
    bl_region_type = "UI"
    bl_category = "ProcGen"

    def draw(self, context):
        s = settings(context)
        col = self.layout.column()
        col.prop(s, "url")
        col.prop(s, "token")
        col.operator("procgen.list_worlds", icon="WORLD")
        box = col.box()
        for w in s.worlds:
            row = box.row()
            icon = "RADIOBUT_ON" if w.world_id == s.world_id else "RADIOBUT_OFF"
            op = row.operator("procgen.select_world", text=w.label or w.world_id, icon=icon, emboss=False)
            op.world_id = w.world_id
        col.prop(s, "world_id")
        col.separator()
        col.prop(s, "radius")
        col.prop(s, "lod")
        col.operator("procgen.import_region", icon="IMPORT")
        col.operator("procgen.refresh", icon="FILE_REFRESH")
        col.separator()
        col.prop(s, "edit_kind")
        col.prop(s, "edit_radius")
        col.prop(s, "edit_amount")
        col.prop(s, "refresh_after_edit")
        col.operator("procgen.apply_edit", icon="SCULPTMODE_HLT")
        if s.status:
            col.label(text=s.status, icon="INFO")
        if s.last_error:
            err = col.box()
            err.alert = True
            for i, line in enumerate(_wrap(s.last_error, 40)):
                err.label(text=line, icon="ERROR" if i == 0 else "NONE")


def _wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines or [""]


classes = (ProcGenWorldItem, ProcGenSettings, PROCGEN_OT_list_worlds, PROCGEN_OT_select_world,
           PROCGEN_OT_import_region, PROCGEN_OT_refresh, PROCGEN_OT_apply_edit, PROCGEN_PT_panel)


def register():
    for c in classes:
        bpy.utils.register_class(c)
    bpy.types.Scene.procgen = PointerProperty(type=ProcGenSettings)


def unregister():
    del bpy.types.Scene.procgen
    for c in reversed(classes):
        bpy.utils.unregister_class(c)

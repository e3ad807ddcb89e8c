"""HTTP client of the ProcGen sidecar: lists worlds, downloads regions as GLB and sends
edits. Pure Python (urllib), so it runs in Blender's bundled interpreter."""

import json
import struct
import urllib.error
import urllib.parse
import urllib.request


class SidecarError(Exception):
    """A request the sidecar refused or could not answer; str() is the text to show."""


class Sidecar:
    def __init__(self, url, token="", timeout=60.0):
        url = (url or "").strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise SidecarError("the sidecar URL must start with http:// or https:// (got %r)" % url)
        self.url = url
        self.token = (token or "").strip()
        self.timeout = timeout

    def _request(self, method, path, body=None, query=None):
        url = self.url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        headers = {"Accept": "application/json, model/gltf-binary"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                msg = json.loads(raw).get("error") or raw.decode(errors="replace")
            except (ValueError, AttributeError):
                msg = raw.decode(errors="replace").strip() or e.reason
            raise SidecarError("sidecar answered %d: %s" % (e.code, msg)) from None
        except urllib.error.URLError as e:
            raise SidecarError("cannot reach the sidecar at %s: %s" % (self.url, e.reason)) from None
        except OSError as e:
            raise SidecarError("cannot reach the sidecar at %s: %s" % (self.url, e)) from None

    def _json(self, method, path, body=None):
        raw, _ = self._request(method, path, body)
        try:
            return json.loads(raw)
        except ValueError:
            raise SidecarError("the sidecar answered %s %s with something that is not JSON" % (method, path)) from None

    def worlds(self):
        """[{id, name, ...}] of the worlds the sidecar serves."""
        return self._json("GET", "/worlds").get("worlds", [])

    def world(self, world_id):
        """The world's description (config, hash, position, edits)."""
        return self._json("GET", "/worlds/" + urllib.parse.quote(world_id, safe=""))

    def region(self, world_id, **query):
        """The region's GLB bytes; query is center=, radius=, lod= or from=, to=."""
        q = {}
        for k, v in query.items():
            if isinstance(v, (tuple, list)):
                v = ",".join(repr(float(c)) if isinstance(c, float) else str(c) for c in v)
            q[k] = v
        raw, ctype = self._request("GET", "/worlds/%s/region.glb" % urllib.parse.quote(world_id, safe=""), query=q)
        if not raw.startswith(b"glTF"):
            raise SidecarError("the sidecar sent %s instead of a GLB" % (ctype or "an unknown type"))
        return raw

    def edit(self, world_id, kind, x, y, z, radius, amount, material=0):
        """Records an edit; returns the sidecar's answer (origin, seq, edit as recorded)."""
        body = {"kind": kind, "x": x, "y": y, "z": z, "radius": radius, "amount": amount, "material": material}
        return self._json("POST", "/worlds/%s/edits" % urllib.parse.quote(world_id, safe=""), body)


def glb_json(data):
    """The JSON document of a GLB file (bytes)."""
    if len(data) < 20 or data[:4] != b"glTF":
        raise SidecarError("not a GLB file")
    _, version, length = struct.unpack_from("<4sII", data, 0)
    if version != 2 or length > len(data):
        raise SidecarError("unsupported or truncated GLB (version %d, %d of %d bytes)" % (version, len(data), length))
    chunk_len, chunk_type = struct.unpack_from("<II", data, 12)
    if chunk_type != 0x4E4F534A:
        raise SidecarError("GLB without a JSON chunk")
    return json.loads(data[20:20 + chunk_len])


def chunk_states(data):
    """{node name: extras} of every chunk node of a GLB exported by ProcGen."""
    doc = glb_json(data)
    return {n["name"]: n.get("extras", {}) for n in doc.get("nodes", [])}

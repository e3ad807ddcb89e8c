package sidecar

import (
	"encoding/json"
)

// ChannelProtocol is the version of the channel's message format (see doc.go). A client
// may name it as its WebSocket subprotocol ("procgen.v1"); the server answers with it.
const (
	ChannelProtocol    = 1
	ChannelSubprotocol = "procgen.v1"
)

// Envelope is every text frame, both ways, as in Phoenix Channels: a topic ("world:<id>",
// or "phoenix" for heartbeats), an event, a payload and the client's ref (echoed in the
// reply; null on server pushes).
type Envelope struct {
	Topic   string          `json:"topic"`
	Event   string          `json:"event"`
	Payload json.RawMessage `json:"payload"`
	Ref     *string         `json:"ref"`
}

// Events.
const (
	EventJoin          = "phx_join"
	EventLeave         = "phx_leave"
	EventReply         = "phx_reply"
	EventHeartbeat     = "heartbeat"
	EventEdit          = "edit"
	EventCamera        = "camera"
	EventCaughtUp      = "caught_up"
	EventPresenceState = "presence_state"
	EventPresenceDiff  = "presence_diff"
	EventError         = "error"
)

// JoinPayload is a phx_join's payload.
type JoinPayload struct {
	// Token is the client's token (see AuthConfig); also accepted as ?token= on /ws.
	Token string `json:"token,omitempty"`
	// Position is the last position the client has seen (from a previous caught_up or
	// edit), to resume: only the edits it does not cover are sent. Empty: everything,
	// as per-chunk snapshots.
	Position map[string]uint64 `json:"position,omitempty"`
	// Name is shown to the other viewers.
	Name string `json:"name,omitempty"`
	// Camera is where the client looks from.
	Camera *Camera `json:"camera,omitempty"`
}

// Camera is a viewer's camera: position and the point it looks at, in world units.
type Camera struct {
	X, Y, Z    float64
	TX, TY, TZ float64
}

// cameraJSON is Camera's wire form: {"pos":[x,y,z],"target":[x,y,z]}.
type cameraJSON struct {
	Pos    [3]float64 `json:"pos"`
	Target [3]float64 `json:"target"`
}

// MarshalJSON writes {"pos":[x,y,z],"target":[x,y,z]}.
func (c Camera) MarshalJSON() ([]byte, error) {
	return json.Marshal(cameraJSON{Pos: [3]float64{c.X, c.Y, c.Z}, Target: [3]float64{c.TX, c.TY, c.TZ}})
}

// UnmarshalJSON reads {"pos":[x,y,z],"target":[x,y,z]}.
func (c *Camera) UnmarshalJSON(b []byte) error {
	var j cameraJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	c.X, c.Y, c.Z, c.TX, c.TY, c.TZ = j.Pos[0], j.Pos[1], j.Pos[2], j.Target[0], j.Target[1], j.Target[2]
	return nil
}

// JoinReply is the response of a successful join.
type JoinReply struct {
	Protocol int       `json:"protocol"`
	ClientID string    `json:"client_id"`
	Access   string    `json:"access"` // "read" or "write"
	World    WorldInfo `json:"world"`
	// CatchUp says what binary frames follow before caught_up: "snapshots" (per-chunk
	// netproto Checkpoint packets) or "edits" (netproto Edits packets), and how many edits
	// they carry.
	CatchUp      string `json:"catch_up"`
	CatchUpEdits int    `json:"catch_up_edits"`
}

// CaughtUp is the payload of caught_up: the position the catch-up brought the client to.
type CaughtUp struct {
	Position Position `json:"position"`
	Frames   int      `json:"frames"`
	Bytes    int      `json:"bytes"`
}

// Reply is a phx_reply payload.
type Reply struct {
	Status   string `json:"status"` // "ok" or "error"
	Response any    `json:"response"`
}

// Meta is what presence says about a viewer.
type Meta struct {
	Name   string  `json:"name"`
	Camera *Camera `json:"camera,omitempty"`
	Access string  `json:"access"`
}

// PresenceDiff is the payload of presence_diff: viewers that joined or changed (a join for a
// known id replaces its meta) and viewers that left.
type PresenceDiff struct {
	Joins  map[string]Meta     `json:"joins"`
	Leaves map[string]struct{} `json:"leaves"`
}

package PhysicsServer3DExtension

import gd "graphics.gd/internal"

type RayResult = gd.PhysicsServer3DExtensionRayResult
type ShapeResult = gd.PhysicsServer3DExtensionShapeResult
type ShapeRestInfo = gd.PhysicsServer3DExtensionShapeRestInfo
type MotionResult = gd.PhysicsServer3DExtensionMotionResult

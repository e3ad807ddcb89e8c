package PhysicsServer2DExtension

import gd "graphics.gd/internal"

type RayResult = gd.PhysicsServer2DExtensionRayResult
type ShapeResult = gd.PhysicsServer2DExtensionShapeResult
type ShapeRestInfo = gd.PhysicsServer2DExtensionShapeRestInfo
type MotionResult = gd.PhysicsServer2DExtensionMotionResult

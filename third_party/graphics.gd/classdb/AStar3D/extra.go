package AStar3D

type Point int64

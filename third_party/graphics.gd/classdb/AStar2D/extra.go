package AStar2D

type Point int64

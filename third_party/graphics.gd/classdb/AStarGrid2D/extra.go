package AStarGrid2D

import "graphics.gd/variant/Vector2i"

type Point Vector2i.XY

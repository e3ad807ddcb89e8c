package schedule

import "container/list"

// lru is a byte-bounded least-recently-used cache. Not safe for concurrent use (the
// scheduler's mutex guards it).
type lru struct {
	max, used int64
	ll        *list.List
	items     map[Key]*list.Element
}

type entry struct {
	key  Key
	val  Value
	size int64
}

func newLRU(max int64) *lru {
	return &lru{max: max, ll: list.New(), items: map[Key]*list.Element{}}
}

func (c *lru) get(k Key) (Value, bool) {
	e, ok := c.items[k]
	if !ok {
		return nil, false
	}
	c.ll.MoveToFront(e)
	return e.Value.(*entry).val, true
}

// put stores v; values larger than the whole budget are not cached.
func (c *lru) put(k Key, v Value) {
	size := v.SizeBytes()
	if size > c.max {
		c.remove(k)
		return
	}
	if e, ok := c.items[k]; ok {
		old := e.Value.(*entry)
		c.used += size - old.size
		old.val, old.size = v, size
		c.ll.MoveToFront(e)
	} else {
		c.items[k] = c.ll.PushFront(&entry{k, v, size})
		c.used += size
	}
	for c.used > c.max {
		c.remove(c.ll.Back().Value.(*entry).key)
	}
}

func (c *lru) remove(k Key) {
	if e, ok := c.items[k]; ok {
		c.used -= e.Value.(*entry).size
		c.ll.Remove(e)
		delete(c.items, k)
	}
}

func (c *lru) len() int { return c.ll.Len() }

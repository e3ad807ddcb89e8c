package Input

type Device int

const DeviceEmulated Device = -1

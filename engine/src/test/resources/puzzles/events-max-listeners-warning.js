// An eleventh listener for one event makes Node print a MaxListenersExceededWarning, once,
// on a later tick; setMaxListeners raises the limit, 0 removes it.
const EventEmitter = require('events');
class Bus extends EventEmitter {}
const bus = new Bus();
for (let i = 0; i < 12; i++) bus.on('job', () => {});
const quiet = new EventEmitter();
quiet.setMaxListeners(0);
for (let i = 0; i < 20; i++) quiet.on('job', () => {});
process.on('warning', (w) => console.log('warning event:', w.name, w.count, w.type));
console.log('listeners', bus.listenerCount('job'), quiet.listenerCount('job'));

// once, prependListener, prependOnceListener, listener order and counts.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', (v) => console.log('on', v));
e.once('x', (v) => console.log('once', v));
e.prependListener('x', (v) => console.log('prepend', v));
e.prependOnceListener('x', (v) => console.log('prependOnce', v));
console.log(e.listenerCount('x'), e.eventNames());
console.log(e.emit('x', 1));
console.log(e.emit('x', 2), e.listenerCount('x'));
console.log(e.emit('nothing'));
console.log(e.rawListeners('x').length, e.listeners('x').map((f) => f.name || '(anon)'));
e.on('newListener', (ev) => console.log('newListener', ev));
e.on('y', () => {});
e.removeAllListeners('x');
console.log(e.eventNames());

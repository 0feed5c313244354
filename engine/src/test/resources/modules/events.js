const EventEmitter = require('events');
const { once } = require('events');
const e = new EventEmitter();
e.on('newListener', (n) => console.log('newListener', n));
e.prependListener('x', () => console.log('prepended'));
e.on('x', function a() { console.log('a'); e.off('x', b); });
function b() { console.log('b'); }
e.on('x', b);
e.prependOnceListener('x', () => console.log('once first'));
e.emit('x'); e.emit('x');
console.log(e.listenerCount('x'), e.eventNames());
e.removeAllListeners('x');
console.log(e.listenerCount('x'));
try { e.emit('error', new Error('boom')); } catch (err) { console.log('threw', err.message); }
once(e, 'ready').then(([v]) => console.log('once resolved', v));
e.emit('ready', 42);
console.log(typeof EventEmitter.EventEmitter, EventEmitter.defaultMaxListeners);
process.on('exit', (c) => console.log('exit', c));

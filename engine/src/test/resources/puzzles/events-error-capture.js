// 'error' listener receives the error; once('error') removes itself.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('error', (err) => console.log('first error:', err.message));
e.emit('error', new Error('one'));
try {
  e.emit('error', new Error('two'));
} catch (err) {
  console.log('second thrown:', err.message);
}
const { errorMonitor } = require('events');
e.on(errorMonitor, (err) => console.log('monitor saw', err.message));
e.on('error', (err) => console.log('handler saw', err.message));
e.emit('error', new Error('three'));

// With captureRejections, a rejected async listener becomes an 'error' event.
const EventEmitter = require('events');
const em = new EventEmitter({ captureRejections: true });
em.on('job', async () => {
  throw new Error('async failure');
});
em.on('error', (err) => console.log('error event:', err.message));
em.emit('job');
console.log('emitted');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));

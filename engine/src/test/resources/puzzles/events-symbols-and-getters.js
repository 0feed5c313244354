// Symbol event names, getEventListeners, and listener limits.
const events = require('events');
const { EventEmitter } = events;
const em = new EventEmitter();
const sym = Symbol('tick');
em.on(sym, (x) => console.log('symbol event', x));
em.on('str', () => {});
em.emit(sym, 1);
console.log(em.eventNames());
console.log(events.getEventListeners(em, sym).length, em.listenerCount(sym));
em.setMaxListeners(1);
console.log(em.getMaxListeners(), typeof em.setMaxListeners(2));
console.log(EventEmitter === events, EventEmitter.EventEmitter === EventEmitter);

// Object.hasOwn, copying a Date, and the class of an Error subclass.
const inventory = { apples: 3, pears: 0 };
console.log(Object.hasOwn(inventory, 'apples'), Object.hasOwn(inventory, 'toString'));
console.log(Object.hasOwn([1, 2], 'length'), Object.hasOwn('abc', 1));
try { Object.hasOwn(null, 'x'); } catch (e) { console.log(`${e.name}: ${e.message}`); }

const meeting = new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 7));
const copy = new Date(meeting);
copy.setUTCMonth(copy.getUTCMonth() + 1);
console.log(meeting.toISOString(), copy.toISOString(), copy - meeting);
console.log(new Date(meeting).getTime() === meeting.getTime());

class HttpError extends Error {
  constructor(status) { super(`status ${status}`); this.name = 'HttpError'; }
}
const err = new HttpError(404);
console.log(Object.prototype.toString.call(err), Object.prototype.toString.call(new RangeError('r')));

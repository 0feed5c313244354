// How V8 names a callee that is not a function when calls are part of its code.
class Cart { constructor() { this.items = []; } }
function getUser() { return { name: 'Ada' }; }
const api = { fetch: () => ({ data: [1, 2] }) };
const tries = [
  () => getUser().save(),
  () => getUser()(),
  () => new Cart().checkout(),
  () => api.fetch().data.map((x) => x * 2).total(),
  () => api.fetch('a', { b: ')' }).json(),
  () => 'hello'.toUpperCase().shout(),
  () => ({}).nothing(),
  () => ({ a: 1, b: 2 }).sum(),
  () => [1, 2, 3].filter((n) => n > 1).first(),
  () => api.missing(),
  () => api['fetch']().data(),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}

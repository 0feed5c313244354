// Destructuring null or undefined: V8 names the first key and the code of the value.
function show(fn) {
  try { fn(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const store = { user: null, find() { return undefined; }, list: [] };
function getUser(id) { return store.user; }
show(() => { const { name } = getUser(1); });
show(() => { const { id, email } = store.find(); });
show(() => { const { title } = store.list[2]; });
show(() => { const { data } = store.user; });
show(() => { let city; ({ city } = store.user || undefined); });
function render({ title, body }, extra) { return title + body + extra; }
console.log(render.length, render({ title: 'a', body: 'b' }, '!'));
show(() => render());
const greet = ({ name }) => 'hi ' + name;
show(() => greet());
show(() => { const {} = null; });
show(() => { const { ...rest } = undefined; });
show(() => { const { limit = 10 } = null; });
show(() => { for (const { id } of [{ id: 1 }, null]) console.log('id', id); });
const { a = 1, b: { c } = { c: 3 } } = {};
console.log(a, c);

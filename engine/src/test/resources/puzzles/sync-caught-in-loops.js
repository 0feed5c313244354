// Errors caught inside let/const loops read as V8 words them, like anywhere else.
const cases = [
  () => null.x,
  () => (1).toFixed(101),
  () => ({ valueOf: () => ({}), toString: () => ({}) }) + 1,
  () => 'a'.replaceAll(/a/, 'b'),
  () => 5 instanceof undefined,
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
for (let i = 0; i < 1; i++) {
  try { undefined.y; } catch (e) { console.log(e.message); }
}
for (const k in { only: 1 }) {
  try { k.call(); } catch (e) { console.log(e.message); }
  const named = () => {};
  console.log(named.name, (function () {}).bind(null).name);
}

// Date's toString names the zone in full; JSON.stringify of a cycle says where the circle is.
const d = new Date(Date.UTC(2024, 6, 4, 9, 30));
console.log(d.toString());
console.log(d.toTimeString(), '|', `${new Date(0)}`);
console.log(String(new Date(NaN)), Date.prototype.toString.name);
const team = { name: 'core', members: [] };
team.members.push({ name: 'ada', team });
try { JSON.stringify(team); } catch (e) { console.log(e.name + ': ' + e.message); }
const node = { id: 1 };
node.self = node;
try { JSON.stringify({ root: node }); } catch (e) { console.log(e.message); }
const chain = { a: { b: { c: { d: { e: {} } } } } };
chain.a.b.c.d.e.back = chain;
try { JSON.stringify(chain, null, 2); } catch (e) { console.log(e.message); }
class Link { constructor() { this.next = this; } }
try { JSON.stringify([new Link()]); } catch (e) { console.log(e.message); }
console.log(JSON.stringify({ ok: [1, { two: 2 }] }), JSON.stringify.name);

// The temporal dead zone and const reassignment, as snippets show them: errors at run time.
try { console.log(early); } catch (e) { console.log(e.name + ': ' + e.message); }
let early = 'now set';
console.log(early);
try { typeof config; } catch (e) { console.log(e.name + ': ' + e.message); }
const config = { debug: false };
config.debug = true;
try { config = {}; } catch (e) { console.log(e.name + ': ' + e.message, config.debug); }
let total = 0, avg = total / 2;
total += 4;
console.log(total, avg);
for (const n of [1, 2]) {
  try { n++; } catch (e) { console.log(n, e.message); }
}
const limit = 10;
try { limit += 1; } catch (e) { console.log(e.name, limit); }
try { new Shape(); } catch (e) { console.log(e.name + ': ' + e.message); }
class Shape { static kind = 'shape'; }
console.log(Shape.kind);

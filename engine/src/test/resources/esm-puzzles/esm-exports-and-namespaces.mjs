// export default / class / const lists / renames, re-exports with * and * as, namespaces.
import answer, { Box, Square, unit, one, makeDefault, shapes } from './lib/shapes-all.mjs';
import * as all from './lib/shapes-all.mjs';
import theDefault from './lib/shapes.mjs';
console.log(answer, unit, one, makeDefault(), theDefault === makeDefault);
console.log(new Box(3).area(), Box === Square, shapes.Square === Square);
console.log(all);
console.log(typeof all, Object.keys(all).join(','), 'default' in shapes);

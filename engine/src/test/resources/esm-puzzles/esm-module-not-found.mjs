console.log('never printed');
import './lib/does-not-exist.mjs';

// Imported by cds-training.js: an ES module (scan, import bindings, the loader's pool reads)
// in the training run puts those classes in the archive too.
import { basename } from 'path';
export const name = basename('/training/module.mjs');
